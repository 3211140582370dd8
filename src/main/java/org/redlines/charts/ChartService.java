package org.redlines.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.i18n.Messages;
import org.redlines.positions.Catalog;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixEngine;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
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
        String code = in.single(CHART);
        ChartKind kind =
                code == null ? ChartKind.STANCES : ChartKind.fromCode(code).orElse(null);
        List<String> notices = new ArrayList<>(catalog.withRevisionNotices(parsed.notices()));
        notices.addAll(in.notices());
        if (kind == null) {
            notices.add(Messages.t("chart.notice.unknown-kind", QueryReader.shorten(code)));
            kind = ChartKind.STANCES;
        }
        MatrixFilter filter = parsed.filter();
        PlanData data = matrices.planData(catalog, filter);
        Matrix matrix = MatrixEngine.compute(data, catalog, filter);
        ChartModel model = switch (kind) {
            case STANCES -> ChartBuilder.stances(matrix, filter, catalog);
            case ALIGNMENT -> ChartBuilder.alignment(matrix, filter, catalog);
            case TOPICS -> ChartBuilder.topics(matrix, filter, catalog);
            case CONVERGENCE -> ChartBuilder.convergence(data, catalog, filter);
            case TIMELINE -> timeline(matrix, filter, catalog);
        };
        return new ChartPage(catalog, filter, kind, notices, model, data.points());
    }

    private ChartModel timeline(Matrix matrix, MatrixFilter filter, Catalog catalog) {
        if (filter.point() == null) {
            return ChartModel.empty(
                    ChartKind.TIMELINE, ChartKind.TIMELINE.label(), Messages.t("chart.timeline.choose-point"));
        }
        PointPage page =
                points.page(catalog, matrix.plan().code(), filter.point()).orElseThrow();
        return ChartBuilder.timeline(page, filter, catalog);
    }
}
