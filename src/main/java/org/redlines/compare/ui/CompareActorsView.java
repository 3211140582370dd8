package org.redlines.compare.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.redlines.compare.ActorCompareFilter;
import org.redlines.compare.ActorComparison;
import org.redlines.compare.CompareService;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Links;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.TopicInfo;
import org.redlines.positions.Verdict;
import org.redlines.routes.Routes;
import org.redlines.ui.Badges;
import org.redlines.ui.FrozenBanner;
import org.redlines.ui.Navigation;
import org.redlines.ui.NoticeBox;

/** Two parties side by side on every point of a plan, with a verdict per point. State lives in the URL. */
@AnonymousAllowed
@Route(Routes.COMPARE_ACTORS)
class CompareActorsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompareService service;

    final H1 title = new H1();
    private org.redlines.ui.ShareMenu share;
    final com.vaadin.flow.component.menubar.MenuBar shareButton;
    final NoticeBox notices = new NoticeBox();
    final FrozenBanner frozen = new FrozenBanner();
    final org.redlines.ui.PrintHeader printHeader = new org.redlines.ui.PrintHeader();
    final org.redlines.ui.PrintTable printTable = new org.redlines.ui.PrintTable();
    final com.vaadin.flow.component.button.Button print = org.redlines.ui.PrintTable.button(this::print);
    final Select<PlanInfo> plan = new Select<>();
    final Select<ActorInfo> a = new Select<>();
    final Select<ActorInfo> b = new Select<>();
    final MultiSelectComboBox<TopicInfo> topics = new MultiSelectComboBox<>(Messages.t("common.topics"));
    final TextField query = new TextField(Messages.t("common.search"));
    final DatePicker asOf = new DatePicker(Messages.t("common.as-of-label"));
    final Div counts = new Div();
    final Grid<ActorComparison.Row> grid = new Grid<>();

    private ActorComparison shown;
    private boolean showing;

    CompareActorsView(CompareService service, org.redlines.ui.ShareSettings shareSettings) {
        this.service = service;
        shareButton = org.redlines.ui.ShareMenu.button(shareSettings, m -> share = m);
        addClassName("rl-page");
        setSizeFull();
        plan.setLabel(Messages.t("common.plan"));
        plan.setItemLabelGenerator(p -> Messages.date(p.date()) + " · " + p.title());
        plan.addClassName("rl-plan-select");
        a.setLabel(Messages.t("compare.party-a"));
        a.setId("party-a");
        a.setItemLabelGenerator(ActorInfo::name);
        b.setLabel(Messages.t("compare.party-b"));
        b.setId("party-b");
        b.setItemLabelGenerator(ActorInfo::name);
        topics.setItemLabelGenerator(TopicInfo::name);
        topics.setPlaceholder(Messages.t("common.all-topics"));
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setClearButtonVisible(true);
        Navigation.isoDates(asOf);
        asOf.setClearButtonVisible(true);
        counts.setId("verdict-counts");
        counts.addClassName("rl-verdict-counts");

        plan.addValueChangeListener(
                e -> change(f -> f.withBase(f.base().withPlan(e.getValue().code()))));
        a.addValueChangeListener(e -> change(f -> f.withA(e.getValue().code())));
        b.addValueChangeListener(e -> change(f -> f.withB(e.getValue().code())));
        topics.addValueChangeListener(e -> change(f -> f.withBase(
                f.base().withTopics(e.getValue().stream().map(TopicInfo::code).collect(Collectors.toSet())))));
        query.addValueChangeListener(e -> change(f -> f.withBase(f.base().withQuery(e.getValue()))));
        asOf.addValueChangeListener(e -> {
            if (!asOf.isInvalid()) {
                change(f -> f.withBase(f.base().withAsOf(e.getValue())));
            }
        });

        grid.setId("compare-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.point().ref())
                .setHeader(Messages.t("common.ref"))
                .setWidth("5em")
                .setFlexGrow(0);
        grid.addComponentColumn(r -> new Anchor(
                        Links.atRevision(Links.point(r.point().plan(), r.point().ref()), frozenRevision()),
                        r.point().title()))
                .setHeader(Messages.t("common.point"))
                .setFlexGrow(3);
        grid.addComponentColumn(r -> Badges.stance(r.a()))
                .setHeader(Messages.t("compare.party-a"))
                .setKey("a")
                .setTooltipGenerator(r -> r.a() == null ? "" : r.a().summary());
        grid.addComponentColumn(r -> Badges.stance(r.b()))
                .setHeader(Messages.t("compare.party-b"))
                .setKey("b")
                .setTooltipGenerator(r -> r.b() == null ? "" : r.b().summary());
        grid.addComponentColumn(r -> verdictBadge(r.verdict()))
                .setHeader(Messages.t("compare.column.verdict"))
                .setKey("verdict");

        Div filters = new Div(plan, a, b, topics, query, asOf);
        filters.addClassName("rl-filter-bar");
        add(printHeader, title, shareButton, frozen, notices, filters, counts, print, grid, printTable);
        setFlexGrow(1, grid);
    }

    /** Every row as a plain table, then the print dialog. */
    private void print() {
        printTable.print(
                this,
                List.of(Messages.t("common.ref"), Messages.t("common.point")),
                List.of(shown.a().name(), shown.b().name(), Messages.t("compare.column.verdict")),
                shown.rows().stream()
                        .map(r -> new org.redlines.ui.PrintTable.Row(
                                List.of(r.point().ref(), r.point().title()),
                                java.util.Arrays.asList(
                                        r.a() == null ? "—" : Words.cell(r.a()),
                                        r.b() == null ? "—" : Words.cell(r.b()),
                                        Words.verdict(r.verdict())),
                                null))
                        .toList(),
                3);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shown = service.compareActors(event.getLocation().getQueryParameters().getParameters());
        show();
        if (!shown.notices().isEmpty()) {
            Navigation.replaceUrl(
                    Links.withQuery(Routes.COMPARE_ACTORS, shown.filter().toParameters(shown.catalog())));
        }
    }

    @Override
    public String getPageTitle() {
        return shown == null
                ? Messages.t("compare.actors.page-title.default")
                : Messages.t(
                        "compare.actors.page-title",
                        shown.a().name(),
                        shown.b().name(),
                        shown.plan().code());
    }

    private void show() {
        java.util.Map<String, List<String>> shareParameters = shown.filter().toParameters(shown.catalog());
        share.show(org.redlines.ui.ShareMenu.Target.of(
                Routes.COMPARE_ACTORS, shareParameters, shown.catalog(), "compare-actors"));
        // What moves this view: the two parties' cells on the plan, under the same filters.
        share.watch(List.of(org.redlines.positions.Links.matrix(
                shown.filter()
                        .base()
                        .withActors(List.of(shown.a().code(), shown.b().code())),
                shown.catalog())));
        showing = true;
        try {
            title.setText(Messages.t(
                    "compare.actors.title",
                    shown.a().name(),
                    shown.b().name(),
                    shown.plan().title()));
            printTable.clearIn(this);
            printHeader.show(
                    title.getText(),
                    List.of(
                            org.redlines.i18n.MatrixSummary.dataLine(shown.catalog()),
                            Messages.t("common.printed-at", Messages.timestamp(java.time.Instant.now()))),
                    Links.withQuery(Routes.COMPARE_ACTORS, shown.filter().toParameters(shown.catalog())));
            notices.show(shown.notices());
            frozen.show(
                    shown.catalog(),
                    Links.atRevision(
                            Links.withQuery(
                                    Routes.COMPARE_ACTORS, shown.filter().toParameters(shown.catalog())),
                            null));
            plan.setItems(shown.catalog().plansNewestFirst());
            plan.setValue(shown.plan());
            a.setItems(shown.catalog().actors());
            a.setValue(shown.a());
            b.setItems(shown.catalog().actors());
            b.setValue(shown.b());
            topics.setItems(shown.catalog().topics());
            Set<String> chosen = shown.filter().base().topics();
            topics.setValue(shown.catalog().topics().stream()
                    .filter(t -> chosen.contains(t.code()))
                    .collect(Collectors.toSet()));
            String text = shown.filter().base().query() == null
                    ? ""
                    : shown.filter().base().query();
            if (!query.getValue().strip().equals(text)) {
                query.setValue(text);
            }
            asOf.setValue(shown.filter().base().asOf());
        } finally {
            showing = false;
        }
        grid.getColumnByKey("a").setHeader(shown.a().name());
        grid.getColumnByKey("b").setHeader(shown.b().name());
        grid.setItems(shown.rows());
        counts.removeAll();
        Button all = new Button(Messages.t(
                "compare.actors.all",
                shown.counts().values().stream().mapToInt(Integer::intValue).sum()));
        all.addClickListener(e -> change(f -> f.withVerdict(null)));
        styleToggle(all, shown.filter().verdict() == null);
        counts.add(all);
        for (Verdict v : Verdict.values()) {
            Button count = new Button(Words.verdict(v) + ": " + shown.counts().get(v));
            count.getElement().setAttribute("data-verdict", v.code());
            count.addClickListener(e -> change(f -> f.withVerdict(v)));
            styleToggle(count, shown.filter().verdict() == v);
            counts.add(count);
        }
    }

    private static void styleToggle(Button button, boolean pressed) {
        button.addThemeVariants(pressed ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
    }

    static Span verdictBadge(Verdict verdict) {
        Span badge = new Span(Words.verdict(verdict));
        badge.addClassNames("rl-verdict", "rl-verdict-" + verdict.code());
        badge.getElement().setAttribute("data-verdict", verdict.code());
        return badge;
    }

    private void change(java.util.function.UnaryOperator<ActorCompareFilter> edit) {
        if (showing || shown == null) {
            return;
        }
        ActorCompareFilter next = edit.apply(shown.filter());
        UI.getCurrent().navigate(Routes.COMPARE_ACTORS, new QueryParameters(next.toParameters(shown.catalog())));
    }

    /** The revision a frozen link shows, so that links from here stay within it; null for live data. */
    private Long frozenRevision() {
        return shown == null || shown.catalog().frozen() == null
                ? null
                : shown.catalog().frozen().number();
    }
}
