package org.redlines.positions;

/** Where a change stands in review: waiting, published, or sent back with a reason. */
public enum ReviewStatus {
    PENDING,
    APPROVED,
    REJECTED
}
