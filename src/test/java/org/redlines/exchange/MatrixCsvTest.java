package org.redlines.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.Dataset;
import org.redlines.positions.Fixtures;
import org.redlines.positions.MatrixEngine;
import org.redlines.positions.MatrixFilter;

class MatrixCsvTest {

    private final Dataset fixture = Fixtures.matrixFixture();

    @Test
    void writes_a_header_and_one_row_per_shown_point_with_stance_and_red_line_per_shown_party() {
        String csv = MatrixCsv.write(MatrixEngine.compute(
                Fixtures.planData(fixture, "P1"),
                Fixtures.catalog(fixture),
                MatrixFilter.NONE.withPlan("P1").withActors(List.of("AA", "CC")).withRedLineOnly(true)));
        assertThat(csv).isEqualTo("""
                ref,title,topic,AA.stance,AA.redline,AA.asOf,CC.stance,CC.redline,CC.asOf\r
                1,Border line,t1,opposes,true,2025-03-01,unclear,false,\r
                """);
    }

    @Test
    void empty_cells_have_an_empty_stance() {
        String csv = MatrixCsv.write(MatrixEngine.compute(
                Fixtures.planData(fixture, "P1"),
                Fixtures.catalog(fixture),
                MatrixFilter.NONE.withPlan("P1").withQuery("elections")));
        assertThat(csv.lines().toList().get(1)).isEqualTo("5,Elections,t1,,false,,,false,,,false,");
    }

    @Test
    void quotes_fields_as_rfc_4180_asks() {
        assertThat(Csv.quote("plain")).isEqualTo("plain");
        assertThat(Csv.quote("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.quote("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(Csv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    }
}
