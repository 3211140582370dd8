package org.redlines.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.positions.Catalog;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixEngine;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.positions.Notice;
import org.redlines.positions.PlanData;
import org.redlines.positions.PointPage;
import org.redlines.positions.PointService;
import org.redlines.positions.QueryReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Opens a charts link: the matrix's filter parameters plus {@code chart=}, read the same way as the matrix. */
@Service
// One snapshot per read: a write committed halfway through never mixes old and new rows (ADR 11).
@Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
public class ChartService {

    public static final String CHART = "chart";

    private final MatrixService matrices;
    private final PointService points;

    ChartService(MatrixService matrices, PointService points) {
        this.matrices = matrices;
        this.points = points;
    }

    public ChartPage open(Map<String, List<String>> params) {
        Catalog catalog = matrices.catalog(params);
        Map<String, List<String>> matrixParams = new LinkedHashMap<>(params);
        matrixParams.remove(CHART);
        MatrixParams.Parsed parsed = MatrixParams.parse(matrixParams, catalog);
        QueryReader in = new QueryReader(params);
        ChartKind kind = ChartKind.fromCode(
                        in.code(CHART, c -> ChartKind.fromCode(c).isPresent()))
                .orElse(ChartKind.STANCES);
        List<Notice> notices = new ArrayList<>(catalog.withRevisionNotices(parsed.notices()));
        notices.addAll(in.notices());
        MatrixFilter filter = parsed.filter();
        PlanData data = matrices.planData(catalog, filter);
        Matrix matrix = MatrixEngine.compute(data, catalog, filter);
        PointPage point = kind == ChartKind.TIMELINE && filter.point() != null
                ? points.page(catalog, matrix.plan().code(), filter.point()).orElseThrow()
                : null;
        return new ChartPage(catalog, filter, kind, notices, data, matrix, point, matrices.events(catalog));
    }
}
