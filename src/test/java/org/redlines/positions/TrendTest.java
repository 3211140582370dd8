package org.redlines.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redlines.dataset.Stance.CONDITIONAL;
import static org.redlines.dataset.Stance.OPPOSES;
import static org.redlines.dataset.Stance.SUPPORTS;
import static org.redlines.dataset.Stance.UNCLEAR;
import static org.redlines.positions.VerdictTest.p;

import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void moving_toward_opposes_or_gaining_a_red_line_hardens() {
        assertThat(Trend.between(p(SUPPORTS, false), p(CONDITIONAL, false))).isEqualTo(Trend.HARDENED);
        assertThat(Trend.between(p(CONDITIONAL, false), p(OPPOSES, false))).isEqualTo(Trend.HARDENED);
        assertThat(Trend.between(p(OPPOSES, false), p(OPPOSES, true))).isEqualTo(Trend.HARDENED);
        assertThat(Trend.between(p(SUPPORTS, false), p(SUPPORTS, true)))
                .as("insisting on a point")
                .isEqualTo(Trend.HARDENED);
        assertThat(Trend.between(p(SUPPORTS, false), p(OPPOSES, true))).isEqualTo(Trend.HARDENED);
    }

    @Test
    void moving_toward_supports_or_dropping_a_red_line_softens() {
        assertThat(Trend.between(p(OPPOSES, false), p(CONDITIONAL, false))).isEqualTo(Trend.SOFTENED);
        assertThat(Trend.between(p(CONDITIONAL, false), p(SUPPORTS, false))).isEqualTo(Trend.SOFTENED);
        assertThat(Trend.between(p(OPPOSES, true), p(OPPOSES, false))).isEqualTo(Trend.SOFTENED);
        assertThat(Trend.between(p(OPPOSES, true), p(SUPPORTS, false))).isEqualTo(Trend.SOFTENED);
    }

    @Test
    void opposite_moves_are_mixed_and_no_move_is_unchanged() {
        assertThat(Trend.between(p(OPPOSES, true), p(OPPOSES, true))).isEqualTo(Trend.UNCHANGED);
        assertThat(Trend.between(p(CONDITIONAL, true), p(OPPOSES, false))).isEqualTo(Trend.MIXED);
        assertThat(Trend.between(p(OPPOSES, false), p(CONDITIONAL, true))).isEqualTo(Trend.MIXED);
    }

    @Test
    void unclear_sits_in_the_middle_of_the_scale_with_conditional() {
        assertThat(Trend.between(p(UNCLEAR, false), p(OPPOSES, false))).isEqualTo(Trend.HARDENED);
        assertThat(Trend.between(p(UNCLEAR, false), p(SUPPORTS, false))).isEqualTo(Trend.SOFTENED);
        assertThat(Trend.between(p(SUPPORTS, false), p(UNCLEAR, false))).isEqualTo(Trend.HARDENED);
        assertThat(Trend.between(p(CONDITIONAL, false), p(UNCLEAR, false))).isEqualTo(Trend.UNCHANGED);
        assertThat(Trend.between(p(UNCLEAR, false), p(OPPOSES, true))).isEqualTo(Trend.HARDENED);
    }

    @Test
    void the_first_entry_of_a_cell_has_nothing_to_compare_with() {
        assertThat(Trend.between(null, p(OPPOSES, true))).isEqualTo(Trend.FIRST);
    }
}
