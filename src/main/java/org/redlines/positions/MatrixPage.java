package org.redlines.positions;

import java.util.List;

/** What a matrix link opens: the filter it names once invalid values are dropped, their notices, and the result. */
public record MatrixPage(Catalog catalog, MatrixFilter filter, List<Notice> notices, Matrix matrix) {}
