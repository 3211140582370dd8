package org.redlines.compare.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.stream.Collectors;
import org.redlines.compare.CompareService;
import org.redlines.compare.LineageTable;
import org.redlines.compare.PlanCompareFilter;
import org.redlines.compare.PlanComparison;
import org.redlines.compare.WordDiff;
import org.redlines.i18n.Messages;
import org.redlines.positions.Links;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.PointInfo;
import org.redlines.positions.TopicInfo;
import org.redlines.routes.Routes;
import org.redlines.ui.FrozenBanner;
import org.redlines.ui.Navigation;
import org.redlines.ui.NoticeBox;

/** Plan versions side by side, one row per lineage line, with word-level differences between versions. */
@AnonymousAllowed
@Route(Routes.COMPARE_PLANS)
class ComparePlansView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompareService service;

    final H1 title = new H1(Messages.t("compare.plans.title"));
    private org.redlines.ui.ShareMenu share;
    final com.vaadin.flow.component.menubar.MenuBar shareButton;
    final NoticeBox notices = new NoticeBox();
    final FrozenBanner frozen = new FrozenBanner();
    final org.redlines.ui.PrintHeader printHeader = new org.redlines.ui.PrintHeader();
    final org.redlines.ui.PrintTable printTable = new org.redlines.ui.PrintTable();
    final com.vaadin.flow.component.button.Button print = org.redlines.ui.PrintTable.button(this::print);
    final MultiSelectComboBox<PlanInfo> plans = new MultiSelectComboBox<>(Messages.t("common.plans"));
    final MultiSelectComboBox<TopicInfo> topics = new MultiSelectComboBox<>(Messages.t("common.topics"));
    final Grid<LineageTable.Row> grid = new Grid<>();

    private PlanComparison shown;
    private boolean showing;

    ComparePlansView(CompareService service, org.redlines.ui.ShareSettings shareSettings) {
        this.service = service;
        shareButton = org.redlines.ui.ShareMenu.button(shareSettings, m -> share = m);
        addClassName("rl-page");
        setSizeFull();
        plans.setId("plans");
        plans.setItemLabelGenerator(ComparePlansView::planLabel);
        plans.setWidth("34em");
        plans.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        topics.setItemLabelGenerator(TopicInfo::name);
        topics.setPlaceholder(Messages.t("common.all-topics"));
        plans.addValueChangeListener(e -> change(shown.filter()
                .withPlans(e.getValue().stream().map(PlanInfo::code).toList())));
        topics.addValueChangeListener(e -> change(shown.filter()
                .withTopics(e.getValue().stream().map(TopicInfo::code).collect(Collectors.toSet()))));
        grid.setId("versions-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        Div filters = new Div(plans, topics);
        filters.addClassName("rl-filter-bar");
        Paragraph legend = new Paragraph(Messages.t("compare.plans.legend"));
        legend.addClassName("rl-note");
        Paragraph scrolls = new Paragraph(Messages.t("compare.plans.scrolls"));
        scrolls.setId("versions-scroll-hint");
        scrolls.addClassName("rl-scroll-hint");
        add(printHeader, title, shareButton, frozen, notices, filters, legend, print, scrolls, grid, printTable);
        setFlexGrow(1, grid);
    }

    /** Every row as a plain table, four plans per page, then the print dialog. */
    private void print() {
        var table = shown.table();
        printTable.print(
                this,
                java.util.List.of(),
                table.plans().stream().map(ComparePlansView::planLabel).toList(),
                table.rows().stream()
                        .map(row -> new org.redlines.ui.PrintTable.Row(
                                java.util.List.of(),
                                row.cells().stream()
                                        .map(ComparePlansView::printed)
                                        .toList(),
                                null))
                        .toList(),
                4);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shown = service.comparePlans(event.getLocation().getQueryParameters().getParameters());
        show();
        if (!shown.notices().isEmpty()) {
            Navigation.replaceUrl(
                    Links.withQuery(Routes.COMPARE_PLANS, shown.filter().toParameters(shown.catalog())));
        }
    }

    @Override
    public String getPageTitle() {
        return shown == null
                ? Messages.t("compare.plans.page-title.default")
                : Messages.t(
                        "compare.plans.page-title",
                        shown.table().plans().stream().map(PlanInfo::code).collect(Collectors.joining(", ")));
    }

    private void show() {
        java.util.Map<String, java.util.List<String>> shareParameters =
                shown.filter().toParameters(shown.catalog());
        share.show(org.redlines.ui.ShareMenu.Target.of(
                Routes.COMPARE_PLANS, shareParameters, shown.catalog(), "compare-plans"));
        // What moves this view: each compared plan's matrix, on the chosen topics.
        share.watch(shown.table().plans().stream()
                .map(p -> org.redlines.positions.Links.matrix(
                        org.redlines.positions.MatrixFilter.NONE
                                .withPlan(p.code())
                                .withTopics(shown.filter().topics()),
                        shown.catalog()))
                .toList());
        showing = true;
        try {
            notices.show(shown.notices());
            printTable.clearIn(this);
            printHeader.show(
                    Messages.t(
                            "compare.plans.print.title",
                            shown.table().plans().stream().map(p -> p.code()).collect(Collectors.joining(", "))),
                    java.util.List.of(
                            org.redlines.i18n.MatrixSummary.dataLine(shown.catalog()),
                            Messages.t("common.printed-at", Messages.timestamp(java.time.Instant.now()))),
                    Links.withQuery(Routes.COMPARE_PLANS, shown.filter().toParameters(shown.catalog())));
            frozen.show(
                    shown.catalog(),
                    Links.atRevision(
                            Links.withQuery(Routes.COMPARE_PLANS, shown.filter().toParameters(shown.catalog())), null));
            plans.setItems(shown.catalog().plans());
            plans.setValue(shown.table().plans());
            topics.setItems(shown.catalog().topics());
            topics.setValue(shown.catalog().topics().stream()
                    .filter(t -> shown.filter().topics().contains(t.code()))
                    .collect(Collectors.toSet()));
        } finally {
            showing = false;
        }
        grid.removeAllColumns();
        for (int i = 0; i < shown.table().plans().size(); i++) {
            int column = i;
            PlanInfo plan = shown.table().plans().get(i);
            grid.addComponentColumn(row -> cell(row.cells().get(column)))
                    .setHeader(planLabel(plan))
                    .setKey("plan-" + plan.code());
        }
        grid.setItems(shown.table().rows());
    }

    Component cell(LineageTable.Cell cell) {
        Div out = new Div();
        out.addClassNames("rl-version", "rl-version-" + cell.status().name().toLowerCase());
        out.getElement().setAttribute("data-status", cell.status().name().toLowerCase());
        switch (cell.status()) {
            case ABSENT -> out.add(new Span(""));
            case DROPPED -> out.add(status(Messages.t("compare.plans.dropped")));
            case ADDED -> out.add(status(Messages.t("common.added")));
            default -> {}
        }
        for (PointInfo p : cell.points()) {
            Anchor link = new Anchor(
                    Links.atRevision(Links.point(p.plan(), p.ref()), frozenRevision()), p.ref() + ". " + p.title());
            link.addClassName("rl-version-title");
            out.add(new Div(link));
        }
        if (cell.status() == LineageTable.Status.CARRIED) {
            out.add(diff(cell));
        } else if (!cell.points().isEmpty()) {
            out.add(new Paragraph(cell.points().stream().map(PointInfo::summary).collect(Collectors.joining(" "))));
        }
        return out;
    }

    private static Span status(String text) {
        Span s = new Span(text);
        s.addClassName("rl-version-status");
        return s;
    }

    private static Paragraph diff(LineageTable.Cell cell) {
        Paragraph p = new Paragraph();
        p.addClassName("rl-diff");
        for (WordDiff.Segment segment : cell.diff()) {
            Element word = switch (segment.kind()) {
                case ADDED -> new Element("ins");
                case REMOVED -> new Element("del");
                case SAME -> new Element("span");
            };
            word.setText(segment.text());
            p.getElement().appendChild(word, new Element("span").setText(" "));
        }
        return p;
    }

    private void change(PlanCompareFilter next) {
        if (showing || shown == null) {
            return;
        }
        UI.getCurrent().navigate(Routes.COMPARE_PLANS, new QueryParameters(next.toParameters(shown.catalog())));
    }

    /** The revision a frozen link shows, so that links from here stay within it; null for live data. */
    private Long frozenRevision() {
        return shown == null || shown.catalog().frozen() == null
                ? null
                : shown.catalog().frozen().number();
    }

    /** A plan as its column and its choice are headed: its code and its date. */
    private static String planLabel(PlanInfo plan) {
        return plan.code() + " (" + Messages.date(plan.date()) + ")";
    }

    /** A version cell in words for print: its status, then its points. */
    private static String printed(LineageTable.Cell cell) {
        String status = switch (cell.status()) {
            case DROPPED -> Messages.t("compare.plans.print.dropped") + " ";
            case ADDED -> Messages.t("compare.plans.print.added") + " ";
            default -> "";
        };
        return status
                + cell.points().stream().map(p -> p.ref() + ". " + p.title()).collect(Collectors.joining("; "));
    }
}
