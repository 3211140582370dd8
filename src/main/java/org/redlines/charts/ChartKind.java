package org.redlines.charts;

import java.util.Arrays;
import java.util.Optional;

/** The charts, by the code a link names them with. */
public enum ChartKind {
    STANCES("stances"),
    ALIGNMENT("alignment"),
    TOPICS("topics"),
    CONVERGENCE("convergence"),
    TIMELINE("timeline");

    private final String code;

    ChartKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ChartKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
