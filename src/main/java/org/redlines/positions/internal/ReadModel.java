package org.redlines.positions.internal;

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

/**
 * Everything the reading services ask of the data, answered from the database now ({@link LiveReadModel}) or from
 * the data as recorded in one revision ({@link FrozenReadModel}), so that every view can show either.
 */
public interface ReadModel {

    List<PlanInfo> plans();

    List<ActorInfo> actors();

    List<TopicInfo> topics();

    List<PointRef> pointRefs();

    List<PointInfo> pointsOfPlan(String plan);

    List<PositionInfo> positionsOfPlan(String plan);

    List<PositionInfo> planPositionsOfPlan(String plan);

    Map<Long, List<SourceInfo>> positionSources(Collection<Long> ids);

    /** The grades of the graded sources of each entry on the plan's points, by entry id. */
    default Map<Long, List<Grade>> positionGradesOfPlan(String plan) {
        Map<Long, List<Grade>> out = new HashMap<>();
        positionSources(positionsOfPlan(plan).stream().map(PositionInfo::id).toList())
                .forEach((id, sources) -> out.put(
                        id,
                        sources.stream()
                                .flatMap(s -> Grade.parse(s.grade()).stream())
                                .toList()));
        return out;
    }

    Optional<PointInfo> point(String plan, String ref);

    List<PositionInfo> positionsOfPoint(String plan, String ref);

    List<PointLink> links();

    List<PointInfo> allPoints();

    List<SourceInfo> pointSources(String plan, String ref);

    List<PositionInfo> allPositions();

    /** Every event, oldest first. */
    List<EventInfo> events();
}
