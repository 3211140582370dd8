package org.redlines.positions;

import java.time.Instant;

/**
 * A change in review as the Review page, the matrix and the author see it: what it changes, {@code before} (the
 * published value now, null for something new) and {@code after} (the draft: a {@link Drafts.PositionDraft},
 * {@link Drafts.PointDraft} or {@link Drafts.EventDraft}; null for a removal), whether the published value changed
 * since the draft was made ({@code conflict}), and the review's outcome.
 */
public record DraftInfo(
        long id,
        long version,
        ChangeKind kind,
        String plan,
        String ref,
        String actor,
        Long targetId,
        Object before,
        Object after,
        boolean conflict,
        String author,
        Instant createdAt,
        ReviewStatus status,
        String reviewer,
        Instant reviewedAt,
        String reason,
        Long publishedRevision) {}
