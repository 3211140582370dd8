package org.redlines.curation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.redlines.access.Role;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.DraftInfo;
import org.redlines.positions.Drafts;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.QueryReader;
import org.redlines.positions.ReviewService;
import org.redlines.positions.ReviewStatus;
import org.redlines.routes.Routes;
import org.redlines.ui.NoticeBox;
import org.redlines.ui.edit.DraftWords;

/**
 * The drafts waiting for review, oldest first, each with the published value beside the proposed one; filtered by
 * party and plan in the link ({@code actors}, {@code plans}). Another analyst or an administrator approves or rejects
 * with a reason; below, the reader's own changes with what their reviewers decided.
 */
@Route(Routes.REVIEW)
@RolesAllowed(Role.Names.ANALYST)
public class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ACTORS = "actors";
    static final String PLANS = "plans";

    private final ReviewService review;
    private final MatrixService matrices;
    private final String me;
    final MultiSelectComboBox<ActorInfo> actors = new MultiSelectComboBox<>(Messages.t("common.parties"));
    final MultiSelectComboBox<PlanInfo> plans = new MultiSelectComboBox<>(Messages.t("review.plans"));
    final Div pending = new Div();
    final Div mine = new Div();
    final NoticeBox notices = new NoticeBox();
    private Catalog catalog;
    private boolean showing;

    public ReviewView(ReviewService review, MatrixService matrices, AuthenticationContext auth) {
        this.review = review;
        this.matrices = matrices;
        this.me = auth.getPrincipalName().orElse("");
        addClassName("rl-page");
        setId("review-view");
        actors.setId("review-actors");
        actors.setItemLabelGenerator(ActorInfo::name);
        actors.setPlaceholder(Messages.t("common.all-parties"));
        plans.setId("review-plans");
        plans.setItemLabelGenerator(p -> p.code() + " · " + p.title());
        plans.setPlaceholder(Messages.t("review.all-plans"));
        actors.addValueChangeListener(e -> changed());
        plans.addValueChangeListener(e -> changed());
        pending.setId("review-pending");
        mine.setId("review-mine");
        Div filters = new Div(actors, plans);
        filters.addClassName("rl-filters");
        add(new H1(Messages.t("review.title")));
        if (!review.required()) {
            Paragraph off = new Paragraph(Messages.t("review.off"));
            off.setId("review-off");
            add(off);
        }
        add(notices, filters, new H2(Messages.t("review.pending")), pending, new H2(Messages.t("review.mine")), mine);
    }

    @Override
    public String getPageTitle() {
        return Messages.t("review.title") + " | " + Messages.t("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        catalog = matrices.catalog();
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        QueryReader in = new QueryReader(params);
        Set<String> actorCodes =
                new LinkedHashSet<>(in.codes(ACTORS, c -> catalog.actor(c).isPresent()));
        Set<String> planCodes =
                new LinkedHashSet<>(in.codes(PLANS, c -> catalog.plan(c).isPresent()));
        notices.show(in.notices());
        showing = true;
        try {
            actors.setItems(catalog.actors());
            plans.setItems(catalog.plansNewestFirst());
            actors.setValue(catalog.actors().stream()
                    .filter(a -> actorCodes.contains(a.code()))
                    .collect(Collectors.toSet()));
            plans.setValue(catalog.plansNewestFirst().stream()
                    .filter(p -> planCodes.contains(p.code()))
                    .collect(Collectors.toSet()));
        } finally {
            showing = false;
        }
        show(actorCodes, planCodes);
    }

    private void changed() {
        if (showing) {
            return;
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!actors.getValue().isEmpty()) {
            params.put(
                    ACTORS,
                    List.of(catalog.actors().stream()
                            .filter(actors.getValue()::contains)
                            .map(ActorInfo::code)
                            .collect(Collectors.joining(","))));
        }
        if (!plans.getValue().isEmpty()) {
            params.put(
                    PLANS,
                    List.of(plans.getValue().stream()
                            .map(PlanInfo::code)
                            .sorted()
                            .collect(Collectors.joining(","))));
        }
        UI.getCurrent().navigate(Routes.REVIEW, new QueryParameters(params));
    }

    private void show(Set<String> actorCodes, Set<String> planCodes) {
        pending.removeAll();
        List<DraftInfo> drafts = review.pending(actorCodes, planCodes);
        if (drafts.isEmpty()) {
            pending.add(new Paragraph(Messages.t("review.none")));
        }
        drafts.forEach(d -> pending.add(card(d, true)));
        mine.removeAll();
        List<DraftInfo> own = review.mine();
        if (own.isEmpty()) {
            mine.add(new Paragraph(Messages.t("review.mine-none")));
        }
        own.forEach(d -> mine.add(card(d, false)));
    }

    private Component card(DraftInfo d, boolean forReview) {
        Div card = new Div();
        card.addClassName("rl-draft");
        card.setId((forReview ? "draft-" : "mine-") + d.id());
        card.getElement().setAttribute("data-status", d.status().name().toLowerCase(java.util.Locale.ROOT));
        H3 heading = new H3(what(d));
        Span meta = new Span(Messages.t("review.by", d.author(), when(d.createdAt())));
        meta.addClassName("rl-draft-meta");
        card.add(heading, meta);
        if (d.conflict()) {
            Span conflict = new Span(Messages.t("review.conflict-badge"));
            conflict.addClassName("rl-draft-conflict");
            card.add(conflict);
        }
        if (d.status() == ReviewStatus.PENDING) {
            Div compare = new Div(
                    column(Messages.t("review.before"), DraftWords.describe(d.before()), "rl-draft-before"),
                    column(
                            Messages.t("review.after"),
                            d.after() == null ? Messages.t("review.removed") : DraftWords.describe(d.after()),
                            "rl-draft-after"));
            compare.addClassName("rl-draft-compare");
            card.add(compare);
        } else {
            card.add(column(Messages.t("review.after"), DraftWords.describe(d.after()), "rl-draft-after"));
            Paragraph outcome = new Paragraph(
                    d.status() == ReviewStatus.APPROVED
                            ? Messages.t(
                                    "review.approved-by", d.reviewer(), when(d.reviewedAt()), d.publishedRevision())
                            : Messages.t("review.rejected-by", d.reviewer(), when(d.reviewedAt()), d.reason()));
            outcome.addClassName("rl-draft-outcome");
            card.add(outcome);
        }
        if (forReview) {
            Button approve = new Button(Messages.t("review.approve"), e -> approve(d));
            approve.setId("approve-" + d.id());
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            if (d.author().equals(me)) {
                approve.setEnabled(false);
                approve.setTooltipText(Messages.t("review.own"));
            } else if (d.conflict()) {
                approve.setEnabled(false);
                approve.setTooltipText(Messages.t("review.conflict"));
            }
            Button reject =
                    new Button(Messages.t(d.author().equals(me) ? "review.withdraw" : "review.reject"), e -> reject(d));
            reject.setId("reject-" + d.id());
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div bar = new Div(approve, reject);
            bar.addClassName("rl-edit-actions");
            card.add(bar);
        }
        return card;
    }

    private static Div column(String title, String text, String className) {
        Div column = new Div(new Span(title), new Paragraph(text));
        column.addClassName(className);
        return column;
    }

    private void approve(DraftInfo d) {
        try {
            DraftInfo done = review.approve(d.id(), d.version());
            Notification.show(
                    Messages.t("review.approved", done.publishedRevision()), 5000, Notification.Position.BOTTOM_START);
        } catch (ReviewService.ReviewRefusedException ex) {
            error(Words.of(ex.reason()));
        } catch (Drafts.EditConflictException ex) {
            error(Words.of(ex.reason()));
        }
        UI.getCurrent().refreshCurrentRoute(false);
    }

    private void reject(DraftInfo d) {
        Dialog dialog = new Dialog(Messages.t("review.reject-title", what(d)));
        dialog.setId("reject-dialog");
        TextArea reason = new TextArea(Messages.t("review.reason"));
        reason.setId("reject-reason");
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button confirm = new Button(Messages.t(d.author().equals(me) ? "review.withdraw" : "review.reject"), e -> {
            try {
                review.reject(d.id(), d.version(), reason.getValue());
                dialog.close();
                Notification.show(Messages.t("review.rejected"), 5000, Notification.Position.BOTTOM_START);
                UI.getCurrent().refreshCurrentRoute(false);
            } catch (Drafts.InvalidDraftException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(
                        Words.of(ex.problems().values().iterator().next()));
            } catch (Drafts.EditConflictException ex) {
                dialog.close();
                error(Words.of(ex.reason()));
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(Messages.t("common.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** "Russia on point 4 of US-UA-20: new entry", "Point 4 of US-UA-20: text", "Event: correction". */
    private String what(DraftInfo d) {
        String actor = d.actor() == null
                ? ""
                : catalog.actor(d.actor()).map(ActorInfo::name).orElse(d.actor());
        return Messages.t("review.kind." + d.kind().code(), actor, d.ref(), d.plan());
    }

    private static String when(java.time.Instant at) {
        return at == null ? "" : Messages.dateTime(at);
    }
}
