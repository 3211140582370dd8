package org.redlines.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redlines.dataset.Stance.CONDITIONAL;
import static org.redlines.dataset.Stance.OPPOSES;
import static org.redlines.dataset.Stance.SUPPORTS;
import static org.redlines.dataset.Stance.UNCLEAR;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redlines.dataset.Stance;

/** Every pair of stances, with and without red lines, and empty cells. */
class VerdictTest {

    static PositionInfo p(Stance stance, boolean redLine) {
        return new PositionInfo(1, "P", "1", "AA", stance, redLine, "summary", null, 0, 1);
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
        "supports, supports, AGREE",
        "conditional, conditional, AGREE",
        "opposes, opposes, AGREE",
        "supports, conditional, PARTLY",
        "conditional, supports, PARTLY",
        "supports, opposes, DISAGREE",
        "opposes, supports, DISAGREE",
        "conditional, opposes, DISAGREE",
        "opposes, conditional, DISAGREE",
        "unclear, supports, UNKNOWN",
        "conditional, unclear, UNKNOWN",
        "unclear, opposes, UNKNOWN",
        "unclear, unclear, UNKNOWN"
    })
    void verdict_for_each_pair_of_stances_without_red_lines(String a, String b, Verdict expected) {
        assertThat(Verdict.of(
                        p(Stance.fromCode(a).orElseThrow(), false),
                        p(Stance.fromCode(b).orElseThrow(), false)))
                .isEqualTo(expected);
    }

    @Test
    void a_red_line_turns_disagreement_into_a_clash_and_nothing_else() {
        assertThat(Verdict.of(p(SUPPORTS, false), p(OPPOSES, true))).isEqualTo(Verdict.RED_LINE_CLASH);
        assertThat(Verdict.of(p(SUPPORTS, true), p(OPPOSES, false))).isEqualTo(Verdict.RED_LINE_CLASH);
        assertThat(Verdict.of(p(CONDITIONAL, true), p(OPPOSES, true))).isEqualTo(Verdict.RED_LINE_CLASH);
        assertThat(Verdict.of(p(OPPOSES, true), p(OPPOSES, true))).isEqualTo(Verdict.AGREE);
        assertThat(Verdict.of(p(SUPPORTS, true), p(CONDITIONAL, false))).isEqualTo(Verdict.PARTLY);
        assertThat(Verdict.of(p(UNCLEAR, true), p(OPPOSES, true))).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void an_empty_side_is_unknown() {
        assertThat(Verdict.of(null, p(SUPPORTS, false))).isEqualTo(Verdict.UNKNOWN);
        assertThat(Verdict.of(p(OPPOSES, true), null)).isEqualTo(Verdict.UNKNOWN);
        assertThat(Verdict.of(null, null)).isEqualTo(Verdict.UNKNOWN);
    }
}
