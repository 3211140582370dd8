package org.redlines.positions;

/** A point of a plan as views show it; {@code plan} and {@code ref} identify it. */
public record PointInfo(
        String plan,
        String ref,
        int order,
        String title,
        String summary,
        String topicCode,
        String topicName,
        String note) {}
