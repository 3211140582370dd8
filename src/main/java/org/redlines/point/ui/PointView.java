package org.redlines.point.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.Catalog;
import org.redlines.positions.DraftInfo;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PointPage;
import org.redlines.positions.PointService;
import org.redlines.positions.Trend;
import org.redlines.routes.Routes;
import org.redlines.ui.Badges;
import org.redlines.ui.FrozenBanner;
import org.redlines.ui.NoticeBox;
import org.redlines.ui.PrintHeader;
import org.redlines.ui.edit.EditActions;
import org.redlines.ui.edit.EditDialog;

/**
 * One point: what it says, each party's position on it over time, and the versions of the plan it comes from
 * and goes into. The query parameters are the matrix view the user came from, kept for the way back.
 */
@AnonymousAllowed
@Route(Routes.POINT_TEMPLATE)
class PointView extends Div implements BeforeEnterObserver, HasDynamicTitle, BeforeLeaveObserver {

    private final PointService points;
    private final MatrixService matrices;
    private final EditActions edits;
    final FrozenBanner frozen = new FrozenBanner();
    final NoticeBox notices = new NoticeBox();
    final PrintHeader printHeader = new PrintHeader();
    private String here = "";

    final H1 title = new H1();
    private org.redlines.ui.ShareMenu share;
    final com.vaadin.flow.component.menubar.MenuBar shareButton;
    final Anchor backToMatrix = new Anchor();
    final Div body = new Div();
    private String pageTitle = Messages.t("common.point");

    PointView(
            PointService points,
            MatrixService matrices,
            EditActions edits,
            org.redlines.ui.ShareSettings shareSettings) {
        shareButton = org.redlines.ui.ShareMenu.button(shareSettings, m -> share = m);
        this.points = points;
        this.matrices = matrices;
        this.edits = edits;
        addClassName("rl-page");
        setId("point-view");
        backToMatrix.setId("back-to-matrix");
        backToMatrix.setText(Messages.t("point.back-to-matrix"));
        add(printHeader, backToMatrix, frozen, notices, title, shareButton, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String plan = decode(event.getRouteParameters().get("plan").orElse(""));
        String ref = decode(event.getRouteParameters().get("ref").orElse(""));
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        Catalog catalog = matrices.catalog(query);
        MatrixParams.Parsed parsed = MatrixParams.parse(contextOf(query, plan), catalog);
        MatrixFilter context = parsed.filter();
        var page = points.page(catalog, plan, ref);
        if (page.isEmpty()) {
            Map<String, List<String>> back = new LinkedHashMap<>(MatrixParams.toParameters(context, catalog));
            back.put(MatrixParams.PLAN, List.of(plan));
            back.put(MatrixParams.POINT, List.of(ref));
            event.forwardTo(Routes.MATRIX, new QueryParameters(back));
            return;
        }
        here = Links.point(plan, ref, context, catalog);
        frozen.show(catalog, Links.atRevision(here, null));
        notices.show(catalog.withRevisionNotices(parsed.notices()));
        printHeader.show(
                Messages.t("point.print.title", ref, plan),
                java.util.List.of(
                        org.redlines.i18n.MatrixSummary.dataLine(catalog),
                        Messages.t("common.printed-at", Messages.timestamp(java.time.Instant.now()))),
                Links.atRevision(
                        Links.point(plan, ref),
                        catalog.frozen() == null ? null : catalog.frozen().number()));
        show(page.get(), context, catalog);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        EditDialog.guard(event);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    /** Route parameters arrive still percent-encoded; refs such as "5(1)(a)" are encoded in links. */
    static String decode(String segment) {
        return Links.decodeSegment(segment);
    }

    /** The matrix the user came from: its filters, read against this page's plan. */
    private static Map<String, List<String>> contextOf(Map<String, List<String>> query, String plan) {
        Map<String, List<String>> out = new LinkedHashMap<>(query);
        out.put(MatrixParams.PLAN, List.of(plan));
        out.remove(MatrixParams.POINT);
        return out;
    }

    private void show(PointPage page, MatrixFilter context, Catalog catalog) {
        pageTitle = Messages.t(
                "point.page-title",
                page.point().ref(),
                page.plan().code(),
                page.point().title());
        title.setText(page.point().ref() + ". " + page.point().title());
        backToMatrix.setHref(Links.matrix(context.withPoint(page.point().ref()), catalog));
        body.removeAll();
        Map<String, List<String>> pointParameters = new LinkedHashMap<>();
        pointParameters.put(MatrixParams.PLAN, List.of(page.plan().code()));
        pointParameters.put("ref", List.of(page.point().ref()));
        Long frozenAt = catalog.frozen() == null ? null : catalog.frozen().number();
        share.show(new org.redlines.ui.ShareMenu.Target(
                Links.point(page.plan().code(), page.point().ref()),
                catalog,
                org.redlines.ui.ShareMenu.preview("point", pointParameters),
                null,
                List.of(
                        new org.redlines.ui.ShareMenu.Briefing(
                                "share-briefing-pdf",
                                Messages.t("common.briefing-pdf"),
                                org.redlines.i18n.LanguageChoice.keep(Links.atRevision(
                                        Links.withQuery(Routes.POINT_BRIEFING, pointParameters), frozenAt))),
                        new org.redlines.ui.ShareMenu.Briefing(
                                "share-briefing-docx",
                                Messages.t("share.briefing-docx"),
                                org.redlines.i18n.LanguageChoice.keep(Links.atRevision(
                                        Links.withQuery(Routes.POINT_BRIEFING_DOCX, pointParameters), frozenAt))))));

        // What moves this page: the point's row in its plan's matrix, every party.
        share.watch(List.of(Links.matrix(
                org.redlines.positions.MatrixFilter.NONE
                        .withPlan(page.plan().code())
                        .withRefs(java.util.Set.of(page.point().ref())),
                catalog)));

        Paragraph plan = new Paragraph(page.plan().title() + " (" + page.plan().code() + ", "
                + Messages.date(page.plan().date()) + ")");
        plan.addClassName("rl-subtitle");
        Span topic = new Span(page.point().topicName());
        topic.addClassName("rl-topic-badge");
        body.add(plan, topic, new Paragraph(page.point().summary()));
        Anchor pdf = new Anchor(
                org.redlines.i18n.LanguageChoice.keep(Links.atRevision(
                        Links.withQuery(
                                Routes.POINT_BRIEFING,
                                java.util.Map.of(
                                        MatrixParams.PLAN,
                                        List.of(page.plan().code()),
                                        "ref",
                                        List.of(page.point().ref()))),
                        catalog.frozen() == null ? null : catalog.frozen().number())),
                Messages.t("common.briefing-pdf"));
        pdf.setId("point-pdf");
        pdf.getElement().setAttribute("download", true);
        pdf.addClassName("rl-button-link");
        com.vaadin.flow.component.button.Button print = new com.vaadin.flow.component.button.Button(
                Messages.t("common.print"),
                com.vaadin.flow.component.icon.VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print-view");
        body.add(new Div(pdf, print));
        if (catalog.frozen() == null) {
            LongFunction<String> asRecorded = rev -> Links.atRevision(here, rev);
            Div bar = new Div();
            bar.addClassName("rl-edit-actions");
            if (edits.canEdit(catalog)) {
                bar.add(edits.editPoint(
                        catalog, page.plan().code(), page.point().ref()));
            }
            bar.add(edits.pointHistory(page.plan().code(), page.point().ref(), asRecorded));
            body.add(bar);
        }
        if (page.point().note() != null) {
            Paragraph note =
                    new Paragraph(Messages.t("common.note", page.point().note()));
            note.addClassName("rl-note");
            body.add(note);
        }
        if (!page.sources().isEmpty()) {
            body.add(new H3(Messages.t("point.sources")), Badges.sources(page.sources()));
        }

        // Drafts waiting for review on this point, shown to analysts beside each party's published entries.
        List<DraftInfo> pending = edits.pendingOn(catalog, page.plan().code()).stream()
                .filter(d -> page.point().ref().equals(d.ref()))
                .toList();
        Section positions = new Section(new H2(Messages.t("point.positions")));
        positions.setId("positions");
        for (PointPage.ActorHistory actor : page.actors()) {
            positions.add(actorSection(actor, page, catalog, pending));
        }
        body.add(positions);
        if (Badges.anyGraded(page.sources())
                || page.actors().stream()
                        .flatMap(a -> a.entries().stream())
                        .anyMatch(e -> Badges.anyGraded(e.sources()))) {
            body.add(Badges.gradeLegend());
        }
        body.add(lineage(page, context, catalog));
    }

    private Div actorSection(PointPage.ActorHistory actor, PointPage page, Catalog catalog, List<DraftInfo> pending) {
        Div block = new Div(new H3(actor.actor().name()));
        block.addClassName("rl-actor-history");
        block.getElement().setAttribute("data-actor", actor.actor().code());
        boolean live = catalog.frozen() == null;
        boolean editor = edits.canEdit(catalog);
        LongFunction<String> asRecorded = rev -> Links.atRevision(here, rev);
        EditActions.pendingNotes(pending.stream()
                        .filter(d -> actor.actor().code().equals(d.actor()))
                        .toList())
                .forEach(block::add);
        if (editor) {
            Div bar = new Div(edits.addPosition(page.plan().code(), page.point().ref(), actor.actor()));
            bar.addClassName("rl-edit-actions");
            block.add(bar);
        }
        if (actor.entries().isEmpty()) {
            block.add(Badges.stance(null));
            return block;
        }
        block.add(lastConfirmed(actor));
        OrderedList timeline = new OrderedList();
        timeline.addClassName("rl-timeline");
        boolean first = true;
        java.util.Deque<EventInfo> events =
                new java.util.ArrayDeque<>(page.eventsOf(actor.actor().code()));
        for (PointPage.HistoryEntry entry : actor.entries()) {
            LocalDate entryDate = entry.position().asOf();
            while (!events.isEmpty()
                    && (entryDate == null || events.peek().date().isAfter(entryDate))) {
                timeline.add(eventItem(events.pop()));
            }
            ListItem item = new ListItem();
            item.addClassName(first ? "rl-current" : "rl-past");
            Span when = new Span(Badges.dateText(entry.position()));
            when.addClassName("rl-date");
            item.add(Badges.stance(entry.position()), when);
            if (first) {
                Span current = new Span(Messages.t("point.current"));
                current.addClassName("rl-current-mark");
                item.add(current);
            }
            if (entry.trend() == Trend.HARDENED || entry.trend() == Trend.SOFTENED || entry.trend() == Trend.MIXED) {
                Span trend = new Span(
                        (entry.trend() == Trend.HARDENED ? "▲ " : entry.trend() == Trend.SOFTENED ? "▼ " : "◆ ")
                                + Words.trend(entry.trend()));
                trend.addClassNames("rl-trend", "rl-trend-" + entry.trend().code());
                item.add(trend);
            }
            item.add(new Paragraph(entry.position().summary()));
            if (!entry.sources().isEmpty()) {
                item.add(Badges.sources(entry.sources()));
            }
            if (live) {
                Div bar = new Div();
                bar.addClassName("rl-edit-actions");
                if (editor) {
                    bar.add(edits.correct(entry.position(), actor.actor()));
                }
                bar.add(edits.history(entry.position(), actor.actor(), asRecorded));
                item.add(bar);
            }
            timeline.add(item);
            first = false;
        }
        events.forEach(e -> timeline.add(eventItem(e)));
        block.add(timeline);
        return block;
    }

    /** When the party's newest dated entry was made, and how long ago. */
    private static Paragraph lastConfirmed(PointPage.ActorHistory actor) {
        Paragraph line = actor.entries().stream()
                .map(e -> e.position().asOf())
                .filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder())
                .map(day -> new Paragraph(Messages.t("point.last-confirmed", day, Badges.age(day, LocalDate.now()))))
                .orElseGet(() -> new Paragraph(Messages.t("point.never-confirmed")));
        line.addClassName("rl-last-confirmed");
        return line;
    }

    /** An event that involves the party, between its entries by date. */
    private static ListItem eventItem(EventInfo event) {
        Span when = new Span(Messages.date(event.date()));
        when.addClassName("rl-date");
        Span kind = new Span(Words.eventKind(event.kind()));
        kind.addClassName("rl-event-kind");
        ListItem item = new ListItem(VaadinIcon.CALENDAR.create(), kind, when, new Span(event.title()));
        item.addClassName("rl-event");
        item.getElement().setAttribute("data-event-date", event.date().toString());
        return item;
    }

    private static Section lineage(PointPage page, MatrixFilter context, Catalog catalog) {
        Section section = new Section(new H2(Messages.t("point.versions")));
        section.setId("lineage");
        section.add(new H3(Messages.t("point.derived-from")));
        section.add(
                page.derivedFrom().isEmpty()
                        ? new Paragraph(Messages.t("point.derived-from.none"))
                        : links(page.derivedFrom(), context, catalog));
        section.add(new H3(Messages.t("point.carried-into")));
        section.add(
                page.derivedBy().isEmpty()
                        ? new Paragraph(Messages.t("point.carried-into.none"))
                        : links(page.derivedBy(), context, catalog));
        return section;
    }

    private static UnorderedList links(List<PointPage.LinkedPoint> linked, MatrixFilter context, Catalog catalog) {
        UnorderedList list = new UnorderedList();
        for (PointPage.LinkedPoint l : linked) {
            Anchor a = new Anchor(
                    Links.point(l.plan().code(), l.point().ref(), context.withRefs(Set.of()), catalog),
                    l.plan().code() + " " + l.point().ref() + ". " + l.point().title());
            Span date = new Span(
                    " (" + l.plan().title() + ", " + Messages.date(l.plan().date()) + ")");
            date.addClassName("rl-date");
            list.add(new ListItem(a, date));
        }
        return list;
    }
}
