package org.redlines.charts;

import java.util.Arrays;
import java.util.Optional;

/** The charts, by the code a link names them with. */
public enum ChartKind {
    STANCES("stances", "Stances by party"),
    ALIGNMENT("alignment", "Who agrees with whom"),
    TOPICS("topics", "Where each party pushes back"),
    CONVERGENCE("convergence", "Are the sides getting closer?"),
    TIMELINE("timeline", "One point over time");

    private final String code;
    private final String label;

    ChartKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ChartKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
