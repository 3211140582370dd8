package org.redlines.watch;

/** How often a watch tells its owner: at once for each change, or once a day in a digest. */
public enum Frequency {
    IMMEDIATELY,
    DAILY;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
