package org.redlines.positions;

import java.util.List;

/** A point with each shown party's current position on it and that position's sources. */
public record PointDetail(PointInfo point, List<ActorPosition> positions) {

    /** {@code position} is null when the party has no position on the point yet. */
    public record ActorPosition(ActorInfo actor, PositionInfo position, List<SourceInfo> sources) {}
}
