package org.redlines.positions;

import org.redlines.dataset.Stance;

/** How two parties' current positions on a point relate, for the party-vs-party comparison and the charts. */
public enum Verdict {
    AGREE("agree"),
    PARTLY("partly"),
    DISAGREE("disagree"),
    RED_LINE_CLASH("clash"),
    UNKNOWN("unknown");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static java.util.Optional<Verdict> fromCode(String code) {
        return java.util.Arrays.stream(values())
                .filter(v -> v.code.equals(code))
                .findFirst();
    }

    /**
     * Unknown when either side is empty or unclear; agree on the same stance; partly when one is conditional and
     * the other accepts; disagree when one opposes and the other accepts, a red-line clash if either side marks a
     * red line.
     */
    public static Verdict of(PositionInfo a, PositionInfo b) {
        if (a == null || b == null || a.stance() == Stance.UNCLEAR || b.stance() == Stance.UNCLEAR) {
            return UNKNOWN;
        }
        if (a.stance() == b.stance()) {
            return AGREE;
        }
        if (a.stance().accepts() && b.stance().accepts()) {
            return PARTLY;
        }
        return a.redLine() || b.redLine() ? RED_LINE_CLASH : DISAGREE;
    }
}
