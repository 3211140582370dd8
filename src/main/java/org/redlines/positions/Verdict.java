package org.redlines.positions;

/** How two parties' current positions on a point relate, for the party-vs-party comparison and the charts. */
public enum Verdict {
    AGREE("agree", "Agree"),
    PARTLY("partly", "Partly agree"),
    DISAGREE("disagree", "Disagree"),
    RED_LINE_CLASH("clash", "Red-line clash"),
    UNKNOWN("unknown", "Unknown");

    private final String code;
    private final String label;

    Verdict(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<Verdict> fromCode(String code) {
        return java.util.Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
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
