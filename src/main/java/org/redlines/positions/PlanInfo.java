package org.redlines.positions;

import java.time.LocalDate;

public record PlanInfo(String code, String title, LocalDate date, String origin, String summary) {}
