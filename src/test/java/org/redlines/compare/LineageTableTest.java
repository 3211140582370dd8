package org.redlines.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redlines.compare.LineageTable.Link;
import org.redlines.compare.LineageTable.PointKey;
import org.redlines.compare.LineageTable.Status;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.PointInfo;

class LineageTableTest {

    private static final PlanInfo A = new PlanInfo("A", "First", LocalDate.of(2025, 1, 1), null, null);
    private static final PlanInfo B = new PlanInfo("B", "Middle", LocalDate.of(2025, 2, 1), null, null);
    private static final PlanInfo C = new PlanInfo("C", "Last", LocalDate.of(2025, 3, 1), null, null);

    private static PointInfo point(String plan, String ref, int order, String summary, String topic) {
        return new PointInfo(plan, ref, order, "Title " + ref, summary, topic, topic, null);
    }

    private static Link link(String plan, String ref, String fromPlan, String fromRef) {
        return new Link(new PointKey(plan, ref), new PointKey(fromPlan, fromRef));
    }

    private final List<PointInfo> points = List.of(
            point("A", "1", 1, "Army capped at 600,000", "army"),
            point("A", "2", 2, "Elections in 100 days", "vote"),
            point("B", "1", 1, "Army capped at 800,000", "army"),
            point("C", "1", 1, "Army capped at 800,000 in peacetime", "army"),
            point("C", "2", 2, "New fund for reconstruction", "money"));
    private final List<Link> links = List.of(link("B", "1", "A", "1"), link("C", "1", "B", "1"));

    private static List<Status> statuses(LineageTable.Row row) {
        return row.cells().stream().map(LineageTable.Cell::status).toList();
    }

    @Test
    void rows_follow_lineage_and_mark_dropped_and_added_points() {
        LineageTable t = LineageTable.build(List.of(C, A, B), points, links, Set.of());
        assertThat(t.plans()).extracting(PlanInfo::code).containsExactly("A", "B", "C");
        assertThat(t.rows()).hasSize(3);
        assertThat(statuses(t.rows().get(0))).containsExactly(Status.ORIGIN, Status.CARRIED, Status.CARRIED);
        assertThat(statuses(t.rows().get(1))).containsExactly(Status.ORIGIN, Status.DROPPED, Status.DROPPED);
        assertThat(statuses(t.rows().get(2))).containsExactly(Status.ABSENT, Status.ABSENT, Status.ADDED);
    }

    @Test
    void carried_points_show_a_word_diff_against_the_previous_shown_version() {
        LineageTable t = LineageTable.build(List.of(A, B, C), points, links, Set.of());
        assertThat(t.rows().getFirst().cells().get(1).diff())
                .extracting(WordDiff.Segment::kind)
                .containsExactly(WordDiff.Kind.SAME, WordDiff.Kind.REMOVED, WordDiff.Kind.ADDED);
        assertThat(t.rows().getFirst().cells().get(2).diff().getLast())
                .isEqualTo(new WordDiff.Segment(WordDiff.Kind.ADDED, "in peacetime"));
    }

    @Test
    void lines_pass_through_plans_that_are_not_shown() {
        LineageTable t = LineageTable.build(List.of(A, C), points, links, Set.of());
        assertThat(statuses(t.rows().getFirst())).containsExactly(Status.ORIGIN, Status.CARRIED);
        assertThat(t.rows().getFirst().cells().get(1).diff())
                .extracting(WordDiff.Segment::text)
                .containsExactly("Army capped at", "600,000", "800,000 in peacetime");
    }

    @Test
    void the_topic_filter_keeps_lines_with_a_point_of_that_topic() {
        LineageTable t = LineageTable.build(List.of(A, B, C), points, links, Set.of("money"));
        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().getFirst().cells().get(2).points())
                .extracting(PointInfo::ref)
                .containsExactly("2");
    }

    @Test
    void a_point_merged_from_two_earlier_points_joins_their_lines() {
        List<Link> merged = List.of(link("B", "1", "A", "1"), link("B", "1", "A", "2"));
        LineageTable t = LineageTable.build(List.of(A, B), points, merged, Set.of());
        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().getFirst().cells().getFirst().points())
                .extracting(PointInfo::ref)
                .containsExactly("1", "2");
    }
}
