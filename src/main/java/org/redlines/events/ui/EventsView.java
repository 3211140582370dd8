package org.redlines.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.redlines.changes.ChangesFilter;
import org.redlines.dataset.EventKind;
import org.redlines.events.EventsFilter;
import org.redlines.events.EventsService;
import org.redlines.events.EventsService.EventsPage;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Links;
import org.redlines.positions.SourceInfo;
import org.redlines.routes.Routes;
import org.redlines.ui.FrozenBanner;
import org.redlines.ui.Navigation;
import org.redlines.ui.NoticeBox;
import org.redlines.ui.edit.EditActions;
import org.redlines.ui.edit.EditDialog;

/**
 * The negotiation's events, newest first, filtered by party and kind from the link; analysts add, correct and
 * delete them here, and everyone can read each event's history.
 */
@AnonymousAllowed
@Route(Routes.EVENTS)
class EventsView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final EventsService service;
    private final EditActions edits;

    final H1 title = new H1(Messages.t("events.title"));
    private org.redlines.ui.ShareMenu share;
    final com.vaadin.flow.component.menubar.MenuBar shareButton;
    final NoticeBox notices = new NoticeBox();
    final FrozenBanner frozen = new FrozenBanner();
    final MultiSelectComboBox<ActorInfo> actors = new MultiSelectComboBox<>(Messages.t("common.parties"));
    final Select<EventKind> kind = new Select<>();
    final Div actions = new Div();
    final Paragraph count = new Paragraph();
    final Anchor feed = new Anchor(Routes.EVENTS_ICS, Messages.t("events.feed.link"));
    final NativeTable table = new NativeTable();

    private EventsPage shown;
    private boolean showing;

    EventsView(EventsService service, EditActions edits, org.redlines.ui.ShareSettings shareSettings) {
        this.service = service;
        shareButton = org.redlines.ui.ShareMenu.button(shareSettings, m -> share = m);
        this.edits = edits;
        addClassName("rl-page");
        setId("events-view");
        actors.setId("events-actors");
        actors.setItemLabelGenerator(ActorInfo::name);
        actors.setPlaceholder(Messages.t("common.all-parties"));
        actors.setWidth("22em");
        kind.setId("events-kind");
        kind.setLabel(Messages.t("edit.event.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> k == null ? Messages.t("events.all-kinds") : Words.eventKind(k));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(Messages.t("events.all-kinds"));
        actors.addValueChangeListener(e -> change(f -> f.withActors(shown.catalog().actors().stream()
                .filter(e.getValue()::contains)
                .map(ActorInfo::code)
                .toList())));
        kind.addValueChangeListener(e -> change(f -> f.withKind(e.getValue())));

        count.setId("events-count");
        feed.setId("events-feed");
        feed.setRouterIgnore(true);
        feed.getElement().setAttribute("type", "text/calendar");
        actions.addClassName("rl-edit-actions");

        table.setId("events-table");
        table.addClassName("rl-events-table");
        table.getElement().setAttribute("aria-label", Messages.t("events.title"));
        NativeTableRow head = table.getHead().addRow();
        for (String key :
                List.of("common.date", "edit.event.kind", "common.title", "common.parties", "events.column.actions")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(Messages.t(key));
            cell.getElement().setAttribute("scope", "col");
        }

        Div filters = new Div(actors, kind);
        filters.addClassName("rl-filter-bar");
        Paragraph feedLine = new Paragraph(VaadinIcon.CALENDAR.create(), feed);
        feedLine.addClassName("rl-feed");
        add(title, shareButton, frozen, notices, actions, filters, count, feedLine, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shown = service.page(event.getLocation().getQueryParameters().getParameters());
        show();
        if (!shown.notices().isEmpty()) {
            Navigation.replaceUrl(Links.withQuery(Routes.EVENTS, shown.filter().toParameters(shown.catalog())));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        EditDialog.guard(event);
    }

    @Override
    public String getPageTitle() {
        return Messages.t("events.page-title");
    }

    private void show() {
        share.show(org.redlines.ui.ShareMenu.Target.of(
                Routes.EVENTS, shown.filter().toParameters(shown.catalog()), shown.catalog(), null));
        showing = true;
        try {
            notices.show(shown.notices());
            frozen.show(
                    shown.catalog(),
                    Links.atRevision(
                            Links.withQuery(Routes.EVENTS, shown.filter().toParameters(shown.catalog())), null));
            actors.setItems(shown.catalog().actors());
            actors.setValue(shown.catalog().actors().stream()
                    .filter(a -> shown.filter().actors().contains(a.code()))
                    .collect(Collectors.toSet()));
            kind.setValue(shown.filter().kind());
            actions.removeAll();
            if (edits.canEdit(shown.catalog())) {
                actions.add(edits.addEvent(shown.catalog()));
            }
            actions.setVisible(actions.getComponentCount() > 0);
            count.setText(Messages.t("events.count", shown.events().size(), shown.total()));
            feed.setHref(Links.atRevision(Routes.EVENTS_ICS, frozenRevision()));
            listRows();
        } finally {
            showing = false;
        }
    }

    /** One row per event: date, kind, what happened with its sources, the parties, and the buttons. */
    private void listRows() {
        NativeTableBody body = table.getBody();
        body.removeAllRows();
        for (EventInfo event : shown.events()) {
            NativeTableRow row = body.addRow();
            row.addClassName("rl-event-row");
            row.getElement().setAttribute("data-event-date", event.date().toString());
            row.getElement().setAttribute("data-kind", event.kind().code());
            NativeTableHeaderCell date = row.addHeaderCell();
            date.setText(Messages.date(event.date()));
            date.getElement().setAttribute("scope", "row");
            date.addClassName("rl-date");
            row.addDataCell().setText(Words.eventKind(event.kind()));
            row.addDataCell().add(describe(event));
            row.addDataCell()
                    .setText(event.actors().stream()
                            .map(code -> shown.catalog()
                                    .actor(code)
                                    .map(ActorInfo::name)
                                    .orElse(code))
                            .collect(Collectors.joining(", ")));
            row.addDataCell().add(rowActions(event));
        }
    }

    /** The events in the order the page lists them. */
    List<EventInfo> listed() {
        return shown.events();
    }

    /** The buttons of the n-th listed event. */
    List<Button> buttonsOf(int index) {
        return table.getBody()
                .getRow(index)
                .orElseThrow()
                .getDataCell(3)
                .orElseThrow()
                .getChildren()
                .flatMap(Component::getChildren)
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .toList();
    }

    private void change(UnaryOperator<EventsFilter> edit) {
        if (showing || shown == null) {
            return;
        }
        UI.getCurrent()
                .navigate(
                        Routes.EVENTS,
                        new QueryParameters(edit.apply(shown.filter()).toParameters(shown.catalog())));
    }

    /** The title, the summary, the sources as links, and a link to what moved in the week around it. */
    private Div describe(EventInfo event) {
        Span heading = new Span(event.title());
        heading.addClassName("rl-event-title");
        Div cell = new Div(heading);
        cell.addClassName("rl-event-cell");
        cell.getElement().setAttribute("data-event-date", event.date().toString());
        if (event.summary() != null && !event.summary().isBlank()) {
            Paragraph summary = new Paragraph(event.summary());
            summary.addClassName("rl-event-summary");
            cell.add(summary);
        }
        Div links = new Div();
        links.addClassName("rl-event-links");
        for (SourceInfo source : event.sources()) {
            Anchor a = new Anchor(source.url(), source.publisher());
            a.setTarget("_blank");
            a.getElement().setAttribute("rel", "noopener noreferrer");
            links.add(a);
        }
        ChangesFilter around = ChangesFilter.NONE.withRange(
                event.date().minusDays(7), event.date().plusDays(7));
        Anchor moved = new Anchor(
                Links.withQuery(Routes.CHANGES, around.toParameters(shown.catalog())), Messages.t("events.what-moved"));
        moved.addClassName("rl-event-moved");
        links.add(moved);
        cell.add(links);
        return cell;
    }

    private Div rowActions(EventInfo event) {
        Div buttons = new Div();
        buttons.addClassName("rl-row-actions");
        if (edits.canEdit(shown.catalog())) {
            buttons.add(edits.correctEvent(event, shown.catalog()), edits.deleteEvent(event));
        }
        if (shown.catalog().frozen() == null) {
            LongFunction<String> asRecorded = rev -> Links.atRevision(
                    Links.withQuery(Routes.EVENTS, shown.filter().toParameters(shown.catalog())), rev);
            buttons.add(edits.eventHistory(event, asRecorded));
        }
        return buttons;
    }

    private Long frozenRevision() {
        return shown.catalog().frozen() == null
                ? null
                : shown.catalog().frozen().number();
    }
}
