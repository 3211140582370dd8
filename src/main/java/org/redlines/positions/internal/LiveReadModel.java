package org.redlines.positions.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redlines.dataset.Grade;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.EventInfo;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.PointInfo;
import org.redlines.positions.PointLink;
import org.redlines.positions.PointRef;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;
import org.redlines.positions.TopicInfo;
import org.springframework.stereotype.Component;

/** The data as it is now: one query per question, inside the calling service's transaction. */
@Component
public class LiveReadModel implements ReadModel {

    private final PlanRepository plans;
    private final ActorRepository actors;
    private final TopicRepository topics;
    private final PointRepository points;
    private final PositionRepository positions;
    private final PlanPositionRepository planPositions;
    private final EventRepository events;

    LiveReadModel(
            PlanRepository plans,
            ActorRepository actors,
            TopicRepository topics,
            PointRepository points,
            PositionRepository positions,
            PlanPositionRepository planPositions,
            EventRepository events) {
        this.plans = plans;
        this.actors = actors;
        this.topics = topics;
        this.points = points;
        this.positions = positions;
        this.planPositions = planPositions;
        this.events = events;
    }

    @Override
    public List<PlanInfo> plans() {
        return plans.findAllInfo();
    }

    @Override
    public List<ActorInfo> actors() {
        return actors.findAllInfo();
    }

    @Override
    public List<TopicInfo> topics() {
        return topics.findAllInfo();
    }

    @Override
    public List<PointRef> pointRefs() {
        return points.findAllRefs();
    }

    @Override
    public List<PointInfo> pointsOfPlan(String plan) {
        return points.findInfoByPlan(plan);
    }

    @Override
    public List<PositionInfo> positionsOfPlan(String plan) {
        return positions.findInfoByPlan(plan);
    }

    @Override
    public List<PositionInfo> planPositionsOfPlan(String plan) {
        return planPositions.findInfoByPlan(plan);
    }

    @Override
    public Map<Long, List<SourceInfo>> positionSources(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : SourceRows.byOwner(positions.findSources(ids));
    }

    @Override
    public Map<Long, List<Grade>> positionGradesOfPlan(String plan) {
        Map<Long, List<Grade>> out = new HashMap<>();
        for (Object[] row : positions.findGradesByPlan(plan)) {
            Grade.parse((String) row[1])
                    .ifPresent(g -> out.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                            .add(g));
        }
        return out;
    }

    @Override
    public Optional<PointInfo> point(String plan, String ref) {
        return points.findInfo(plan, ref);
    }

    @Override
    public List<PositionInfo> positionsOfPoint(String plan, String ref) {
        return positions.findInfoByPoint(plan, ref);
    }

    @Override
    public List<PointLink> links() {
        return points.findAllLinks();
    }

    @Override
    public List<PointInfo> allPoints() {
        return points.findAllInfo();
    }

    @Override
    public List<SourceInfo> pointSources(String plan, String ref) {
        return SourceRows.list(points.findSources(plan, ref));
    }

    @Override
    public List<PositionInfo> allPositions() {
        return positions.findAllInfo();
    }

    @Override
    public List<EventInfo> events() {
        List<NegotiationEvent> all = events.findAllWithActors();
        Map<Long, List<SourceInfo>> sources = all.isEmpty()
                ? Map.of()
                : SourceRows.byOwner(events.findSources(
                        all.stream().map(NegotiationEvent::getId).toList()));
        return all.stream()
                .map(e -> new EventInfo(
                        e.getId(),
                        e.getVersion(),
                        e.getDate(),
                        e.getTitle(),
                        e.getKind(),
                        e.getActors().stream().map(Actor::getCode).toList(),
                        e.getSummary(),
                        sources.getOrDefault(e.getId(), List.of())))
                .toList();
    }
}
