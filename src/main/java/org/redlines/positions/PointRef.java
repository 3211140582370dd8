package org.redlines.positions;

/** A point by what identifies it: its plan's code and its ref. */
public record PointRef(String plan, String ref) {}
