package org.redlines.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;
import org.redlines.i18n.LanguageChoice;
import org.redlines.i18n.MatrixSummary;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.Links;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PointDetail;
import org.redlines.routes.Routes;
import org.redlines.ui.FrozenBanner;
import org.redlines.ui.MatrixFilterBar;
import org.redlines.ui.Navigation;
import org.redlines.ui.NoticeBox;
import org.redlines.ui.PrintHeader;
import org.redlines.ui.PrintTable;
import org.redlines.ui.edit.EditActions;
import org.redlines.ui.edit.EditDialog;

/**
 * The red-lines matrix. The URL is the only source of its state: every filter change navigates, and every
 * navigation (including the back button) is read in {@link #beforeEnter}.
 */
@AnonymousAllowed
@Route(Routes.MATRIX)
@RouteAlias("")
class MatrixView extends VerticalLayout
        implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle, BeforeLeaveObserver {

    private final MatrixService service;
    private final EditActions edits;

    final H1 title = new H1();
    final NoticeBox notices = new NoticeBox();
    final MatrixFilterBar filterBar = new MatrixFilterBar();
    final PlanStancesBar planStances = new PlanStancesBar();
    final StanceLegend legend = new StanceLegend();
    final MatrixGrid grid = new MatrixGrid();
    final PointDetailPanel detail = new PointDetailPanel();
    final Span rowCount = new Span();
    final Button copyLink = new Button(Messages.t("matrix.copy-link"), VaadinIcon.LINK.create());
    final Button copyOtherLink = new Button(Messages.t("matrix.copy-frozen-link"), VaadinIcon.LOCK.create());
    final Anchor downloadCsv = new Anchor("", Messages.t("matrix.download-csv"));
    final Anchor downloadXlsx = new Anchor("", Messages.t("matrix.download-xlsx"));
    final Anchor downloadPdf = new Anchor("", Messages.t("common.briefing-pdf"));
    final Anchor downloadDataset = new Anchor("", Messages.t("matrix.download-dataset"));
    final FrozenBanner frozen = new FrozenBanner();
    final Button print = PrintTable.button(this::printMatrix);
    final PrintHeader printHeader = new PrintHeader();
    final PrintTable printTable = new PrintTable();
    final Anchor charts = new Anchor("", Messages.t("common.charts"));
    final Div chosenPoints = new Div();
    private final SplitLayout split = new SplitLayout();

    private MatrixPage page;
    private boolean selecting;

    MatrixView(MatrixService service, EditActions edits) {
        this.service = service;
        this.edits = edits;
        setSizeFull();
        addClassName("rl-matrix-view");
        title.addClassName("rl-title");

        copyLink.setId("copy-link");
        copyLink.addClickListener(e -> copyLink());
        downloadCsv.setId("download-csv");
        downloadCsv.getElement().setAttribute("download", true);
        downloadCsv.addClassName("rl-button-link");
        copyOtherLink.setId("copy-other-link");
        copyOtherLink.addClickListener(e -> copyOtherLink());
        downloadXlsx.setId("download-xlsx");
        downloadXlsx.getElement().setAttribute("download", true);
        downloadXlsx.addClassName("rl-button-link");
        downloadPdf.setId("download-pdf");
        downloadPdf.getElement().setAttribute("download", true);
        downloadPdf.addClassName("rl-button-link");
        downloadDataset.setId("download-dataset");
        downloadDataset.getElement().setAttribute("download", true);
        downloadDataset.addClassName("rl-button-link");
        downloadDataset.getElement().setAttribute("title", Messages.t("matrix.download-dataset.title"));
        rowCount.setId("row-count");
        rowCount.addClassName("rl-row-count");
        charts.setId("open-charts");
        charts.addClassName("rl-button-link");
        Div actions = new Div(
                rowCount,
                copyLink,
                copyOtherLink,
                print,
                downloadCsv,
                downloadXlsx,
                downloadPdf,
                downloadDataset,
                charts);
        actions.addClassName("rl-actions");
        Div heading = new Div(title, actions);
        heading.addClassName("rl-heading");

        grid.setHeightFull();
        split.addToPrimary(grid);
        split.addToSecondary(detail);
        split.setSizeFull();
        split.setSplitterPosition(68);
        split.addClassName("rl-split");

        filterBar.addFilterChangeListener(e -> MatrixNavigation.navigateTo(e.filter(), page.catalog()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!selecting && e.isFromClient()) {
                MatrixNavigation.navigateTo(
                        page.filter()
                                .withPoint(
                                        e.getValue() == null
                                                ? null
                                                : e.getValue().point().ref()),
                        page.catalog());
            }
        });
        detail.close.addClickListener(
                e -> MatrixNavigation.navigateTo(page.filter().withPoint(null), page.catalog()));

        chosenPoints.setId("chosen-points");
        chosenPoints.addClassName("rl-notices");
        add(printHeader, heading, frozen, notices, chosenPoints, filterBar, planStances, legend, split);
        add(printTable);
        setFlexGrow(1, split);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = service.open(event.getLocation().getQueryParameters().getParameters());
        show(page);
    }

    /** A link with invalid values is replaced by the corrected one, so that what is shared is what is shown. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (!page.notices().isEmpty()) {
            Navigation.replaceUrl(Links.matrix(page.filter(), page.catalog()));
        }
    }

    @Override
    public String getPageTitle() {
        return page == null
                ? Messages.t("app.name")
                : Messages.t("matrix.page-title", page.matrix().plan().title());
    }

    private void show(MatrixPage page) {
        Matrix matrix = page.matrix();
        title.setText(matrix.plan().title() + " (" + Messages.date(matrix.plan().date()) + ")");
        notices.show(page.notices());
        printHeader.show(
                Messages.t(
                        "matrix.print-title",
                        matrix.plan().title(),
                        matrix.plan().date()),
                MatrixSummary.lines(page, java.time.Instant.now(), Messages.t("print.printed")),
                MatrixSummary.pinnedLink(page));
        printTable.clearIn(this);
        frozen.show(page.catalog(), Links.atRevision(Links.matrix(page.filter(), page.catalog()), null));
        copyOtherLink.setText(
                Messages.t(page.catalog().frozen() == null ? "matrix.copy-frozen-link" : "matrix.copy-live-link"));
        copyOtherLink
                .getElement()
                .setAttribute(
                        "title",
                        Messages.t(
                                page.catalog().frozen() == null
                                        ? "matrix.copy-frozen-link.title"
                                        : "matrix.copy-live-link.title"));
        chosenPoints.removeAll();
        chosenPoints.setVisible(!page.filter().refs().isEmpty());
        if (!page.filter().refs().isEmpty()) {
            chosenPoints.add(
                    new Span(Messages.t("matrix.chosen-points", matrix.rows().size()) + " "),
                    new Anchor(
                            Links.matrix(page.filter().withRefs(Set.of()), page.catalog()),
                            Messages.t("matrix.chosen-points.all")));
        }
        filterBar.show(page.catalog(), page.filter(), matrix.plan());
        planStances.show(matrix);
        selecting = true;
        try {
            grid.show(matrix);
        } finally {
            selecting = false;
        }
        rowCount.setText(Messages.t(
                "matrix.row-count",
                matrix.rows().size(),
                page.catalog()
                        .refsByPlan()
                        .getOrDefault(matrix.plan().code(), Set.of())
                        .size()));
        downloadCsv.setHref(LanguageChoice.keep(
                Links.withQuery(Routes.MATRIX_CSV, MatrixParams.toParameters(page.filter(), page.catalog()))));
        downloadXlsx.setHref(LanguageChoice.keep(
                Links.withQuery(Routes.MATRIX_XLSX, MatrixParams.toParameters(page.filter(), page.catalog()))));
        downloadPdf.setHref(LanguageChoice.keep(
                Links.withQuery(Routes.MATRIX_BRIEFING, MatrixParams.toParameters(page.filter(), page.catalog()))));
        downloadDataset.setVisible(edits.canExport());
        downloadDataset.setHref(Links.atRevision(
                Routes.DATASET,
                page.catalog().frozen() == null ? null : page.catalog().frozen().number()));
        charts.setHref(Links.withQuery(
                Routes.CHARTS,
                MatrixParams.toParameters(page.filter().withRefs(Set.of()).withPoint(null), page.catalog())));

        selecting = true;
        try {
            Matrix.Row selected = matrix.selected().orElse(null);
            int index = selected == null ? -1 : matrix.rows().indexOf(selected);
            grid.asSingleSelect().setValue(index >= 0 ? selected : null);
            if (index >= 0) {
                grid.scrollToIndex(index);
            }
        } finally {
            selecting = false;
        }
        matrix.selected()
                .ifPresentOrElse(
                        row -> {
                            detail.show(
                                    service.detail(page.catalog(), matrix, row),
                                    Links.point(
                                            matrix.plan().code(), row.point().ref(), page.filter(), page.catalog()),
                                    actions(matrix, row));
                            split.removeClassName("rl-no-detail");
                            detail.setVisible(true);
                        },
                        () -> {
                            detail.setVisible(false);
                            split.addClassName("rl-no-detail");
                        });
    }

    /** Editing and history buttons for analysts on live data; none on a frozen view. */
    private PointDetailPanel.Actions actions(Matrix matrix, Matrix.Row row) {
        if (page.catalog().frozen() != null) {
            return PointDetailPanel.NO_ACTIONS;
        }
        String plan = matrix.plan().code();
        String ref = row.point().ref();
        boolean editor = edits.canEdit(page.catalog());
        java.util.function.LongFunction<String> asRecorded =
                rev -> Links.atRevision(Links.matrix(page.filter(), page.catalog()), rev);
        return new PointDetailPanel.Actions() {
            @Override
            public java.util.List<com.vaadin.flow.component.Component> forPoint() {
                return editor
                        ? java.util.List.of(
                                edits.editPoint(page.catalog(), plan, ref), edits.pointHistory(plan, ref, asRecorded))
                        : java.util.List.of(edits.pointHistory(plan, ref, asRecorded));
            }

            @Override
            public java.util.List<com.vaadin.flow.component.Component> forPosition(PointDetail.ActorPosition p) {
                java.util.List<com.vaadin.flow.component.Component> out = new java.util.ArrayList<>();
                if (editor) {
                    out.add(edits.addPosition(plan, ref, p.actor()));
                    if (p.position() != null) {
                        out.add(edits.correct(p.position(), p.actor()));
                    }
                }
                if (p.position() != null) {
                    out.add(edits.history(p.position(), p.actor(), asRecorded));
                }
                return out;
            }
        };
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        EditDialog.guard(event);
    }

    /** Every shown row as a plain table (the grid only holds the rows in view), then the print dialog. */
    private void printMatrix() {
        Matrix matrix = page.matrix();
        java.util.List<PrintTable.Row> rows = new java.util.ArrayList<>();
        for (Matrix.Row row : matrix.rows()) {
            java.util.List<String> cells = new java.util.ArrayList<>();
            java.util.List<String> classes = new java.util.ArrayList<>();
            for (var actor : matrix.actors()) {
                var cell = row.cell(actor.code());
                cells.add(
                        cell == null
                                ? "—"
                                : Words.cell(cell)
                                        + (cell.asOf() == null ? "" : " (" + Messages.date(cell.asOf()) + ")"));
                classes.add(cell != null && cell.redLine() ? "rl-print-redline" : null);
            }
            rows.add(new PrintTable.Row(
                    java.util.List.of(row.point().ref(), row.point().title()), cells, classes));
        }
        printTable.print(
                this,
                java.util.List.of(Messages.t("common.ref"), Messages.t("common.point")),
                matrix.actors().stream().map(a -> a.name()).toList(),
                rows,
                6);
    }

    /** Live view: a link frozen at the newest revision. Frozen view: the same view with the live data. */
    private void copyOtherLink() {
        String here = Links.matrix(page.filter(), page.catalog());
        copy(LanguageChoice.keep(
                page.catalog().frozen() == null
                        ? Links.atRevision(here, service.latestRevision())
                        : Links.atRevision(here, null)));
    }

    private void copyLink() {
        copy(null);
    }

    /** Copies {@code link} (relative to the page), or with null the address bar's URL, and says what it copied. */
    private void copy(String link) {
        getElement()
                .executeJs("""
                const url = $0 === null ? window.location.href : new URL($0, document.baseURI).href;
                if (navigator.clipboard && window.isSecureContext) {
                  return navigator.clipboard.writeText(url).then(() => url);
                }
                const area = document.createElement('textarea');
                area.value = url;
                document.body.appendChild(area);
                area.select();
                document.execCommand('copy');
                area.remove();
                return url;""", link)
                .then(
                        String.class,
                        url -> Notification.show(
                                Messages.t("matrix.link-copied", url), 5000, Notification.Position.BOTTOM_START),
                        error -> Notification.show(
                                link == null
                                        ? Messages.t("matrix.copy-failed")
                                        : Messages.t("matrix.copy-failed.link", link),
                                8000,
                                Notification.Position.BOTTOM_START));
    }
}
