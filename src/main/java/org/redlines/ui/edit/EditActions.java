package org.redlines.ui.edit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.function.LongFunction;
import org.redlines.access.Role;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.CurationService;
import org.redlines.positions.DraftInfo;
import org.redlines.positions.Drafts;
import org.redlines.positions.EventInfo;
import org.redlines.positions.HistoryService;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.ReviewService;
import org.redlines.positions.Submission;
import org.springframework.stereotype.Component;

/**
 * The editing and history buttons that views put beside what they show. Editing buttons appear only for analysts
 * on live data; the services check the role again whatever the page shows.
 */
@Component
public class EditActions {

    private final CurationService curation;
    private final ReviewService review;
    private final HistoryService history;
    private final AuthenticationContext auth;

    EditActions(CurationService curation, ReviewService review, HistoryService history, AuthenticationContext auth) {
        this.curation = curation;
        this.review = review;
        this.history = history;
        this.auth = auth;
    }

    /** Changes waiting for review on a plan's points; none for readers who cannot edit, or with review off. */
    public List<DraftInfo> pendingOn(Catalog catalog, String plan) {
        return canEdit(catalog) && review.required() ? review.pendingOnPlan(plan) : List.of();
    }

    /** "Pending review by anna: Opposes · red line · ..." for each of these drafts, marked for the eye and tests. */
    public static List<com.vaadin.flow.component.Component> pendingNotes(List<DraftInfo> drafts) {
        return drafts.stream()
                .map(d -> {
                    Span note = new Span(
                            VaadinIcon.HOURGLASS.create(),
                            new Span(Messages.t("review.pending-entry", d.author(), DraftWords.describe(d.after()))));
                    note.addClassName("rl-pending-note");
                    return (com.vaadin.flow.component.Component) note;
                })
                .toList();
    }

    public boolean canEdit(Catalog catalog) {
        return catalog.frozen() == null && auth.hasRole(Role.ANALYST.name());
    }

    /** Analysts and administrators may download the whole dataset. */
    public boolean canExport() {
        return auth.hasRole(Role.ANALYST.name());
    }

    public Button addPosition(String plan, String ref, ActorInfo actor) {
        Button b = small(Messages.t("edit.add-position"), VaadinIcon.PLUS);
        b.addClassName("rl-add-position");
        b.setAriaLabel(Messages.t("edit.add-position.aria", actor.name(), ref));
        b.addClickListener(e -> PositionDialog.add(review, plan, ref, actor.code(), actor.name(), EditActions::saved)
                .open());
        return b;
    }

    public Button correct(PositionInfo position, ActorInfo actor) {
        Button b = small(Messages.t("edit.correct"), VaadinIcon.EDIT);
        b.addClassName("rl-correct-position");
        b.setAriaLabel(Messages.t("edit.correct.aria", actor.name()));
        b.addClickListener(
                e -> PositionDialog.correct(curation, review, position.id(), actor.name(), EditActions::saved)
                        .open());
        return b;
    }

    /** History of a live entry; {@code frozenLink} turns a revision into a link to the view as it was then. */
    public Button history(PositionInfo position, ActorInfo actor, LongFunction<String> frozenLink) {
        Button b = small(Messages.t("history.button"), VaadinIcon.TIME_BACKWARD);
        b.addClassName("rl-position-history");
        b.setAriaLabel(Messages.t("history.button.aria", actor.name()));
        b.addClickListener(e -> new HistoryDialog(
                        Messages.t("history.position.heading", actor.name(), position.pointRef()),
                        history.ofPosition(position.id()),
                        frozenLink)
                .open());
        return b;
    }

    public Button editPoint(Catalog catalog, String plan, String ref) {
        Button b = small(Messages.t("edit.edit-point"), VaadinIcon.EDIT);
        b.setId("edit-point");
        b.addClickListener(
                e -> new PointDialog(curation, review, plan, ref, catalog.topics(), EditActions::saved).open());
        return b;
    }

    public Button pointHistory(String plan, String ref, LongFunction<String> frozenLink) {
        Button b = small(Messages.t("history.point.button"), VaadinIcon.TIME_BACKWARD);
        b.setId("point-history");
        b.addClickListener(e -> new HistoryDialog(
                        Messages.t("history.point.heading", ref, plan), history.ofPoint(plan, ref), frozenLink)
                .open());
        return b;
    }

    public Button addEvent(Catalog catalog) {
        Button b = new Button(Messages.t("edit.event.add"), VaadinIcon.PLUS.create());
        b.setId("add-event");
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        b.addClickListener(e ->
                EventDialog.add(review, catalog.actors(), EditActions::saved).open());
        return b;
    }

    public Button correctEvent(EventInfo event, Catalog catalog) {
        Button b = small(Messages.t("edit.correct"), VaadinIcon.EDIT);
        b.addClassName("rl-correct-event");
        b.setAriaLabel(Messages.t("edit.event.correct.aria", event.title()));
        b.addClickListener(e -> EventDialog.correct(curation, review, catalog.actors(), event.id(), EditActions::saved)
                .open());
        return b;
    }

    /** Asks first; refused with a message when someone changed or removed the event since the page showed it. */
    public Button deleteEvent(EventInfo event) {
        Button b = small(Messages.t("common.delete"), VaadinIcon.TRASH);
        b.addClassName("rl-delete-event");
        b.addThemeVariants(ButtonVariant.LUMO_ERROR);
        b.setAriaLabel(Messages.t("edit.event.delete.aria", event.title()));
        b.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    Messages.t("edit.event.delete.title"),
                    Messages.t("edit.event.delete.text", Messages.date(event.date()), event.title()),
                    Messages.t("common.delete"),
                    ok -> {
                        try {
                            saved(review.deleteEvent(event.id(), event.version()));
                        } catch (Drafts.EditConflictException ex) {
                            Notification n =
                                    Notification.show(Words.of(ex.reason()), 8000, Notification.Position.MIDDLE);
                            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                            UI.getCurrent().refreshCurrentRoute(false);
                        }
                    });
            confirm.setId("delete-event-confirm");
            confirm.setCancelable(true);
            confirm.setCancelText(Messages.t("common.cancel"));
            confirm.setConfirmButtonTheme("error primary"); // not-ui-text
            confirm.open();
        });
        return b;
    }

    public Button eventHistory(EventInfo event, LongFunction<String> frozenLink) {
        Button b = small(Messages.t("history.button"), VaadinIcon.TIME_BACKWARD);
        b.addClassName("rl-event-history");
        b.setAriaLabel(Messages.t("edit.event.history.aria", event.title()));
        b.addClickListener(e -> new HistoryDialog(
                        Messages.t("history.event.heading", Messages.date(event.date()), event.title()),
                        history.ofEvent(event.id()),
                        frozenLink)
                .open());
        return b;
    }

    private static Button small(String text, VaadinIcon icon) {
        Button b = new Button(text, icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /** After an administrator's save of a plan, party or topic (never reviewed): say so and show the view again. */
    public static void saved() {
        saved(Submission.published(null));
    }

    /**
     * After a save: say so (published, or sent for review), and show the view again with what is stored now.
     */
    public static void saved(Submission<?> submission) {
        Notification.show(
                Messages.t(submission.pending() ? "review.sent" : "edit.saved"),
                6000,
                Notification.Position.BOTTOM_START);
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
