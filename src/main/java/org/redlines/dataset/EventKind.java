package org.redlines.dataset;

import java.util.Arrays;
import java.util.Optional;

/** What kind of happening an event of a negotiation is, as FORMAT.md names the kinds. */
public enum EventKind {
    TALKS("talks"),
    TEXT("text"),
    STATEMENT("statement"),
    DECISION("decision"),
    /** Announced for a later day: the only kind that may lie in the future, and may have no source yet. */
    SCHEDULED("scheduled");

    private final String code;

    EventKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A kind by its exact code. */
    public static Optional<EventKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
