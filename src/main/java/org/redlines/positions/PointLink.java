package org.redlines.positions;

/** A lineage link: the point of a later plan ({@code plan}, {@code ref}) revises the point it derives from. */
public record PointLink(String plan, String ref, String fromPlan, String fromRef) {

    public PointRef point() {
        return new PointRef(plan, ref);
    }

    public PointRef from() {
        return new PointRef(fromPlan, fromRef);
    }

    /** Whether the link starts or ends at {@code point}. */
    public boolean touches(PointRef point) {
        return point.equals(point()) || point.equals(from());
    }
}
