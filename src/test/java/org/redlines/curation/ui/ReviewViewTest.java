package org.redlines.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redlines.SignedIn.call;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.dataset.Stance;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.ReviewService;
import org.redlines.positions.ReviewStatus;
import org.redlines.positions.SourceInfo;
import org.redlines.positions.Submission;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Review page as analysts see it, without a browser, with review required: a draft's author cannot approve it,
 * another analyst can; a draft whose published value changed since shows as a conflict and cannot be approved; the
 * party filter is in the link.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:review-view;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json",
            "redlines.review.required=true"
        })
@ViewPackages(packages = "org.redlines")
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewService review;

    private static final SourceInfo WIRE = new SourceInfo("Wire", null, "https://example.org/w", null, null);

    private ReviewView open(String query) {
        UI.getCurrent().navigate(ReviewView.class, QueryParameters.fromString(query));
        return (ReviewView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private Submission<?> draftBy(String author, String ref, String actor, String summary) {
        return call(
                author,
                Role.ANALYST,
                () -> review.addPosition(
                        "P1",
                        ref,
                        actor,
                        new PositionDraft(Stance.OPPOSES, false, summary, LocalDate.of(2026, 4, 1), List.of(WIRE))));
    }

    private static Div card(ReviewView view, long draft) {
        return (Div) view.pending
                .getChildren()
                .filter(c -> c.getId().orElse("").equals("draft-" + draft))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithMockUser(
            username = "anna",
            roles = {"VIEWER", "ANALYST"})
    void the_author_cannot_approve_but_sees_the_draft_with_before_and_after() {
        Submission<?> sent = draftBy("anna", "5", "BB", "Bravo says no to elections");
        ReviewView view = open("actors=BB");
        Div card = card(view, sent.draft());
        assertThat(card.getElement().getTextRecursively())
                .contains("Bravo on point 5 of P1: new entry", "by anna", "Published now", "nothing yet")
                .contains("Opposes", "Bravo says no to elections");
        assertThat($(Button.class, card).id("approve-" + sent.draft()).isEnabled())
                .isFalse();
        assertThat($(Button.class, card).id("reject-" + sent.draft()).getText()).isEqualTo("Withdraw");
        assertThat(open("actors=AA").pending.getElement().getTextRecursively())
                .as("the party filter, from the link")
                .doesNotContain("Bravo says no to elections");
    }

    @Test
    @WithMockUser(
            username = "boris",
            roles = {"VIEWER", "ANALYST"})
    void another_analyst_approves_and_a_conflict_cannot_be_approved() {
        Submission<?> first = draftBy("anna", "2", "CC", "Charlie opposes the fund");
        Submission<?> second = draftBy("carl", "2", "CC", "Charlie opposes the fund, other words");
        open("");
        test($(Button.class).id("approve-" + first.draft())).click();
        assertThat(call("anna", Role.ANALYST, review::mine))
                .anySatisfy(d -> assertThat(d.status()).isEqualTo(ReviewStatus.APPROVED));
        Div conflict = card(open(""), second.draft());
        assertThat(conflict.getElement().getTextRecursively())
                .contains("Conflict: the published value changed since")
                .contains("Charlie opposes the fund");
        assertThat($(Button.class, conflict).id("approve-" + second.draft()).isEnabled())
                .isFalse();
    }
}
