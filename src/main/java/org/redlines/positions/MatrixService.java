package org.redlines.positions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.redlines.positions.internal.DataRevisionRepository;
import org.redlines.positions.internal.ReadModel;
import org.redlines.positions.internal.ReadModels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the matrix: the catalogue of codes, one plan's data, and the filter applied to it, from the live data or,
 * for a link with {@code rev=N}, from the data as recorded in revision N.
 */
@Service
// One snapshot per read: a write committed halfway through never mixes old and new rows (ADR 11).
@Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
public class MatrixService {

    private final ReadModels models;
    private final DataRevisionRepository revisions;
    private final Map<String, CachedPlan> cache = new ConcurrentHashMap<>();
    private final Map<String, CachedGrades> gradeCache = new ConcurrentHashMap<>();

    MatrixService(ReadModels models, DataRevisionRepository revisions) {
        this.models = models;
        this.revisions = revisions;
    }

    /** The live data's catalogue. */
    public Catalog catalog() {
        return catalog(models.live(), null, List.of());
    }

    /** The catalogue of the data a link shows: live, or the revision its {@code rev} names. */
    public Catalog catalog(Map<String, List<String>> parameters) {
        ReadModels.Choice choice = models.choose(parameters);
        return catalog(models.of(choice.revision()), choice.revision(), choice.notices());
    }

    private static Catalog catalog(ReadModel model, RevisionInfo frozen, List<Notice> notices) {
        Map<String, Set<String>> refs = new HashMap<>();
        for (PointRef point : model.pointRefs()) {
            refs.computeIfAbsent(point.plan(), k -> new LinkedHashSet<>()).add(point.ref());
        }
        return new Catalog(model.plans(), model.actors(), model.topics(), refs, frozen, notices);
    }

    /** The newest recorded revision: what a frozen link made now names. */
    public long latestRevision() {
        return models.latestRevision();
    }

    /** Opens a matrix link: reads its parameters, drops what is invalid, and computes the rows. */
    public MatrixPage open(Map<String, List<String>> parameters) {
        Catalog catalog = catalog(parameters);
        MatrixParams.Parsed parsed = MatrixParams.parse(parameters, catalog);
        return new MatrixPage(
                catalog,
                parsed.filter(),
                catalog.withRevisionNotices(parsed.notices()),
                matrix(catalog, parsed.filter()));
    }

    public Matrix matrix(Catalog catalog, MatrixFilter filter) {
        return MatrixEngine.compute(planData(catalog, filter), catalog, filter);
    }

    /**
     * The filter's plan (or the default plan) with every position entry on it, for views that need history; with
     * the grades of the entries' sources only when the filter names a {@code minGrade}, so that the common view pays
     * no statement for them.
     */
    public PlanData planData(Catalog catalog, MatrixFilter filter) {
        PlanData data = planData(catalog, filter.plan());
        if (filter.minGrade() == null) {
            return data;
        }
        String code = data.plan().code();
        if (catalog.frozen() != null) {
            return data.withGrades(models.of(catalog).positionGradesOfPlan(code));
        }
        long revision = revisions.current();
        CachedGrades cached = gradeCache.get(code);
        if (cached == null || cached.revision() != revision) {
            cached = new CachedGrades(revision, Map.copyOf(models.live().positionGradesOfPlan(code)));
            if (revisions.current() == revision) {
                gradeCache.put(code, cached);
            }
        }
        return data.withGrades(cached.grades());
    }

    private PlanData planData(Catalog catalog, String planCode) {
        PlanInfo plan = (planCode == null ? catalog.defaultPlan() : catalog.plan(planCode))
                .orElseThrow(() -> new IllegalStateException("The database holds no plan"));
        if (catalog.frozen() != null) {
            ReadModel model = models.of(catalog);
            return new PlanData(
                    plan,
                    model.pointsOfPlan(plan.code()),
                    model.positionsOfPlan(plan.code()),
                    model.planPositionsOfPlan(plan.code()));
        }
        long revision = revisions.current();
        CachedPlan cached = cache.get(plan.code());
        if (cached != null
                && cached.revision() == revision
                && cached.data().plan().equals(plan)) {
            return cached.data();
        }
        ReadModel live = models.live();
        PlanData data = new PlanData(
                plan,
                List.copyOf(live.pointsOfPlan(plan.code())),
                List.copyOf(live.positionsOfPlan(plan.code())),
                List.copyOf(live.planPositionsOfPlan(plan.code())));
        // Each statement sees the latest commit: only a read that no write overlapped may be shared.
        if (revisions.current() == revision) {
            cache.merge(
                    plan.code(),
                    new CachedPlan(revision, data),
                    (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
        }
        return data;
    }

    /**
     * One immutable copy of a plan's points and entries, shared by every UI that shows it, as long as the data
     * revision is unchanged: the matrices that many UIs keep then share their position records.
     */
    private record CachedPlan(long revision, PlanData data) {}

    /** The grades of a plan's entries' sources as of a data revision, read only for links with {@code minGrade}. */
    private record CachedGrades(long revision, Map<Long, List<org.redlines.dataset.Grade>> grades) {}

    /** Every point of every plan in the data the catalogue describes, plans in order, points in order. */
    public List<PointInfo> allPoints(Catalog catalog) {
        return models.of(catalog).allPoints();
    }

    /** Every position entry on a point, of every plan. */
    public List<PositionInfo> allPositions(Catalog catalog) {
        return models.of(catalog).allPositions();
    }

    /** Every event of the negotiation in the data the catalogue describes, oldest first. */
    public List<EventInfo> events(Catalog catalog) {
        return models.of(catalog).events();
    }

    /** Every lineage link between points of different plan versions. */
    public List<PointLink> lineage(Catalog catalog) {
        return models.of(catalog).links();
    }

    /** The sources of these position entries, by entry id, each in its entry's order. */
    public Map<Long, List<SourceInfo>> sources(Catalog catalog, Collection<Long> positionIds) {
        return models.of(catalog).positionSources(positionIds);
    }

    /** The sources of every shown cell, by position id, in each entry's order: for exports of the whole view. */
    public Map<Long, List<SourceInfo>> sourcesOf(Catalog catalog, Matrix matrix) {
        List<Long> ids = matrix.rows().stream()
                .flatMap(r -> r.cells().values().stream())
                .map(PositionInfo::id)
                .distinct()
                .toList();
        return models.of(catalog).positionSources(ids);
    }

    /** The selected row with the sources of each shown party's position. */
    public PointDetail detail(Catalog catalog, Matrix matrix, Matrix.Row row) {
        List<Long> ids = row.cells().values().stream().map(PositionInfo::id).toList();
        Map<Long, List<SourceInfo>> sources = models.of(catalog).positionSources(ids);
        List<PointDetail.ActorPosition> out = new ArrayList<>();
        for (ActorInfo actor : matrix.actors()) {
            PositionInfo position = row.cell(actor.code());
            out.add(new PointDetail.ActorPosition(
                    actor, position, position == null ? List.of() : sources.getOrDefault(position.id(), List.of())));
        }
        return new PointDetail(row.point(), out);
    }
}
