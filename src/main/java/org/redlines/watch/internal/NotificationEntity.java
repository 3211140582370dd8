package org.redlines.watch.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change that affects a watch and is to be told by e-mail: one per watch and data revision (a unique key), sent
 * once the SMTP server has accepted the message that carries it.
 */
@Entity
@Table(name = "notification")
public class NotificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 1)
    private Long id;

    @Column(name = "watch_id", nullable = false)
    private long watchId;

    @Column(nullable = false)
    private long revision;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected NotificationEntity() {}

    public NotificationEntity(long watchId, long revision, Instant changedAt, String changedBy, Instant createdAt) {
        this.watchId = watchId;
        this.revision = revision;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long watchId() {
        return watchId;
    }

    public long revision() {
        return revision;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void sent(Instant at) {
        this.sentAt = at;
        this.lastError = null;
    }

    public void failed(String error) {
        this.attempts++;
        this.lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
