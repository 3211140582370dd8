package org.redlines.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.redlines.positions.Catalog;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.Verdict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Party against party on one plan, and plan versions against each other. */
@Service
// One snapshot per read: a write committed halfway through never mixes old and new rows (ADR 11).
@Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
public class CompareService {

    private final MatrixService matrices;

    CompareService(MatrixService matrices) {
        this.matrices = matrices;
    }

    public ActorComparison compareActors(Map<String, List<String>> params) {
        Catalog catalog = matrices.catalog(params);
        ActorCompareFilter.Parsed parsed = ActorCompareFilter.parse(params, catalog);
        ActorCompareFilter filter = parsed.filter();
        Matrix matrix = matrices.matrix(catalog, filter.base().withActors(List.of(filter.a(), filter.b())));
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        List<ActorComparison.Row> rows = new ArrayList<>();
        for (Matrix.Row row : matrix.rows()) {
            PositionInfo a = row.cell(filter.a());
            PositionInfo b = row.cell(filter.b());
            Verdict verdict = Verdict.of(a, b);
            counts.merge(verdict, 1, Integer::sum);
            if (filter.verdict() == null || filter.verdict() == verdict) {
                rows.add(new ActorComparison.Row(row.point(), a, b, verdict));
            }
        }
        return new ActorComparison(
                catalog,
                filter,
                catalog.withRevisionNotices(parsed.notices()),
                matrix.plan(),
                catalog.actor(filter.a()).orElseThrow(),
                catalog.actor(filter.b()).orElseThrow(),
                counts,
                rows);
    }

    public PlanComparison comparePlans(Map<String, List<String>> params) {
        Catalog catalog = matrices.catalog(params);
        PlanCompareFilter.Parsed parsed = PlanCompareFilter.parse(params, catalog);
        List<PlanInfo> chosen = catalog.plans().stream()
                .filter(p -> parsed.filter().plans().contains(p.code()))
                .toList();
        List<LineageTable.Link> links = matrices.lineage(catalog).stream()
                .map(l -> new LineageTable.Link(
                        new LineageTable.PointKey(l.plan(), l.ref()),
                        new LineageTable.PointKey(l.fromPlan(), l.fromRef())))
                .toList();
        LineageTable table = LineageTable.build(
                chosen, matrices.allPoints(catalog), links, parsed.filter().topics());
        return new PlanComparison(catalog, parsed.filter(), catalog.withRevisionNotices(parsed.notices()), table);
    }
}
