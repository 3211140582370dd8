package org.redlines.positions;

import java.util.Arrays;
import java.util.List;

/**
 * What the core has to tell a person, as the key of its words and the values that go into them (texts, numbers,
 * dates, stances or other phrases). The core never chooses a language: views, exports and e-mails translate a
 * phrase (i18n {@code Words}); an API can return the key and values as they are.
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(
                key, Arrays.asList(args).stream().map(a -> a == null ? "" : a).toList());
    }

    /** For logs and exception messages, where no language applies. */
    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
