package org.redlines.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.Stance;
import org.redlines.positions.Drafts.EditConflictException;
import org.redlines.positions.Drafts.InvalidDraftException;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.ui.edit.HistoryWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** Editing on the seeded dataset, in a database of its own: roles, validation, conflicts, history, frozen links. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:curation-test;DB_CLOSE_DELAY=-1")
@DirtiesContext
class CurationServiceTest {

    private static final SourceInfo SOURCE = new SourceInfo(
            "Reuters", "Talks resume", "https://www.reuters.com/world/example", LocalDate.of(2026, 3, 10));

    @Autowired
    CurationService curation;

    @Autowired
    MatrixService matrices;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    private PositionInfo cell(Map<String, List<String>> params, String ref, String actor) {
        MatrixPage page = matrices.open(params);
        return page.matrix().rows().stream()
                .filter(r -> r.point().ref().equals(ref))
                .findFirst()
                .orElseThrow()
                .cell(actor);
    }

    private int entries() {
        return jdbc.queryForObject("select count(*) from position_entry", Integer.class);
    }

    @Test
    void anonymous_users_cannot_write() {
        assertThatThrownBy(() -> curation.addPosition(
                        "US-UA-20",
                        "4",
                        "RU",
                        new PositionDraft(Stance.SUPPORTS, false, "x", LocalDate.of(2026, 3, 1), List.of(SOURCE))))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "vera", roles = "VIEWER")
    void viewers_cannot_write_and_analysts_cannot_do_what_admins_do() {
        int before = entries();
        assertThatThrownBy(() -> curation.addPosition(
                        "US-UA-20",
                        "4",
                        "RU",
                        new PositionDraft(Stance.SUPPORTS, false, "x", LocalDate.of(2026, 3, 1), List.of(SOURCE))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curation.positionForEdit(1)).isInstanceOf(AccessDeniedException.class);
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    @WithMockUser(
            username = "ana",
            roles = {"VIEWER", "ANALYST"})
    void analysts_cannot_rename_a_party() {
        assertThatThrownBy(() -> curation.renameActor("RU", 0, "Russia")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(
            username = "ana",
            roles = {"VIEWER", "ANALYST"})
    void invalid_input_is_refused_field_by_field_and_nothing_is_written() {
        int before = entries();
        assertThatThrownBy(() -> curation.addPosition(
                        "US-UA-20",
                        "4",
                        "RU",
                        new PositionDraft(
                                Stance.OPPOSES,
                                true,
                                " ",
                                null,
                                List.of(new SourceInfo("X", null, "javascript:alert(1)", null)))))
                .isInstanceOfSatisfying(
                        InvalidDraftException.class,
                        e -> assertThat(e.problems()).containsKeys("summary", "asOf", "sources"));
        assertThatThrownBy(() -> curation.addPosition(
                        "US-UA-20",
                        "4",
                        "RU",
                        new PositionDraft(Stance.OPPOSES, true, "No sources", LocalDate.of(2026, 3, 1), List.of())))
                .isInstanceOfSatisfying(
                        InvalidDraftException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("sources"));
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    @WithMockUser(
            username = "ana",
            roles = {"VIEWER", "ANALYST"})
    void a_new_position_shows_in_the_matrix_is_attributed_and_a_frozen_link_still_shows_the_old_one() {
        Map<String, List<String>> live = Map.of("plan", List.of("US-UA-20"));
        PositionInfo old = cell(live, "4", "RU");
        long frozenAt = matrices.latestRevision();

        PositionInfo added = curation.addPosition(
                "US-UA-20",
                "4",
                "RU",
                new PositionDraft(
                        Stance.CONDITIONAL,
                        false,
                        "Would accept a cap with guarantees",
                        LocalDate.now(),
                        List.of(SOURCE)));

        assertThat(cell(live, "4", "RU").summary()).isEqualTo("Would accept a cap with guarantees");
        assertThat(cell(live, "4", "RU").stance()).isEqualTo(Stance.CONDITIONAL);
        Map<String, List<String>> frozen =
                Map.of("plan", List.of("US-UA-20"), "rev", List.of(String.valueOf(frozenAt)));
        assertThat(cell(frozen, "4", "RU").summary()).isEqualTo(old.summary());
        assertThat(cell(frozen, "4", "RU").stance()).isEqualTo(old.stance());
        assertThat(matrices.open(frozen).catalog().frozen().number()).isEqualTo(frozenAt);

        List<HistoryService.HistoryItem> items = history.ofPosition(added.id());
        assertThat(items).hasSize(1);
        assertThat(items.getFirst().kind()).isEqualTo(HistoryService.Kind.ADDED);
        assertThat(items.getFirst().revision().username()).isEqualTo("ana");
        assertThat(items.getFirst().revision().number()).isEqualTo(frozenAt + 1);
        assertThat(items.getFirst().changes())
                .extracting(c -> HistoryWords.field(c.field()))
                .contains("Stance", "Summary", "Sources");
    }

    @Test
    @WithMockUser(
            username = "ana",
            roles = {"VIEWER", "ANALYST"})
    void the_second_of_two_concurrent_corrections_is_refused_with_what_changed() {
        PositionInfo target = cell(Map.of("plan", List.of("US-28")), "1", "UA");
        CurationService.PositionEdit mine = curation.positionForEdit(target.id());
        CurationService.PositionEdit theirs = curation.positionForEdit(target.id());

        PositionDraft first = new PositionDraft(
                theirs.draft().stance(),
                theirs.draft().redLine(),
                "Corrected first",
                theirs.draft().asOf(),
                theirs.draft().sources());
        curation.correctPosition(theirs.id(), theirs.version(), first);

        PositionDraft second = new PositionDraft(
                mine.draft().stance(),
                mine.draft().redLine(),
                "Corrected second",
                mine.draft().asOf(),
                mine.draft().sources());
        assertThatThrownBy(() -> curation.correctPosition(mine.id(), mine.version(), second))
                .isInstanceOfSatisfying(
                        EditConflictException.class,
                        e -> assertThat(((CurationService.PositionEdit) e.current())
                                        .draft()
                                        .summary())
                                .isEqualTo("Corrected first"));
        assertThat(curation.positionForEdit(target.id()).draft().summary()).isEqualTo("Corrected first");

        List<HistoryService.HistoryItem> items = history.ofPosition(target.id());
        assertThat(items.getFirst().kind()).isEqualTo(HistoryService.Kind.CHANGED);
        assertThat(items.getFirst().changes())
                .extracting(c -> new HistoryService.FieldChange(HistoryWords.field(c.field()), c.before(), c.after()))
                .containsExactly(new HistoryService.FieldChange("Summary", target.summary(), "Corrected first"));
        assertThat(items.getLast().kind()).isEqualTo(HistoryService.Kind.ADDED);
        assertThat(items.getLast().revision().username()).isEqualTo("system");
    }

    @Autowired
    PointService points;

    @Test
    @WithMockUser(
            username = "ada",
            roles = {"VIEWER", "ANALYST", "ADMIN"})
    void a_new_plan_based_on_another_starts_with_its_points_each_derived_from_the_one_it_copies() {
        int before = matrices.catalog().refsByPlan().get("US-UA-20").size();
        assertThatThrownBy(() -> curation.addPlan(
                        new Drafts.PlanDraft("US-UA-20", "Again", LocalDate.of(2026, 1, 5), null, null), null))
                .isInstanceOfSatisfying(
                        InvalidDraftException.class,
                        e -> assertThat(e.problems()).containsKey("code"));
        assertThatThrownBy(() -> curation.addPlan(
                        new Drafts.PlanDraft("US-UA-21", "Too early", LocalDate.of(2025, 1, 5), null, null),
                        "US-UA-20"))
                .isInstanceOf(InvalidDraftException.class);

        curation.addPlan(
                new Drafts.PlanDraft("US-UA-21", "Revised framework", LocalDate.of(2026, 1, 5), null, null),
                "US-UA-20");

        Catalog catalog = matrices.catalog();
        assertThat(catalog.refsByPlan().get("US-UA-21")).hasSize(before);
        assertThat(catalog.defaultPlan().orElseThrow().code()).isEqualTo("US-UA-21");
        PointPage copy = points.page(catalog, "US-UA-21", "4").orElseThrow();
        assertThat(copy.derivedFrom())
                .extracting(l -> l.plan().code() + "/" + l.point().ref())
                .containsExactly("US-UA-20/4");
        assertThat(copy.actors()).allSatisfy(a -> assertThat(a.entries()).isEmpty());
    }
}
