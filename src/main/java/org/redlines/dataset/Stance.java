package org.redlines.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a party stands on a point or a plan, as FORMAT.md defines the scale. */
public enum Stance {
    SUPPORTS("supports"),
    CONDITIONAL("conditional"),
    OPPOSES("opposes"),
    UNCLEAR("unclear");

    private final String code;

    Stance(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Accepts or objects to the point: supports and conditional count as acceptance. */
    public boolean accepts() {
        return this == SUPPORTS || this == CONDITIONAL;
    }

    public static Optional<Stance> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
    }
}
