package org.redlines.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redlines.SignedIn.call;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.dataset.Stance;
import org.redlines.positions.Drafts.PositionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * The review rules with {@code redlines.review.required=true}, at the service that owns them: a draft changes
 * nothing that readers see, its author cannot approve it, another analyst publishes it in the author's name with the
 * reviewer noted, a rejection carries its reason to the author, and a draft over a value that changed since is a
 * conflict that is never applied. Each test works on a cell of its own of the fixture (plan P1).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:review;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json",
            "redlines.review.required=true"
        })
class ReviewServiceTest {

    @Autowired
    ReviewService review;

    @Autowired
    MatrixService matrices;

    @Autowired
    CurationService curation;

    @Autowired
    AuditLogService audit;

    @Autowired
    org.redlines.security.ApiTokenService tokens;

    @Autowired
    org.redlines.security.UserService users;

    @LocalServerPort
    int port;

    private static final SourceInfo WIRE = new SourceInfo("Wire", "Report", "https://example.org/r1", null, "B2");

    private PositionInfo shown(String ref, String actor) {
        Matrix m = matrices.open(Map.of("plan", List.of("P1"))).matrix();
        return m.rows().stream()
                .filter(r -> r.point().ref().equals(ref))
                .findFirst()
                .orElseThrow()
                .cell(actor);
    }

    private static PositionDraft opposes(String why) {
        return new PositionDraft(Stance.OPPOSES, true, why, LocalDate.of(2026, 5, 1), List.of(WIRE));
    }

    @Test
    void a_draft_changes_nothing_readers_see_until_another_analyst_approves_it() {
        PositionInfo before = shown("5", "AA");
        long revisionBefore = matrices.latestRevision();
        Submission<PositionInfo> sent =
                call("anna", Role.ANALYST, () -> review.addPosition("P1", "5", "AA", opposes("Alpha refuses now")));
        assertThat(sent.pending()).isTrue();
        assertThat(shown("5", "AA"))
                .as("the matrix still shows the published value")
                .isEqualTo(before);
        assertThat(matrices.latestRevision())
                .as("no revision is recorded for a draft")
                .isEqualTo(revisionBefore);

        DraftInfo draft = call("boris", Role.ANALYST, () -> review.pending(List.of(), List.of())).stream()
                .filter(d -> d.id() == sent.draft())
                .findFirst()
                .orElseThrow();
        assertThat(draft.author()).isEqualTo("anna");
        assertThat(draft.kind()).isEqualTo(ChangeKind.ADD_POSITION);
        assertThat(draft.conflict()).isFalse();
        assertThat(((PositionDraft) draft.after()).summary()).isEqualTo("Alpha refuses now");

        assertThatThrownBy(() -> call("anna", Role.ANALYST, () -> review.approve(draft.id(), draft.version())))
                .as("nobody approves their own change")
                .isInstanceOf(ReviewService.ReviewRefusedException.class);
        assertThatThrownBy(() -> call("vera", Role.VIEWER, () -> review.approve(draft.id(), draft.version())))
                .as("a viewer reviews nothing")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> call("vera", Role.VIEWER, () -> review.pending(List.of(), List.of())))
                .isInstanceOf(AccessDeniedException.class);

        DraftInfo approved = call("boris", Role.ANALYST, () -> review.approve(draft.id(), draft.version()));
        assertThat(approved.status()).isEqualTo(ReviewStatus.APPROVED);
        PositionInfo now = shown("5", "AA");
        assertThat(now.stance()).isEqualTo(Stance.OPPOSES);
        assertThat(now.summary()).isEqualTo("Alpha refuses now");

        RevisionInfo revision = call(
                        "admin", Role.ADMIN, () -> audit.audit(new AuditLogService.AuditFilter(null, null, null, null)))
                .stream()
                .map(AuditLogService.AuditEntry::revision)
                .filter(r -> r.number() == approved.publishedRevision())
                .findFirst()
                .orElseThrow();
        assertThat(revision.username()).as("the change is the author's").isEqualTo("anna");
        assertThat(revision.note()).isEqualTo("Approved by boris (review draft " + draft.id() + ")");

        assertThatThrownBy(() -> call("carl", Role.ANALYST, () -> review.approve(draft.id(), draft.version())))
                .as("a draft is reviewed once")
                .isInstanceOf(Drafts.EditConflictException.class);
    }

    @Test
    void a_rejection_carries_its_reason_to_the_author_and_publishes_nothing() {
        PositionInfo before = shown("3", "CC");
        Submission<PositionInfo> sent =
                call("anna", Role.ANALYST, () -> review.addPosition("P1", "3", "CC", opposes("Charlie hardens")));
        assertThatThrownBy(() -> call("boris", Role.ANALYST, () -> review.reject(sent.draft(), 0, " ")))
                .isInstanceOf(Drafts.InvalidDraftException.class);
        call("boris", Role.ANALYST, () -> review.reject(sent.draft(), 0, "The source does not say that."));
        assertThat(shown("3", "CC")).isEqualTo(before);
        DraftInfo mine = call("anna", Role.ANALYST, () -> review.mine()).stream()
                .filter(d -> d.id() == sent.draft())
                .findFirst()
                .orElseThrow();
        assertThat(mine.status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(mine.reviewer()).isEqualTo("boris");
        assertThat(mine.reason()).isEqualTo("The source does not say that.");
        assertThat(call("boris", Role.ANALYST, () -> review.pending(List.of(), List.of())))
                .noneMatch(d -> d.id() == sent.draft());
    }

    @Test
    void a_draft_over_a_value_that_changed_since_is_a_conflict_and_is_never_applied() {
        PositionInfo published = shown("4", "AA");
        CurationService.PositionEdit stored =
                call("anna", Role.ANALYST, () -> curation.positionForEdit(published.id()));
        Submission<PositionInfo> correction = call(
                "anna",
                Role.ANALYST,
                () -> review.correctPosition(published.id(), stored.version(), opposes("Alpha's words, corrected")));
        Submission<PositionInfo> newer =
                call("carl", Role.ANALYST, () -> review.addPosition("P1", "4", "AA", opposes("Alpha, newer")));
        call("boris", Role.ANALYST, () -> review.approve(newer.draft(), 0));

        DraftInfo stale = call("boris", Role.ANALYST, () -> review.pending(List.of("AA"), List.of("P1"))).stream()
                .filter(d -> d.id() == correction.draft())
                .findFirst()
                .orElseThrow();
        assertThat(stale.conflict())
                .as("the cell shows a newer entry than the one the correction was made over")
                .isFalse();

        // A second correction of the same entry: once the first is published, the second is made over an old version.
        Submission<PositionInfo> second = call(
                "carl",
                Role.ANALYST,
                () -> review.correctPosition(published.id(), stored.version(), opposes("Alpha's words, other fix")));
        call("boris", Role.ANALYST, () -> review.approve(correction.draft(), 0));
        DraftInfo conflicting = call("boris", Role.ANALYST, () -> review.pending(List.of("AA"), List.of())).stream()
                .filter(d -> d.id() == second.draft())
                .findFirst()
                .orElseThrow();
        assertThat(conflicting.conflict()).isTrue();
        assertThat(((PositionDraft) conflicting.before()).summary()).isEqualTo("Alpha's words, corrected");
        assertThatThrownBy(() -> call("boris", Role.ANALYST, () -> review.approve(second.draft(), 0)))
                .isInstanceOf(Drafts.EditConflictException.class);
        assertThat(call("anna", Role.ANALYST, () -> curation.positionForEdit(published.id()))
                        .draft()
                        .summary())
                .as("the conflicting draft was not applied")
                .isEqualTo("Alpha's words, corrected");
    }

    @Test
    void a_bad_draft_is_refused_at_once_as_without_review() {
        assertThatThrownBy(() -> call(
                        "anna",
                        Role.ANALYST,
                        () -> review.addPosition(
                                "P1", "2", "AA", new PositionDraft(Stance.OPPOSES, false, "", null, List.of()))))
                .isInstanceOf(Drafts.InvalidDraftException.class);
    }

    /** A script's write over HTTP with review required: 202 with the draft's number, and nothing published yet. */
    @Test
    void an_api_write_becomes_a_draft_and_says_so() throws Exception {
        call("admin", Role.ADMIN, () -> {
            if (users.list().stream().noneMatch(u -> u.username().equals("scripter"))) {
                users.create("scripter", "a-long-password-1", Role.ANALYST);
            }
            return null;
        });
        String token = call(
                        "scripter",
                        Role.ANALYST,
                        () -> tokens.create(
                                "s", org.redlines.security.ApiTokenInfo.Scope.WRITE, java.time.Duration.ofDays(1)))
                .text();
        PositionInfo before = shown("2", "CC");
        var response = new org.redlines.ApiClient(port).send("POST", "api/v1/positions", token, """
                        {"plan": "P1", "ref": "2", "actor": "CC", "stance": "opposes", "asOf": "2026-05-02",
                         "summary": "Charlie refuses the fund", "sources": [{"publisher": "Wire",
                         "url": "https://example.org/c2"}]}
                        """);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.body()).contains("\"status\":\"pending-review\"").contains("\"draft\":");
        assertThat(shown("2", "CC")).isEqualTo(before);
        assertThat(call("boris", Role.ANALYST, () -> review.pending(List.of("CC"), List.of())))
                .anySatisfy(d -> {
                    assertThat(d.author()).isEqualTo("scripter");
                    assertThat(((PositionDraft) d.after()).summary()).isEqualTo("Charlie refuses the fund");
                });
    }
}
