package org.redlines.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redlines.positions.internal.ReadModel;
import org.redlines.positions.internal.ReadModels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads one point with its full history and lineage. */
@Service
// One snapshot per read: a write committed halfway through never mixes old and new rows (ADR 11).
@Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
public class PointService {

    private final ReadModels models;

    PointService(ReadModels models) {
        this.models = models;
    }

    /** The point in the data that the catalogue describes: live, or the frozen revision. */
    public Optional<PointPage> page(Catalog catalog, String planCode, String ref) {
        ReadModel data = models.of(catalog);
        Optional<PointInfo> found = data.point(planCode, ref);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PointInfo point = found.get();
        List<PlanInfo> allPlans = data.plans();
        PlanInfo plan = planOf(allPlans, planCode);

        List<PositionInfo> history = data.positionsOfPoint(planCode, ref);
        Map<Long, List<SourceInfo>> sources =
                data.positionSources(history.stream().map(PositionInfo::id).toList());
        List<PointPage.ActorHistory> byActor = new ArrayList<>();
        for (ActorInfo actor : data.actors()) {
            List<PositionInfo> own = history.stream()
                    .filter(p -> p.actorCode().equals(actor.code()))
                    .sorted(MatrixEngine.HISTORY_ORDER)
                    .toList();
            List<PointPage.HistoryEntry> entries = new ArrayList<>();
            for (int i = own.size() - 1; i >= 0; i--) {
                PositionInfo before = i == 0 ? null : own.get(i - 1);
                entries.add(new PointPage.HistoryEntry(
                        own.get(i),
                        Trend.between(before, own.get(i)),
                        sources.getOrDefault(own.get(i).id(), List.of())));
            }
            byActor.add(new PointPage.ActorHistory(actor, entries));
        }

        List<PointPage.LinkedPoint> from = new ArrayList<>();
        List<PointPage.LinkedPoint> by = new ArrayList<>();
        PointRef here = new PointRef(planCode, ref);
        List<PointLink> links =
                data.links().stream().filter(l -> l.touches(here)).toList();
        if (!links.isEmpty()) {
            Map<PointRef, PointInfo> byKey = new HashMap<>();
            data.allPoints().forEach(p -> byKey.put(new PointRef(p.plan(), p.ref()), p));
            for (PointLink link : links) {
                boolean outgoing = link.point().equals(here);
                PointInfo other = byKey.get(outgoing ? link.from() : link.point());
                (outgoing ? from : by).add(new PointPage.LinkedPoint(planOf(allPlans, other.plan()), other));
            }
        }
        Comparator<PointPage.LinkedPoint> byDate = Comparator.comparing(
                        (PointPage.LinkedPoint l) -> l.plan().date())
                .thenComparingInt(l -> l.point().order());
        from.sort(byDate);
        by.sort(byDate);
        return Optional.of(
                new PointPage(plan, point, data.pointSources(planCode, ref), byActor, from, by, data.events()));
    }

    private static PlanInfo planOf(List<PlanInfo> plans, String code) {
        return plans.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
