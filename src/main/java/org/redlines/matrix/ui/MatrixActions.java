package org.redlines.matrix.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redlines.i18n.LanguageChoice;
import org.redlines.i18n.Messages;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.routes.Routes;
import org.redlines.ui.Downloads;
import org.redlines.ui.Navigation;
import org.redlines.ui.ShareMenu;
import org.redlines.ui.ShareSettings;

/**
 * What a reader does with the matrix as shown, in four places: Share (links, embed, preview picture, briefings), Download
 * (CSV, XLSX, the briefing PDF, the whole dataset for analysts), Print, and Charts. A menu bar, so that on a
 * narrow screen what does not fit folds into its overflow button.
 */
class MatrixActions extends MenuBar {

    final MenuItem share;
    final ShareMenu shareMenu;
    final MenuItem download;
    final MenuItem downloadCsv;
    final MenuItem downloadXlsx;
    final MenuItem downloadPdf;
    final MenuItem downloadDocx;
    final MenuItem downloadDataset;
    final MenuItem print;
    final MenuItem charts;
    final MenuItem watch;

    private MatrixPage page;
    private Map<String, List<String>> parameters = Map.of();

    MatrixActions(Runnable printAction, ShareSettings settings) {
        setId("matrix-actions");
        addClassName("rl-actions");
        addThemeVariants(MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        getElement().setAttribute("aria-label", Messages.t("matrix.actions.label"));

        share = addItem(VaadinIcon.LINK.create());
        share.add(Messages.t("matrix.share"));
        share.setId("share");
        shareMenu = new ShareMenu(this, share.getSubMenu(), settings);

        download = addItem(VaadinIcon.DOWNLOAD_ALT.create());
        download.add(Messages.t("matrix.download"));
        download.setId("download");
        SubMenu downloads = download.getSubMenu();
        downloadCsv = downloads.addItem(
                Messages.t("matrix.download-csv"), e -> Downloads.start(this, link(Routes.MATRIX_CSV)));
        downloadCsv.setId("download-csv");
        downloadXlsx = downloads.addItem(
                Messages.t("matrix.download-xlsx"), e -> Downloads.start(this, link(Routes.MATRIX_XLSX)));
        downloadXlsx.setId("download-xlsx");
        downloadPdf = downloads.addItem(
                Messages.t("common.briefing-pdf"), e -> Downloads.start(this, link(Routes.MATRIX_BRIEFING)));
        downloadPdf.setId("download-pdf");
        downloadDocx = downloads.addItem(
                Messages.t("share.briefing-docx"), e -> Downloads.start(this, link(Routes.MATRIX_BRIEFING_DOCX)));
        downloadDocx.setId("download-docx");
        downloadDataset = downloads.addItem(
                Messages.t("matrix.download-dataset"),
                e -> Downloads.start(
                        this,
                        Links.atRevision(
                                Routes.DATASET,
                                page.catalog().frozen() == null
                                        ? null
                                        : page.catalog().frozen().number())));
        downloadDataset.setId("download-dataset");
        downloadDataset.getElement().setAttribute("title", Messages.t("matrix.download-dataset.title"));

        print = addItem(VaadinIcon.PRINT.create(), e -> printAction.run());
        print.add(Messages.t("common.print"));
        print.setId("print-view");

        charts = addItem(VaadinIcon.BAR_CHART.create(), e -> Navigation.navigate(chartsLink()));
        charts.add(Messages.t("common.charts"));
        charts.setId("open-charts");

        watch = addItem(VaadinIcon.BELL_O.create());
        watch.add(Messages.t("watch.watch"));
        watch.setId("watch-view");
        watch.setVisible(false);
    }

    /** The Watch toggle: shown to signed-in users, pressed while they watch this view. */
    void showWatch(boolean signedIn, boolean watching, Runnable toggle) {
        watch.setVisible(signedIn);
        ShareMenu.showWatching(watch, watching);
        if (watchRegistration != null) {
            watchRegistration.remove();
        }
        watchRegistration = watch.addClickListener(e -> toggle.run());
    }

    private com.vaadin.flow.shared.Registration watchRegistration;

    /** {@code wholeDataset}: whether this reader may download the whole dataset. */
    void show(MatrixPage page, boolean wholeDataset) {
        this.page = page;
        this.parameters = MatrixParams.toParameters(page.filter(), page.catalog());
        shareMenu.show(new ShareMenu.Target(
                Links.withQuery(Routes.MATRIX, parameters),
                page.catalog(),
                ShareMenu.preview("matrix", parameters),
                Links.withQuery(Routes.EMBED_MATRIX, parameters),
                List.of(
                        new ShareMenu.Briefing(
                                "share-briefing-pdf", Messages.t("common.briefing-pdf"), link(Routes.MATRIX_BRIEFING)),
                        new ShareMenu.Briefing(
                                "share-briefing-docx",
                                Messages.t("share.briefing-docx"),
                                link(Routes.MATRIX_BRIEFING_DOCX)))));
        downloadDataset.setVisible(wholeDataset);
    }

    /** The link of a download of the matrix as shown, in the page's language. */
    String link(String route) {
        return LanguageChoice.keep(Links.withQuery(route, parameters));
    }

    String chartsLink() {
        return Links.withQuery(
                Routes.CHARTS,
                MatrixParams.toParameters(page.filter().withRefs(Set.of()).withPoint(null), page.catalog()));
    }
}
