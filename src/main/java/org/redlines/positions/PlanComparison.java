package org.redlines.positions;

import java.util.List;

public record PlanComparison(Catalog catalog, PlanCompareFilter filter, List<String> notices, LineageTable table) {}
