package org.redlines.changes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.redlines.changes.Changes;
import org.redlines.changes.ChangesFilter;
import org.redlines.changes.ChangesService;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Links;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.TopicInfo;
import org.redlines.positions.Trend;
import org.redlines.routes.Routes;
import org.redlines.ui.Badges;
import org.redlines.ui.FrozenBanner;
import org.redlines.ui.Navigation;
import org.redlines.ui.NoticeBox;

/** What moved between two dates: every position entry in the range, newest day first. */
@AnonymousAllowed
@Route(Routes.CHANGES)
class ChangesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ChangesService service;

    final H1 title = new H1();
    private org.redlines.ui.ShareMenu share;
    final com.vaadin.flow.component.menubar.MenuBar shareButton;
    final NoticeBox notices = new NoticeBox();
    final FrozenBanner frozen = new FrozenBanner();
    final DatePicker from = new DatePicker(Messages.t("common.from"));
    final DatePicker to = new DatePicker(Messages.t("common.to"));
    final MultiSelectComboBox<ActorInfo> actors = new MultiSelectComboBox<>(Messages.t("common.parties"));
    final MultiSelectComboBox<PlanInfo> plans = new MultiSelectComboBox<>(Messages.t("common.plans"));
    final MultiSelectComboBox<TopicInfo> topics = new MultiSelectComboBox<>(Messages.t("common.topics"));
    final Select<Trend> trend = new Select<>();
    final Div days = new Div();
    final Anchor feed = new Anchor(Routes.EVENTS_ICS, Messages.t("events.feed.link"));

    private Changes shown;
    private boolean showing;

    ChangesView(ChangesService service, org.redlines.ui.ShareSettings shareSettings) {
        this.service = service;
        shareButton = org.redlines.ui.ShareMenu.button(shareSettings, m -> share = m);
        addClassName("rl-page");
        setId("changes-view");
        for (DatePicker d : List.of(from, to)) {
            Navigation.isoDates(d);
        }
        actors.setItemLabelGenerator(ActorInfo::name);
        actors.setPlaceholder(Messages.t("common.all-parties"));
        plans.setItemLabelGenerator(PlanInfo::code);
        plans.setPlaceholder(Messages.t("changes.all-plans"));
        topics.setItemLabelGenerator(TopicInfo::name);
        topics.setPlaceholder(Messages.t("common.all-topics"));
        trend.setLabel(Messages.t("changes.moves"));
        trend.setId("trend");
        trend.setItems(Trend.HARDENED, Trend.SOFTENED);
        trend.setEmptySelectionAllowed(true);
        trend.setEmptySelectionCaption(Messages.t("changes.moves.all"));
        trend.setItemLabelGenerator(ChangesView::moveLabel);

        from.addValueChangeListener(e -> change(f -> f.withRange(e.getValue(), shown.to())));
        to.addValueChangeListener(e -> change(f -> f.withRange(shown.from(), e.getValue())));
        actors.addValueChangeListener(e -> change(f -> f.withActors(shown.catalog().actors().stream()
                .filter(e.getValue()::contains)
                .map(ActorInfo::code)
                .toList())));
        plans.addValueChangeListener(e -> change(f -> f.withPlans(shown.catalog().plans().stream()
                .filter(e.getValue()::contains)
                .map(PlanInfo::code)
                .toList())));
        topics.addValueChangeListener(e -> change(
                f -> f.withTopics(e.getValue().stream().map(TopicInfo::code).collect(Collectors.toSet()))));
        trend.addValueChangeListener(e -> change(f -> f.withTrend(e.getValue())));

        days.setId("days");
        Div filters = new Div(from, to, actors, plans, topics, trend);
        filters.addClassName("rl-filter-bar");
        feed.setId("events-feed");
        feed.setRouterIgnore(true);
        feed.getElement().setAttribute("type", "text/calendar");
        Paragraph feedLine = new Paragraph(VaadinIcon.CALENDAR.create(), feed);
        feedLine.addClassName("rl-feed");
        add(title, shareButton, frozen, notices, filters, feedLine, days);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shown = service.changes(event.getLocation().getQueryParameters().getParameters());
        show();
        if (!shown.notices().isEmpty()) {
            Navigation.replaceUrl(Links.withQuery(Routes.CHANGES, shown.filter().toParameters(shown.catalog())));
        }
    }

    @Override
    public String getPageTitle() {
        return shown == null
                ? Messages.t("changes.page-title.default")
                : Messages.t("changes.page-title", Messages.date(shown.from()), Messages.date(shown.to()));
    }

    private void show() {
        java.util.Map<String, java.util.List<String>> shareParameters =
                shown.filter().toParameters(shown.catalog());
        share.show(org.redlines.ui.ShareMenu.Target.of(Routes.CHANGES, shareParameters, shown.catalog(), "changes"));
        // What moves this view: the matrix of each plan it covers (all plans when it names none), for its parties
        // and topics.
        share.watch((shown.filter().plans().isEmpty()
                        ? shown.catalog().plans().stream()
                                .map(org.redlines.positions.PlanInfo::code)
                                .toList()
                        : shown.filter().plans())
                .stream()
                        .map(plan -> org.redlines.positions.Links.matrix(
                                org.redlines.positions.MatrixFilter.NONE
                                        .withPlan(plan)
                                        .withActors(shown.filter().actors())
                                        .withTopics(shown.filter().topics()),
                                shown.catalog()))
                        .toList());
        showing = true;
        try {
            title.setText(Messages.t("changes.title", Messages.date(shown.from()), Messages.date(shown.to())));
            notices.show(shown.notices());
            frozen.show(
                    shown.catalog(),
                    Links.atRevision(
                            Links.withQuery(Routes.CHANGES, shown.filter().toParameters(shown.catalog())), null));
            feed.setHref(Links.atRevision(Routes.EVENTS_ICS, frozenRevision()));
            from.setValue(shown.from());
            to.setValue(shown.to());
            actors.setItems(shown.catalog().actors());
            actors.setValue(shown.catalog().actors().stream()
                    .filter(a -> shown.filter().actors().contains(a.code()))
                    .collect(Collectors.toSet()));
            plans.setItems(shown.catalog().plans());
            plans.setValue(shown.catalog().plans().stream()
                    .filter(p -> shown.filter().plans().contains(p.code()))
                    .collect(Collectors.toSet()));
            topics.setItems(shown.catalog().topics());
            topics.setValue(shown.catalog().topics().stream()
                    .filter(t -> shown.filter().topics().contains(t.code()))
                    .collect(Collectors.toSet()));
            trend.setValue(shown.filter().trend());
        } finally {
            showing = false;
        }
        days.removeAll();
        if (shown.days().isEmpty()) {
            days.add(new Paragraph(Messages.t("changes.none")));
        }
        for (Changes.Day day : shown.days()) {
            Section section = new Section(new H2(Messages.date(day.date())));
            section.addClassName("rl-day");
            UnorderedList list = new UnorderedList();
            list.addClassName("rl-changes");
            day.events().forEach(e -> list.add(event(e)));
            day.changes().forEach(c -> list.add(item(c)));
            section.add(list);
            days.add(section);
        }
    }

    private ListItem item(Changes.Change c) {
        ListItem item = new ListItem();
        item.addClassName("rl-change");
        item.getElement().setAttribute("data-trend", c.trend().code());
        Span actor = new Span(c.actor().name());
        actor.addClassName("rl-change-actor");
        Anchor point = new Anchor(
                Links.atRevision(Links.point(c.plan().code(), c.point().ref()), frozenRevision()),
                c.plan().code() + " " + c.point().ref() + ". " + c.point().title());
        Div head = new Div(actor, new Span(" " + Messages.t("changes.on") + " "), point);
        head.addClassName("rl-change-head");
        Div move = new Div();
        move.addClassName("rl-change-move");
        if (c.before() != null) {
            move.add(Badges.stance(c.before()), new Span(" → "));
        }
        move.add(Badges.stance(c.after()));
        Span trendLabel = new Span(Words.trend(c.trend()));
        trendLabel.addClassNames("rl-trend", "rl-trend-" + c.trend().code());
        move.add(trendLabel);
        if (c.before() != null && c.before().redLine() != c.after().redLine()) {
            Span redLine = new Span(
                    c.after().redLine()
                            ? Messages.t("changes.red-line.drawn")
                            : Messages.t("changes.red-line.dropped"));
            redLine.addClassName("rl-redline-change");
            move.add(redLine);
        }
        item.add(head, move, new Paragraph(c.after().summary()));
        if (!c.sources().isEmpty()) {
            item.add(Badges.sources(c.sources()));
        }
        return item;
    }

    /** A choice of the moves filter: every move, or only one kind. */
    private static String moveLabel(Trend t) {
        if (t == null) {
            return Messages.t("changes.moves.all");
        }
        return switch (t) {
            case HARDENED -> Messages.t("changes.moves.hardened");
            case SOFTENED -> Messages.t("changes.moves.softened");
            default -> Words.trend(t);
        };
    }

    private void change(UnaryOperator<ChangesFilter> edit) {
        if (showing || shown == null) {
            return;
        }
        UI.getCurrent()
                .navigate(
                        Routes.CHANGES,
                        new QueryParameters(edit.apply(shown.filter()).toParameters(shown.catalog())));
    }

    /** The revision a frozen link shows, so that links from here stay within it; null for live data. */
    private Long frozenRevision() {
        return shown == null || shown.catalog().frozen() == null
                ? null
                : shown.catalog().frozen().number();
    }

    /** An event of the day, before the day's moves, so that each move is read against it. */
    private ListItem event(EventInfo event) {
        Span kind = new Span(Words.eventKind(event.kind()));
        kind.addClassName("rl-event-kind");
        Span title = new Span(event.title());
        title.addClassName("rl-event-title");
        ListItem item = new ListItem(VaadinIcon.CALENDAR.create(), kind, title);
        if (!event.actors().isEmpty()) {
            item.add(new Span("("
                    + event.actors().stream()
                            .map(code -> shown.catalog()
                                    .actor(code)
                                    .map(ActorInfo::name)
                                    .orElse(code))
                            .collect(java.util.stream.Collectors.joining(", "))
                    + ")"));
        }
        if (event.summary() != null && !event.summary().isBlank()) {
            Span summary = new Span(event.summary());
            summary.addClassName("rl-event-summary");
            item.add(summary);
        }
        item.addClassName("rl-event");
        item.getElement().setAttribute("data-event-date", event.date().toString());
        return item;
    }
}
