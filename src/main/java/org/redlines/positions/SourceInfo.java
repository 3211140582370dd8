package org.redlines.positions;

import java.time.LocalDate;

public record SourceInfo(String publisher, String title, String url, LocalDate date) {}
