package org.redlines.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void texts_a_spreadsheet_would_run_as_formulas_are_made_inert() {
        String csv = Csv.write(
                List.of("a", "b", "c", "d", "e", "f"),
                List.of(List.of("=HYPERLINK(\"http://evil\",\"x\")", "+SUM(1,2)", "-2+3", "@cmd", "\tTAB", "plain")));
        assertThat(csv.lines().toList().get(1))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",\"'+SUM(1,2)\",'-2+3,'@cmd,'\tTAB,plain");
    }

    @Test
    void numbers_stay_numbers() {
        assertThat(Csv.write(List.of("n"), List.of(List.of("-3"), List.of("+4.5"), List.of("12"))))
                .isEqualTo("n\r\n-3\r\n+4.5\r\n12\r\n");
    }
}
