package org.redlines.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.redlines.i18n.LanguageChoice;
import org.redlines.i18n.Messages;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.routes.Routes;
import org.redlines.ui.Clipboard;

/**
 * What a reader does with the matrix as shown: how many rows it shows, its links (live and frozen), the print
 * button, the downloads with the same parameters, and the way to its charts.
 */
class MatrixActions extends Div {

    final Span rowCount = new Span();
    final Button copyLink = new Button(Messages.t("matrix.copy-link"), VaadinIcon.LINK.create());
    final Button copyOtherLink = new Button(Messages.t("matrix.copy-frozen-link"), VaadinIcon.LOCK.create());
    final Anchor downloadCsv = download("download-csv", "matrix.download-csv");
    final Anchor downloadXlsx = download("download-xlsx", "matrix.download-xlsx");
    final Anchor downloadPdf = download("download-pdf", "common.briefing-pdf");
    final Anchor downloadDataset = download("download-dataset", "matrix.download-dataset");
    final Anchor charts = new Anchor("", Messages.t("common.charts"));

    private MatrixPage page;

    /** {@code latestRevision} names the revision a frozen link made now shows. */
    MatrixActions(Button print, LongSupplier latestRevision) {
        addClassName("rl-actions");
        rowCount.setId("row-count");
        rowCount.addClassName("rl-row-count");
        copyLink.setId("copy-link");
        copyLink.addClickListener(e -> Clipboard.copy(this, null));
        copyOtherLink.setId("copy-other-link");
        copyOtherLink.addClickListener(e -> copyOtherLink(latestRevision.getAsLong()));
        downloadDataset.getElement().setAttribute("title", Messages.t("matrix.download-dataset.title"));
        charts.setId("open-charts");
        charts.addClassName("rl-button-link");
        add(rowCount, copyLink, copyOtherLink, print, downloadCsv, downloadXlsx, downloadPdf, downloadDataset, charts);
    }

    private static Anchor download(String id, String key) {
        Anchor anchor = new Anchor("", Messages.t(key));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("rl-button-link");
        return anchor;
    }

    /** {@code wholeDataset}: whether this reader may download the whole dataset. */
    void show(MatrixPage page, boolean wholeDataset) {
        this.page = page;
        boolean live = page.catalog().frozen() == null;
        copyOtherLink.setText(Messages.t(live ? "matrix.copy-frozen-link" : "matrix.copy-live-link"));
        copyOtherLink
                .getElement()
                .setAttribute(
                        "title", Messages.t(live ? "matrix.copy-frozen-link.title" : "matrix.copy-live-link.title"));
        rowCount.setText(Messages.t(
                "matrix.row-count",
                page.matrix().rows().size(),
                page.catalog()
                        .refsByPlan()
                        .getOrDefault(page.matrix().plan().code(), Set.of())
                        .size()));
        Map<String, List<String>> parameters = MatrixParams.toParameters(page.filter(), page.catalog());
        downloadCsv.setHref(LanguageChoice.keep(Links.withQuery(Routes.MATRIX_CSV, parameters)));
        downloadXlsx.setHref(LanguageChoice.keep(Links.withQuery(Routes.MATRIX_XLSX, parameters)));
        downloadPdf.setHref(LanguageChoice.keep(Links.withQuery(Routes.MATRIX_BRIEFING, parameters)));
        downloadDataset.setVisible(wholeDataset);
        downloadDataset.setHref(Links.atRevision(
                Routes.DATASET, live ? null : page.catalog().frozen().number()));
        charts.setHref(Links.withQuery(
                Routes.CHARTS,
                MatrixParams.toParameters(page.filter().withRefs(Set.of()).withPoint(null), page.catalog())));
    }

    /** Live view: a link frozen at the newest revision. Frozen view: the same view with the live data. */
    private void copyOtherLink(long latestRevision) {
        String here = Links.matrix(page.filter(), page.catalog());
        Clipboard.copy(
                this,
                LanguageChoice.keep(
                        page.catalog().frozen() == null
                                ? Links.atRevision(here, latestRevision)
                                : Links.atRevision(here, null)));
    }
}
