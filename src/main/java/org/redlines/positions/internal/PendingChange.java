package org.redlines.positions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.redlines.positions.ChangeKind;
import org.redlines.positions.ReviewStatus;

/**
 * A change waiting for review: what it changes ({@code kind}, the point, party or stored entry), the published state
 * it was made over ({@code base}: a version, or the newest entry of a cell), the form's draft as JSON, who made it
 * and when, and what the reviewer decided.
 */
@Entity
@Table(name = "pending_change")
public class PendingChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pending_change_seq")
    @SequenceGenerator(name = "pending_change_seq", sequenceName = "pending_change_seq", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ChangeKind kind;

    @Column(name = "plan_code", length = 32)
    private String plan;

    @Column(name = "point_ref", length = 32)
    private String ref;

    @Column(name = "actor_code", length = 32)
    private String actor;

    @Column(name = "target_id")
    private Long targetId;

    @Column(length = 100)
    private String base;

    // varchar, not a LOB: the same column type on H2 and PostgreSQL (which has no clob)
    @Column(nullable = false, length = 200000)
    private String payload;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewStatus status;

    @Column(length = 100)
    private String reviewer;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(length = 1000)
    private String reason;

    @Column(name = "published_revision")
    private Long publishedRevision;

    protected PendingChange() {}

    public PendingChange(
            ChangeKind kind,
            String plan,
            String ref,
            String actor,
            Long targetId,
            String base,
            String payload,
            String author,
            Instant createdAt) {
        this.kind = kind;
        this.plan = plan;
        this.ref = ref;
        this.actor = actor;
        this.targetId = targetId;
        this.base = base;
        this.payload = payload;
        this.author = author;
        this.createdAt = createdAt;
        this.status = ReviewStatus.PENDING;
    }

    public void approve(String by, Instant at, long revision) {
        status = ReviewStatus.APPROVED;
        reviewer = by;
        reviewedAt = at;
        publishedRevision = revision;
    }

    public void reject(String by, Instant at, String why) {
        status = ReviewStatus.REJECTED;
        reviewer = by;
        reviewedAt = at;
        reason = why;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public String getPlan() {
        return plan;
    }

    public String getRef() {
        return ref;
    }

    public String getActor() {
        return actor;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getBase() {
        return base;
    }

    public String getPayload() {
        return payload;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReason() {
        return reason;
    }

    public Long getPublishedRevision() {
        return publishedRevision;
    }
}
