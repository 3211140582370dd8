package org.redlines.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.Stance;

/** The filter semantics of the URL contract, on the small fixture dataset (plan P1, parties AA, BB, CC). */
class MatrixEngineTest {

    private final Dataset fixture = Fixtures.matrixFixture();
    private final Catalog catalog = Fixtures.catalog(fixture);
    private final PlanData p1 = Fixtures.planData(fixture, "P1");

    private Matrix compute(MatrixFilter filter) {
        return MatrixEngine.compute(p1, catalog, filter);
    }

    private List<String> refs(MatrixFilter filter) {
        return compute(filter).rows().stream().map(r -> r.point().ref()).toList();
    }

    private static MatrixFilter plan1() {
        return MatrixFilter.NONE.withPlan("P1");
    }

    @Test
    void without_filters_every_point_is_shown_in_order_with_every_party() {
        Matrix m = compute(plan1());
        assertThat(m.rows()).extracting(r -> r.point().ref()).containsExactly("1", "2", "3", "4", "5");
        assertThat(m.actors()).extracting(ActorInfo::code).containsExactly("AA", "BB", "CC");
    }

    @Test
    void a_cell_shows_the_newest_position_and_an_empty_cell_stays_empty() {
        Matrix m = compute(plan1());
        Matrix.Row border = m.rows().getFirst();
        assertThat(border.cell("AA").stance()).isEqualTo(Stance.OPPOSES);
        assertThat(border.cell("AA").redLine()).isTrue();
        assertThat(border.cell("AA").sourceCount()).isEqualTo(2);
        assertThat(border.cell("CC").stance()).isEqualTo(Stance.UNCLEAR);
        assertThat(m.rows().get(2).cell("AA")).isNull();
        assertThat(m.rows().get(4).cells()).isEmpty();
    }

    @Test
    void topics_keep_points_of_those_topics() {
        assertThat(refs(plan1().withTopics(Set.of("t1")))).containsExactly("1", "3", "5");
        assertThat(refs(plan1().withTopics(Set.of("t1", "t2")))).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void stances_keep_points_where_a_shown_party_holds_one_of_them() {
        assertThat(refs(plan1().withStances(Set.of(Stance.OPPOSES)))).containsExactly("1", "3");
        assertThat(refs(plan1().withStances(Set.of(Stance.CONDITIONAL)))).containsExactly("2", "4");
        assertThat(refs(plan1().withStances(Set.of(Stance.UNCLEAR)))).containsExactly("1");
        assertThat(refs(plan1().withStances(Set.of(Stance.UNCLEAR, Stance.CONDITIONAL))))
                .containsExactly("1", "2", "4");
    }

    @Test
    void red_line_keeps_points_where_a_shown_party_draws_one() {
        assertThat(refs(plan1().withRedLineOnly(true))).containsExactly("1", "3");
    }

    @Test
    void contested_needs_acceptance_and_opposition_among_the_shown_parties() {
        assertThat(refs(plan1().withContestedOnly(true))).containsExactly("3");
        assertThat(refs(plan1().withContestedOnly(true).withActors(List.of("AA", "BB"))))
                .isEmpty();
    }

    @Test
    void actors_limit_the_columns_and_the_cells_the_other_filters_judge() {
        Matrix m = compute(plan1().withActors(List.of("CC", "BB")));
        assertThat(m.actors()).extracting(ActorInfo::code).containsExactly("BB", "CC");
        assertThat(m.rows().getFirst().cells()).containsOnlyKeys("BB", "CC");
        assertThat(refs(plan1().withActors(List.of("BB", "CC")).withRedLineOnly(true)))
                .containsExactly("3");
        assertThat(refs(plan1().withActors(List.of("AA")).withStances(Set.of(Stance.CONDITIONAL))))
                .containsExactly("2");
    }

    @Test
    void text_search_matches_ref_title_summary_and_shown_position_summaries_ignoring_case() {
        assertThat(refs(plan1().withQuery("fund"))).containsExactly("2");
        assertThat(refs(plan1().withQuery("FROZEN"))).containsExactly("2");
        assertThat(refs(plan1().withQuery("frozen").withActors(List.of("BB")))).isEmpty();
        assertThat(refs(plan1().withQuery("tariff"))).containsExactly("4");
        assertThat(refs(plan1().withQuery("3"))).containsExactly("3");
        assertThat(refs(plan1().withQuery("no such words"))).isEmpty();
    }

    @Test
    void as_of_shows_each_cell_as_it_stood_that_day() {
        Matrix m = compute(plan1().withAsOf(LocalDate.of(2025, 2, 1)));
        Matrix.Row border = m.rows().getFirst();
        assertThat(border.cell("AA").stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(border.cell("AA").redLine()).isFalse();
        Matrix.Row trade = m.rows().get(3);
        assertThat(trade.cell("AA").stance())
                .as("an undated position counts from the start")
                .isEqualTo(Stance.SUPPORTS);
        assertThat(trade.cell("CC"))
                .as("a position dated later is not yet known")
                .isNull();
        assertThat(m.rows().get(1).cell("BB").stance())
                .as("a position dated that day counts")
                .isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void the_other_filters_judge_the_cells_as_of_the_date() {
        LocalDate feb1 = LocalDate.of(2025, 2, 1);
        assertThat(refs(plan1().withAsOf(feb1).withContestedOnly(true))).containsExactly("1", "3");
        assertThat(refs(plan1().withAsOf(feb1).withRedLineOnly(true))).containsExactly("3");
        assertThat(refs(plan1().withAsOf(LocalDate.of(2025, 1, 1)).withStances(Set.of(Stance.SUPPORTS))))
                .containsExactly("4");
        assertThat(refs(plan1().withAsOf(LocalDate.of(2025, 1, 10)).withQuery("never")))
                .isEmpty();
        assertThat(refs(plan1().withAsOf(LocalDate.of(2024, 12, 31)).withStances(Set.of(Stance.OPPOSES))))
                .isEmpty();
    }

    @Test
    void refs_keep_exactly_those_points_and_combine_with_the_other_filters() {
        assertThat(refs(plan1().withRefs(Set.of("4", "1")))).containsExactly("1", "4");
        assertThat(refs(plan1().withRefs(Set.of("4", "1")).withRedLineOnly(true)))
                .containsExactly("1");
    }

    @Test
    void filters_combine_with_and() {
        MatrixFilter f = plan1().withTopics(Set.of("t1"))
                .withStances(Set.of(Stance.OPPOSES))
                .withRedLineOnly(true);
        assertThat(refs(f)).containsExactly("1", "3");
        assertThat(refs(f.withActors(List.of("BB")))).containsExactly("3");
        assertThat(refs(f.withQuery("border"))).containsExactly("1");
        assertThat(refs(f.withTopics(Set.of("t2")))).isEmpty();
    }

    @Test
    void plan_stances_follow_the_shown_parties_and_the_date() {
        Matrix m = compute(plan1());
        assertThat(m.planStances()).containsOnlyKeys("AA", "BB");
        assertThat(m.planStances().get("BB").redLine()).isTrue();
        assertThat(compute(plan1().withAsOf(LocalDate.of(2025, 1, 2))).planStances())
                .containsOnlyKeys("AA");
        assertThat(compute(plan1().withActors(List.of("BB"))).planStances()).containsOnlyKeys("BB");
    }

    @Test
    void the_selected_point_is_kept_even_when_the_filter_hides_it() {
        Matrix m = compute(plan1().withTopics(Set.of("t2")).withPoint("1"));
        assertThat(m.rows()).extracting(r -> r.point().ref()).containsExactly("2", "4");
        assertThat(m.selected())
                .hasValueSatisfying(r -> assertThat(r.point().ref()).isEqualTo("1"));
        assertThat(compute(plan1()).selected()).isEmpty();
    }

    @Test
    void the_default_plan_is_the_newest() {
        assertThat(catalog.defaultPlan())
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("P2"));
        assertThat(catalog.plansNewestFirst()).extracting(PlanInfo::code).containsExactly("P2", "P1");
    }

    @Test
    void stale_marks_cells_dated_more_than_n_days_before_the_reference_day_and_undated_ones() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        Matrix m = compute(plan1().withAsOf(day).withStale(30, false));
        assertThat(refs(plan1().withAsOf(day).withStale(30, false)))
                .as("stale alone hides nothing")
                .containsExactly("1", "2", "3", "4", "5");
        Matrix.Row one = m.rows().getFirst();
        assertThat(m.isStale(one.cell("AA")))
                .as("AA on 1: 2025-03-01, the reference day")
                .isFalse();
        assertThat(m.isStale(one.cell("BB")))
                .as("BB on 1: 2025-01-10, 50 days before")
                .isTrue();
        assertThat(m.isStale(one.cell("CC"))).as("CC on 1: undated").isTrue();
        assertThat(m.isStale(one.cell("ZZ"))).as("an empty cell is never stale").isFalse();
        Matrix.Row two = m.rows().get(1);
        assertThat(m.isStale(two.cell("BB")))
                .as("BB on 2: 2025-02-01, 28 days before")
                .isFalse();
        assertThat(compute(plan1().withAsOf(day)).isStale(one.cell("BB")))
                .as("no stale=N, nothing stale")
                .isFalse();
    }

    @Test
    void stale_only_keeps_rows_with_a_stale_shown_cell_and_combines_with_the_other_filters() {
        LocalDate march = LocalDate.of(2025, 3, 1);
        assertThat(refs(plan1().withAsOf(march).withStale(30, true))).containsExactly("1", "2", "3", "4");
        assertThat(refs(plan1().withAsOf(march).withStale(60, true)))
                .as("only undated cells are older than 60 days")
                .containsExactly("1", "4");
        assertThat(refs(plan1().withAsOf(LocalDate.of(2025, 2, 1)).withStale(20, true)))
                .as("as of 1 February, 3's entries are 12 days old and 4's CC entry does not exist yet")
                .containsExactly("1", "2", "4");
        assertThat(refs(plan1().withAsOf(march).withStale(30, true).withRedLineOnly(true)))
                .containsExactly("1", "3");
        assertThat(refs(plan1().withAsOf(march).withStale(60, true).withRedLineOnly(true)))
                .containsExactly("1");
        assertThat(refs(plan1().withAsOf(march).withStale(30, true).withActors(List.of("BB"))))
                .as("only the shown parties' cells count")
                .containsExactly("1", "3");
    }
}
