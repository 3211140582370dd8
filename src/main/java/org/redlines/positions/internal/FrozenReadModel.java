package org.redlines.positions.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redlines.dataset.Dataset;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.EventInfo;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.PointInfo;
import org.redlines.positions.PointLink;
import org.redlines.positions.PointRef;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;
import org.redlines.positions.TopicInfo;

/**
 * The data as recorded in one revision, held in memory: a revision never changes, so one copy serves every
 * frozen link to it. Position ids are this copy's own.
 */
final class FrozenReadModel implements ReadModel {

    private final List<PlanInfo> plans;
    private final List<ActorInfo> actors;
    private final List<TopicInfo> topics;
    private final List<PointInfo> points;
    private final List<PositionInfo> positions;
    private final List<PositionInfo> planPositions;
    private final Map<Long, List<SourceInfo>> positionSources = new HashMap<>();
    private final Map<String, List<SourceInfo>> pointSources = new HashMap<>();
    private final List<PointLink> links = new ArrayList<>();
    private final List<EventInfo> events;

    FrozenReadModel(Dataset d) {
        events = d.events().stream()
                .map(e -> new EventInfo(
                        0,
                        0,
                        e.date(),
                        e.title(),
                        e.kind(),
                        e.actors(),
                        e.summary(),
                        e.sources().stream().map(FrozenReadModel::source).toList()))
                .sorted(java.util.Comparator.comparing(EventInfo::date))
                .toList();
        plans = d.plans().stream()
                .map(p -> new PlanInfo(p.code(), p.title(), p.date(), p.origin(), p.summary()))
                .toList();
        actors = d.actors().stream().map(a -> new ActorInfo(a.code(), a.name())).toList();
        topics = d.topics().stream().map(t -> new TopicInfo(t.code(), t.name())).toList();
        Map<String, String> topicNames = new HashMap<>();
        d.topics().forEach(t -> topicNames.put(t.code(), t.name()));
        List<PointInfo> pointList = new ArrayList<>();
        for (Dataset.PointEntry p : d.points()) {
            pointList.add(new PointInfo(
                    p.plan(),
                    p.ref(),
                    p.order() == null ? pointList.size() : p.order(),
                    p.title(),
                    p.summary(),
                    p.topic(),
                    topicNames.get(p.topic()),
                    p.note()));
            pointSources.put(
                    key(p.plan(), p.ref()),
                    p.sources().stream().map(FrozenReadModel::source).toList());
            p.derivedFrom().forEach(f -> links.add(new PointLink(p.plan(), p.ref(), f.plan(), f.ref())));
        }
        points = List.copyOf(pointList);
        long id = 0;
        List<PositionInfo> positionList = new ArrayList<>();
        for (Dataset.PositionEntry e : d.positions()) {
            id++;
            positionList.add(info(id, e, positionList.size()));
            positionSources.put(
                    id, e.sources().stream().map(FrozenReadModel::source).toList());
        }
        positions = List.copyOf(positionList);
        List<PositionInfo> planPositionList = new ArrayList<>();
        for (Dataset.PositionEntry e : d.planPositions()) {
            id++;
            planPositionList.add(info(id, e, planPositionList.size()));
        }
        planPositions = List.copyOf(planPositionList);
    }

    private static PositionInfo info(long id, Dataset.PositionEntry e, int seq) {
        return new PositionInfo(
                id,
                e.plan(),
                e.point(),
                e.actor(),
                e.stance(),
                e.redLine(),
                e.summary(),
                e.asOf(),
                seq,
                e.sources().size());
    }

    private static SourceInfo source(Dataset.SourceEntry s) {
        return new SourceInfo(s.publisher(), s.title(), s.url(), s.date(), s.grade());
    }

    private static String key(String plan, String ref) {
        return plan + "\u0000" + ref;
    }

    @Override
    public List<PlanInfo> plans() {
        return plans;
    }

    @Override
    public List<ActorInfo> actors() {
        return actors;
    }

    @Override
    public List<TopicInfo> topics() {
        return topics;
    }

    @Override
    public List<PointRef> pointRefs() {
        return points.stream().map(p -> new PointRef(p.plan(), p.ref())).toList();
    }

    @Override
    public List<PointInfo> pointsOfPlan(String plan) {
        return points.stream()
                .filter(p -> p.plan().equals(plan))
                .sorted(Comparator.comparingInt(PointInfo::order))
                .toList();
    }

    @Override
    public List<PositionInfo> positionsOfPlan(String plan) {
        return positions.stream().filter(p -> p.plan().equals(plan)).toList();
    }

    @Override
    public List<PositionInfo> planPositionsOfPlan(String plan) {
        return planPositions.stream().filter(p -> p.plan().equals(plan)).toList();
    }

    @Override
    public Map<Long, List<SourceInfo>> positionSources(Collection<Long> ids) {
        Map<Long, List<SourceInfo>> out = new HashMap<>();
        ids.forEach(i -> {
            List<SourceInfo> list = positionSources.get(i);
            if (list != null && !list.isEmpty()) {
                out.put(i, list);
            }
        });
        return out;
    }

    @Override
    public Optional<PointInfo> point(String plan, String ref) {
        return points.stream()
                .filter(p -> p.plan().equals(plan) && p.ref().equals(ref))
                .findFirst();
    }

    @Override
    public List<PositionInfo> positionsOfPoint(String plan, String ref) {
        return positions.stream()
                .filter(p -> p.plan().equals(plan) && ref.equals(p.pointRef()))
                .toList();
    }

    @Override
    public List<PointLink> links() {
        return links;
    }

    @Override
    public List<PointInfo> allPoints() {
        return points;
    }

    @Override
    public List<SourceInfo> pointSources(String plan, String ref) {
        return pointSources.getOrDefault(key(plan, ref), List.of());
    }

    @Override
    public List<PositionInfo> allPositions() {
        return positions;
    }

    @Override
    public List<EventInfo> events() {
        return events;
    }
}
