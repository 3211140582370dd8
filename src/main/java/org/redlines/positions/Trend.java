package org.redlines.positions;

import org.redlines.dataset.Stance;

/**
 * How a position moved against the entry before it in the same cell. Toward opposes or gaining a red line is
 * hardening; toward supports or dropping a red line is softening. Unclear (no public position) sits in the
 * middle of the scale with conditional: a first clear "opposes" after it hardens, a first "supports" softens.
 */
public enum Trend {
    FIRST("first"),
    HARDENED("hardened"),
    SOFTENED("softened"),
    MIXED("mixed"),
    UNCHANGED("unchanged");

    private final String code;

    Trend(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Trend between(PositionInfo before, PositionInfo after) {
        if (before == null) {
            return FIRST;
        }
        int stance = Integer.signum(rank(after.stance()) - rank(before.stance()));
        int redLine = Boolean.compare(after.redLine(), before.redLine());
        if (stance >= 0 && redLine >= 0 && (stance > 0 || redLine > 0)) {
            return HARDENED;
        }
        if (stance <= 0 && redLine <= 0 && (stance < 0 || redLine < 0)) {
            return SOFTENED;
        }
        return stance == 0 && redLine == 0 ? UNCHANGED : MIXED;
    }

    private static int rank(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> 0;
            case CONDITIONAL -> 1;
            case OPPOSES -> 2;
            case UNCLEAR -> 1;
        };
    }
}
