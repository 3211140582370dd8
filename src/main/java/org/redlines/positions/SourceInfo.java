package org.redlines.positions;

import java.time.LocalDate;

/** A source as views, exports and the API show it; {@code grade} is its Admiralty code, or null when ungraded. */
public record SourceInfo(String publisher, String title, String url, LocalDate date, String grade) {

    public SourceInfo(String publisher, String title, String url, LocalDate date) {
        this(publisher, title, url, date, null);
    }
}
