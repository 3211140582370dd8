package org.redlines.watch;

/**
 * How a watch tells its owner by e-mail: at once after each change, once a day in a digest, or not at all (the
 * marks in the app and the feed remain).
 */
public enum Frequency {
    IMMEDIATELY,
    DAILY,
    OFF;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
