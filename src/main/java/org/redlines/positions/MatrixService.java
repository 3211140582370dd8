package org.redlines.positions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.redlines.positions.internal.ActorRepository;
import org.redlines.positions.internal.DataRevisionRepository;
import org.redlines.positions.internal.PlanPositionRepository;
import org.redlines.positions.internal.PlanRepository;
import org.redlines.positions.internal.PointRepository;
import org.redlines.positions.internal.PositionRepository;
import org.redlines.positions.internal.TopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the matrix: the catalogue of codes, one plan's data, and the filter applied to it. */
@Service
@Transactional(readOnly = true)
public class MatrixService {

    private final PlanRepository plans;
    private final ActorRepository actors;
    private final TopicRepository topics;
    private final PointRepository points;
    private final PositionRepository positions;
    private final PlanPositionRepository planPositions;
    private final DataRevisionRepository revisions;
    private final Map<String, CachedPlan> cache = new ConcurrentHashMap<>();

    MatrixService(PlanRepository plans, ActorRepository actors, TopicRepository topics, PointRepository points,
            PositionRepository positions, PlanPositionRepository planPositions, DataRevisionRepository revisions) {
        this.plans = plans;
        this.actors = actors;
        this.topics = topics;
        this.points = points;
        this.positions = positions;
        this.planPositions = planPositions;
        this.revisions = revisions;
    }

    public Catalog catalog() {
        Map<String, Set<String>> refs = new HashMap<>();
        for (Object[] row : points.findAllRefs()) {
            refs.computeIfAbsent((String) row[0], k -> new LinkedHashSet<>()).add((String) row[1]);
        }
        return new Catalog(plans.findAllInfo(), actors.findAllInfo(), topics.findAllInfo(), refs);
    }

    /** Opens a matrix link: reads its parameters, drops what is invalid, and computes the rows. */
    public MatrixPage open(Map<String, List<String>> parameters) {
        Catalog catalog = catalog();
        MatrixParams.Parsed parsed = MatrixParams.parse(parameters, catalog);
        return new MatrixPage(catalog, parsed.filter(), parsed.notices(), matrix(catalog, parsed.filter()));
    }

    public Matrix matrix(Catalog catalog, MatrixFilter filter) {
        return MatrixEngine.compute(planData(catalog, filter), catalog, filter);
    }

    /** The filter's plan (or the default plan) with every position entry on it, for views that need history. */
    public PlanData planData(Catalog catalog, MatrixFilter filter) {
        PlanInfo plan = (filter.plan() == null ? catalog.defaultPlan() : catalog.plan(filter.plan()))
                .orElseThrow(() -> new IllegalStateException("The database holds no plan"));
        long revision = revisions.current();
        CachedPlan cached = cache.get(plan.code());
        if (cached != null && cached.revision() == revision && cached.data().plan().equals(plan)) {
            return cached.data();
        }
        PlanData data = new PlanData(plan, List.copyOf(points.findInfoByPlan(plan.code())),
                List.copyOf(positions.findInfoByPlan(plan.code())),
                List.copyOf(planPositions.findInfoByPlan(plan.code())));
        // Each statement sees the latest commit: only a read that no write overlapped may be shared.
        if (revisions.current() == revision) {
            cache.merge(plan.code(), new CachedPlan(revision, data),
                    (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
        }
        return data;
    }

    /**
     * One immutable copy of a plan's points and entries, shared by every UI that shows it, as long as the data
     * revision is unchanged: the matrices that many UIs keep then share their position records.
     */
    private record CachedPlan(long revision, PlanData data) {
    }

    /** The sources of every shown cell, by position id, in each entry's order: for exports of the whole view. */
    public Map<Long, List<SourceInfo>> sourcesOf(Matrix matrix) {
        List<Long> ids = matrix.rows().stream().flatMap(r -> r.cells().values().stream()).map(PositionInfo::id)
                .distinct().toList();
        return ids.isEmpty() ? Map.of() : SourceRows.byOwner(positions.findSources(ids));
    }

    /** The selected row with the sources of each shown party's position. */
    public PointDetail detail(Matrix matrix, Matrix.Row row) {
        List<Long> ids = row.cells().values().stream().map(PositionInfo::id).toList();
        Map<Long, List<SourceInfo>> sources = ids.isEmpty() ? Map.of() : SourceRows.byOwner(positions.findSources(ids));
        List<PointDetail.ActorPosition> out = new ArrayList<>();
        for (ActorInfo actor : matrix.actors()) {
            PositionInfo position = row.cell(actor.code());
            out.add(new PointDetail.ActorPosition(actor, position,
                    position == null ? List.of() : sources.getOrDefault(position.id(), List.of())));
        }
        return new PointDetail(row.point(), out);
    }
}
