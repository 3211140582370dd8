package org.redlines.compare;

import java.util.List;
import org.redlines.positions.Catalog;
import org.redlines.positions.Notice;

public record PlanComparison(Catalog catalog, PlanCompareFilter filter, List<Notice> notices, LineageTable table) {}
