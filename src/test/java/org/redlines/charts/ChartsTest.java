package org.redlines.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.charts.ui.AlignmentPresenter;
import org.redlines.charts.ui.ChartModel;
import org.redlines.charts.ui.ConvergencePresenter;
import org.redlines.charts.ui.StancesPresenter;
import org.redlines.charts.ui.TimelinePresenter;
import org.redlines.charts.ui.TopicsPresenter;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.EventKind;
import org.redlines.dataset.Stance;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Fixtures;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixEngine;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.PlanData;
import org.redlines.positions.PointPage;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.Trend;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each chart's numbers on the fixture dataset (plan P1, parties AA, BB, CC), without ECharts or a browser. */
class ChartsTest {

    private final Dataset fixture = Fixtures.matrixFixture();
    private final Catalog catalog = Fixtures.catalog(fixture);
    private final PlanData p1 = Fixtures.planData(fixture, "P1");
    private final MatrixFilter plan1 = MatrixFilter.NONE.withPlan("P1");

    private Matrix matrix(MatrixFilter filter) {
        return MatrixEngine.compute(p1, catalog, filter);
    }

    @Test
    void stance_counts_per_party_include_empty_cells_and_red_lines() {
        StancesChart.Counts counts = StancesChart.counts(matrix(plan1));
        assertThat(counts.refs().get("AA"))
                .isEqualTo(Map.of(
                        "supports",
                        List.of("4"),
                        "conditional",
                        List.of("2"),
                        "opposes",
                        List.of("1"),
                        "unclear",
                        List.of(),
                        "none",
                        List.of("3", "5")));
        assertThat(counts.refs().get("BB").get("opposes")).containsExactly("1", "3");
        assertThat(counts.refs().get("CC").get("unclear")).containsExactly("1");
        assertThat(counts.redLines()).isEqualTo(Map.of("AA", List.of("1"), "BB", List.of("3"), "CC", List.of()));
    }

    @Test
    void stance_counts_follow_the_date() {
        StancesChart.Counts counts = StancesChart.counts(matrix(plan1.withAsOf(LocalDate.of(2025, 2, 1))));
        assertThat(counts.refs().get("AA").get("supports")).containsExactly("1", "4");
        assertThat(counts.redLines().get("AA")).isEmpty();
    }

    @Test
    void the_stances_chart_table_and_links_carry_the_same_numbers() {
        ChartModel model = StancesPresenter.model(matrix(plan1), plan1, catalog);
        assertThat(model.table().header())
                .containsExactly("Party", "Supports", "Conditional", "Opposes", "Unclear", "No position", "Red lines");
        assertThat(model.table().rows().getFirst()).containsExactly("Alpha", "1", "1", "1", "0", "2", "1");
        JsonNode opposes = series(model, "Opposes");
        assertThat(opposes.get("data").get(1).get("value").intValue()).isEqualTo(2);
        assertThat(opposes.get("data").get(1).get("link").stringValue())
                .as("exactly the points behind the bar, with the user's filter")
                .isEqualTo("matrix?plan=P1&refs=1,3");
        assertThat(opposes.get("data").get(2).has("link"))
                .as("an empty segment leads nowhere")
                .isFalse();
        assertThat(opposes.get("data").get(1).get("tip").stringValue()).contains("points 1, 3");
        assertThat(model.summary()).contains("Across 5 points", "Bravo opposes the most (2)");
    }

    @Test
    void empty_sets_and_a_single_party_are_handled() {
        Matrix none = matrix(plan1.withQuery("nothing like this"));
        assertThat(StancesPresenter.model(none, plan1, catalog).emptyReason())
                .isEqualTo("No points match the filters.");
        assertThat(TopicsPresenter.model(none, plan1, catalog).emptyReason()).isEqualTo("No points match the filters.");
        ChartModel single = StancesPresenter.model(matrix(plan1.withActors(List.of("CC"))), plan1, catalog);
        assertThat(single.table().rows()).containsExactly(List.of("Charlie", "1", "1", "0", "1", "2", "0"));
        assertThat(TopicsChart.pushback(matrix(plan1.withActors(List.of("CC"))), catalog))
                .allSatisfy(c -> assertThat(c.actor().code()).isEqualTo("CC"));
    }

    @Test
    void pushback_follows_the_date() {
        List<TopicsChart.Cell> then = TopicsChart.pushback(matrix(plan1.withAsOf(LocalDate.of(2025, 2, 1))), catalog);
        TopicsChart.Cell aaLand = then.stream()
                .filter(c -> c.topic().code().equals("t1") && c.actor().code().equals("AA"))
                .findFirst()
                .orElseThrow();
        assertThat(aaLand.opposes()).as("Alpha opposed point 1 only from March").isEmpty();
        assertThat(aaLand.redLines()).isEmpty();
    }

    @Test
    void alignment_is_the_share_of_points_with_both_positions_where_they_agree() {
        List<AlignmentChart.Pair> pairs = AlignmentChart.pairs(matrix(plan1));
        AlignmentChart.Pair ab = pair(pairs, "AA", "BB");
        assertThat(ab.both()).containsExactly("1", "2");
        assertThat(ab.agree()).containsExactly("1");
        assertThat(ab.percent()).isEqualTo(50);
        assertThat(pair(pairs, "AA", "CC").percent()).isZero();
        assertThat(pair(pairs, "BB", "CC").both()).containsExactly("3");
        assertThat(pair(AlignmentChart.pairs(matrix(plan1.withAsOf(LocalDate.of(2025, 2, 1)))), "AA", "BB")
                        .agree())
                .isEmpty();
    }

    @Test
    void alignment_needs_two_parties_and_some_points() {
        assertThat(AlignmentPresenter.model(matrix(plan1.withActors(List.of("AA"))), plan1, catalog)
                        .emptyReason())
                .isEqualTo("Choose at least two parties to compare.");
        assertThat(AlignmentPresenter.model(matrix(plan1.withQuery("nothing like this")), plan1, catalog)
                        .emptyReason())
                .isEqualTo("No points match the filters.");
        AlignmentChart.Pair none =
                pair(AlignmentChart.pairs(matrix(plan1.withTopics(java.util.Set.of("t2")))), "BB", "CC");
        assertThat(none.both()).isEmpty();
        assertThat(none.percent()).isNull();
    }

    @Test
    void pushback_counts_opposition_and_red_lines_per_topic_and_party() {
        List<TopicsChart.Cell> cells = TopicsChart.pushback(matrix(plan1), catalog);
        TopicsChart.Cell bbLand = cells.stream()
                .filter(c -> c.topic().code().equals("t1") && c.actor().code().equals("BB"))
                .findFirst()
                .orElseThrow();
        assertThat(bbLand.points()).isEqualTo(3);
        assertThat(bbLand.opposes()).containsExactly("1", "3");
        assertThat(bbLand.redLines()).containsExactly("3");
        assertThat(cells)
                .filteredOn(c -> c.topic().code().equals("t2"))
                .allSatisfy(c -> assertThat(c.opposes()).isEmpty());
        ChartModel model = TopicsPresenter.model(matrix(plan1), plan1, catalog);
        assertThat(model.summary()).isEqualTo("Most pushback: Bravo on Land, opposing 2 of 3 points.");
        assertThat(model.table().rows()).hasSize(6);
    }

    @Test
    void convergence_is_weekly_from_the_first_to_the_last_dated_position() {
        List<ConvergenceChart.Week> weeks = ConvergenceChart.weeks(p1, catalog, plan1);
        assertThat(weeks.getFirst().date()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(weeks.getLast().date()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(weeks).hasSize(9);
        assertThat(weeks.getFirst().clashes()).isZero();
        assertThat(weeks.getLast().clashes()).isEqualTo(1);
        assertThat(weeks).allSatisfy(w -> assertThat(w.allAccept()).isZero());
        List<ConvergenceChart.Week> twoParties =
                ConvergenceChart.weeks(p1, catalog, plan1.withActors(List.of("AA", "BB")));
        ConvergenceChart.Week feb2 = twoParties.stream()
                .filter(w -> w.date().equals(LocalDate.of(2025, 2, 2)))
                .findFirst()
                .orElseThrow();
        assertThat(feb2.allAccept()).isEqualTo(1);
        assertThat(feb2.points()).isEqualTo(5);
        assertThat(feb2.percent()).isEqualTo(20);
    }

    @Test
    void convergence_keeps_one_set_of_points_stops_at_the_as_of_date_and_names_the_points() {
        List<ConvergenceChart.Week> weeks = ConvergenceChart.weeks(
                p1, catalog, plan1.withAsOf(LocalDate.of(2025, 2, 2)).withActors(List.of("AA", "BB")));
        assertThat(weeks.getLast().date()).isEqualTo(LocalDate.of(2025, 2, 2));
        assertThat(weeks.getLast().accepted()).containsExactly("2");
        assertThat(weeks).allSatisfy(w -> assertThat(w.points()).isEqualTo(5));
        List<ConvergenceChart.Week> redLines = ConvergenceChart.weeks(p1, catalog, plan1.withRedLineOnly(true));
        assertThat(redLines)
                .allSatisfy(w -> assertThat(w.points())
                        .as("the points red-lined today, every week")
                        .isEqualTo(2));
        assertThat(ConvergencePresenter.model(p1, catalog, plan1.withQuery("nothing like this"))
                        .emptyReason())
                .isEqualTo("No points match the filters.");
    }

    @Test
    void convergence_without_dated_positions_says_so() {
        PlanData undated = new PlanData(p1.plan(), p1.points(), List.of(), List.of());
        assertThat(ConvergencePresenter.model(undated, catalog, plan1).emptyReason())
                .isEqualTo("No dated positions on this plan's points.");
    }

    @Test
    void the_timeline_has_one_step_series_per_party_with_red_lines_marked() {
        PositionInfo first =
                new PositionInfo(1, "P1", "1", "AA", Stance.SUPPORTS, false, "yes", LocalDate.of(2025, 1, 5), 0, 1);
        PositionInfo later =
                new PositionInfo(2, "P1", "1", "AA", Stance.OPPOSES, true, "no", LocalDate.of(2025, 3, 1), 1, 1);
        PointPage page = new PointPage(
                p1.plan(),
                p1.points().getFirst(),
                List.of(),
                List.of(
                        new PointPage.ActorHistory(
                                new ActorInfo("AA", "Alpha"),
                                List.of(
                                        new PointPage.HistoryEntry(later, Trend.HARDENED, List.of()),
                                        new PointPage.HistoryEntry(first, Trend.FIRST, List.of()))),
                        new PointPage.ActorHistory(new ActorInfo("BB", "Bravo"), List.of())),
                List.of(),
                List.of());
        ChartModel model = TimelinePresenter.model(page, plan1, catalog);
        JsonNode alpha = series(model, "Alpha");
        assertThat(alpha.get("step").stringValue()).isEqualTo("end");
        assertThat(alpha.get("data").get(0).get("value").get(0).stringValue()).isEqualTo("2025-01-05");
        assertThat(alpha.get("data").get(1).get("value").get(1).intValue()).isEqualTo(1);
        assertThat(alpha.get("data").get(1).get("symbol").stringValue()).isEqualTo("diamond");
        assertThat(model.table().rows()).hasSize(2);
        assertThat(TimelinePresenter.model(page, plan1.withActors(List.of("BB")), catalog)
                        .emptyReason())
                .contains("No shown party");
        JsonNode before =
                series(TimelinePresenter.model(page, plan1.withAsOf(LocalDate.of(2025, 2, 1)), catalog), "Alpha");
        assertThat(before.get("data"))
                .as("entries after the as-of date are left out")
                .hasSize(1);
    }

    @Test
    void events_are_marked_on_the_convergence_axis_and_listed_in_its_table_and_summary() {
        EventInfo talks = event(LocalDate.of(2025, 1, 29), "Talks; in \"Geneva\", round 2", List.of("AA", "BB"));
        EventInfo tooLate = event(LocalDate.of(2026, 1, 1), "After the last week", List.of("AA"));
        ChartModel model = ConvergencePresenter.model(p1, catalog, plan1, List.of(talks, tooLate));
        assertThat(model.table().header()).last().isEqualTo("Events");
        List<String> week = model.table().rows().stream()
                .filter(r -> r.getFirst().equals("2025-02-02"))
                .findFirst()
                .orElseThrow();
        assertThat(week.getLast())
                .as("the event sits in the first week that ends on or after its day")
                .isEqualTo("2025-01-29 Talks: Talks; in \"Geneva\", round 2 (AA, BB)");
        assertThat(model.table().rows().stream().map(List::getLast)).noneMatch(c -> c.contains("After the last week"));
        JsonNode marks = series(model, "Points every shown party accepts (%)")
                .get("markLine")
                .get("data");
        assertThat(marks).hasSize(1);
        assertThat(marks.get(0).get("xAxis").stringValue()).isEqualTo("2025-02-02");
        assertThat(marks.get(0).get("name").stringValue()).isEqualTo(talks.title());
        assertThat(marks.get(0).get("tip").stringValue()).contains("Talks", talks.title());
        assertThat(model.summary()).contains("Events in this period: 1", talks.title());
        assertThat(series(
                                ConvergencePresenter.model(p1, catalog, plan1, List.of()),
                                "Points every shown party accepts (%)")
                        .has("markLine"))
                .as("no events, no marks")
                .isFalse();
    }

    @Test
    void the_timeline_marks_the_events_of_the_shown_parties_up_to_the_as_of_date() {
        PositionInfo first =
                new PositionInfo(1, "P1", "1", "AA", Stance.SUPPORTS, false, "yes", LocalDate.of(2025, 1, 5), 0, 1);
        PointPage page = new PointPage(
                p1.plan(),
                p1.points().getFirst(),
                List.of(),
                List.of(new PointPage.ActorHistory(
                        new ActorInfo("AA", "Alpha"),
                        List.of(new PointPage.HistoryEntry(first, Trend.FIRST, List.of())))),
                List.of(),
                List.of());
        EventInfo mine = event(LocalDate.of(2025, 2, 10), "Alpha's summit", List.of("AA", "CC"));
        EventInfo others = event(LocalDate.of(2025, 2, 11), "Charlie alone", List.of("CC"));
        ChartModel model = TimelinePresenter.model(page, plan1, catalog, List.of(mine, others));
        JsonNode marks = series(model, "Alpha").get("markLine").get("data");
        assertThat(marks).hasSize(1);
        assertThat(marks.get(0).get("xAxis").stringValue()).isEqualTo("2025-02-10");
        assertThat(model.table().rows())
                .anySatisfy(r -> assertThat(r).contains("Alpha's summit", "2025-02-10"))
                .noneSatisfy(r -> assertThat(r).contains("Charlie alone"));
        assertThat(model.summary()).contains("Events in this period: 1");
        ChartModel before =
                TimelinePresenter.model(page, plan1.withAsOf(LocalDate.of(2025, 2, 1)), catalog, List.of(mine));
        assertThat(series(before, "Alpha").has("markLine"))
                .as("an event after the as-of date is not shown")
                .isFalse();
    }

    private static EventInfo event(LocalDate date, String title, List<String> actors) {
        return new EventInfo(1, 0, date, title, EventKind.TALKS, actors, "summary", List.of());
    }

    private static AlignmentChart.Pair pair(List<AlignmentChart.Pair> pairs, String a, String b) {
        return pairs.stream()
                .filter(p -> p.a().code().equals(a) && p.b().code().equals(b))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode series(ChartModel model, String name) {
        JsonNode option = JsonMapper.builder().build().readTree(model.option());
        for (JsonNode s : option.get("series")) {
            if (s.get("name").stringValue().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no series " + name);
    }
}
