package org.redlines.dataset;

import java.util.Locale;
import java.util.Optional;

/**
 * A source's grade on the NATO Admiralty scale (FORMAT.md): the source's reliability, a letter from {@code A}
 * (completely reliable) to {@code F} (cannot be judged), and the information's credibility, a digit from {@code 1}
 * (confirmed by other sources) to {@code 6} (cannot be judged); written together, such as {@code B2}.
 */
public record Grade(char reliability, int credibility) {

    public Grade {
        if (reliability < 'A' || reliability > 'F' || credibility < 1 || credibility > 6) {
            throw new IllegalArgumentException("Not an Admiralty grade: " + reliability + credibility);
        }
    }

    /** {@code B2}, {@code b2} or {@code " B2 "}; empty for anything else. */
    public static Optional<Grade> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 2) {
            return Optional.empty();
        }
        char letter = code.charAt(0);
        char digit = code.charAt(1);
        if (letter < 'A' || letter > 'F' || digit < '1' || digit > '6') {
            return Optional.empty();
        }
        return Optional.of(new Grade(letter, digit - '0'));
    }

    /**
     * Meets a threshold when both parts are at least as good: {@code B2} meets {@code B3} (B is B or better, 2 is 3
     * or better), {@code C1} does not.
     */
    public boolean meets(Grade threshold) {
        return reliability <= threshold.reliability && credibility <= threshold.credibility;
    }

    /** Every grade, best first: A1, A2, ... A6, B1, ... F6. */
    public static java.util.List<Grade> all() {
        java.util.List<Grade> out = new java.util.ArrayList<>();
        for (char letter = 'A'; letter <= 'F'; letter++) {
            for (int digit = 1; digit <= 6; digit++) {
                out.add(new Grade(letter, digit));
            }
        }
        return java.util.List.copyOf(out);
    }

    public String code() {
        return "" + reliability + credibility;
    }

    @Override
    public String toString() {
        return code();
    }
}
