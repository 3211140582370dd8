package org.redlines.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.Grade;

/**
 * {@code minGrade} and {@code weakOnly} (issue 19) on the graded fixture: a shown cell is weakly sourced when it
 * takes a side and no source of its entry meets the threshold; ungraded sources meet none; empty and unclear cells
 * never are. On plan P1, Alpha's current entry on point 1 cites B2 and A1; every other entry is ungraded, and
 * Charlie is unclear on point 1.
 */
class WeakSourcingTest {

    private final Dataset dataset = Fixtures.dataset("graded-fixture.json");
    private final Catalog catalog = Fixtures.catalog(dataset);
    private final PlanData p1 = Fixtures.planData(dataset, "P1");

    private Matrix open(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.computeIfAbsent(kv[0], k -> new java.util.ArrayList<>()).add(kv[1]);
        }
        MatrixParams.Parsed parsed = MatrixParams.parse(params, catalog);
        assertThat(parsed.notices()).isEmpty();
        return MatrixEngine.compute(p1, catalog, parsed.filter());
    }

    private static List<String> refs(Matrix m) {
        return m.rows().stream().map(r -> r.point().ref()).toList();
    }

    private static String weakCells(Matrix m) {
        StringBuilder out = new StringBuilder();
        for (Matrix.Row row : m.rows()) {
            for (ActorInfo actor : m.actors()) {
                if (m.isWeak(row.cell(actor.code()))) {
                    out.append(row.point().ref()).append(actor.code()).append(' ');
                }
            }
        }
        return out.toString().strip();
    }

    @Test
    void a_cell_is_weak_when_none_of_its_sources_meets_the_threshold() {
        Matrix b3 = open("plan=P1&minGrade=B3");
        assertThat(refs(b3)).as("marking alone hides no row").containsExactly("1", "2", "3", "4", "5");
        assertThat(weakCells(b3))
                .as("1AA cites B2 (meets B3); 1CC is unclear; point 5 has no entries")
                .isEqualTo("1BB 2AA 2BB 3BB 3CC 4AA 4CC");

        assertThat(weakCells(open("plan=P1&minGrade=A2")))
                .as("A1 meets A2 although B2 does not: one source that meets is enough")
                .startsWith("1BB ");
        assertThat(weakCells(open("plan=P1&minGrade=A1"))).startsWith("1BB ");
        assertThat(open("plan=P1&minGrade=F6").isWeak(p1.positions().get(0)))
                .as("an ungraded source meets no threshold, not even F6")
                .isTrue();
        assertThat(weakCells(open("plan=P1"))).as("no minGrade, no mark").isEmpty();
    }

    @Test
    void weak_only_keeps_rows_with_a_weak_shown_cell_and_ands_with_the_other_filters() {
        assertThat(refs(open("plan=P1&minGrade=B3&weakOnly=true"))).containsExactly("1", "2", "3", "4");
        assertThat(refs(open("plan=P1&actors=AA&minGrade=B3&weakOnly=true")))
                .as("Alpha's graded entry on 1 is not weak; Alpha has no entry on 3 or 5")
                .containsExactly("2", "4");
        assertThat(refs(open("plan=P1&actors=AA&minGrade=B3&weakOnly=true&asOf=2025-02-01")))
                .as("as of February Alpha's entry on 1 was the ungraded 'supports'")
                .containsExactly("1", "2", "4");
        assertThat(refs(open("plan=P1&actors=AA&minGrade=B3&weakOnly=true&topics=t2")))
                .containsExactly("2", "4");
        assertThat(refs(open("plan=P1&actors=AA,CC&minGrade=B3&weakOnly=true&redline=true")))
                .as("point 1 has Alpha's red line but no weak Alpha or Charlie cell")
                .isEmpty();
    }

    @Test
    void bad_values_are_dropped_with_a_notice_and_the_link_round_trips() {
        MatrixParams.Parsed bad = MatrixParams.parse(
                Map.of("plan", List.of("P1"), "minGrade", List.of("Z9"), "weakOnly", List.of("true")), catalog);
        assertThat(bad.filter().minGrade()).isNull();
        assertThat(bad.filter().weakOnly()).isFalse();
        assertThat(bad.notices())
                .containsExactly(
                        Notice.of(Notice.UNKNOWN, MatrixParams.MIN_GRADE, "Z9"),
                        Notice.of(Notice.NEEDS, MatrixParams.WEAK_ONLY, MatrixParams.MIN_GRADE));

        MatrixParams.Parsed lower = MatrixParams.parse(
                Map.of("plan", List.of("P1"), "minGrade", List.of("b3"), "weakOnly", List.of("true")), catalog);
        assertThat(lower.filter().minGrade()).isEqualTo(new Grade('B', 3));
        Map<String, List<String>> written = MatrixParams.toParameters(lower.filter(), catalog);
        assertThat(written).containsEntry("minGrade", List.of("B3")).containsEntry("weakOnly", List.of("true"));
        assertThat(MatrixParams.parse(written, catalog).filter()).isEqualTo(lower.filter());
        assertThat(lower.filter().withMinGrade(null, true).weakOnly())
                .as("weakOnly never stands without its threshold")
                .isFalse();
    }
}
