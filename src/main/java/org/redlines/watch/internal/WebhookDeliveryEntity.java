package org.redlines.watch.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.redlines.watch.WebhookInfo;

/** One change to post to one webhook (unique per webhook and revision), with its attempts so far. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDeliveryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 1)
    private Long id;

    @Column(name = "webhook_id", nullable = false)
    private long webhookId;

    @Column(nullable = false)
    private long revision;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(nullable = false)
    private boolean abandoned;

    protected WebhookDeliveryEntity() {}

    public WebhookDeliveryEntity(long webhookId, long revision, Instant changedAt, String changedBy, Instant now) {
        this.webhookId = webhookId;
        this.revision = revision;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public Long id() {
        return id;
    }

    public long webhookId() {
        return webhookId;
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

    public int attempts() {
        return attempts;
    }

    public void delivered(Instant at, int status) {
        this.attempts++;
        this.deliveredAt = at;
        this.lastStatus = status;
        this.lastError = null;
    }

    /** A failed attempt: tried again at {@code next}, or given up when {@code next} is null. */
    public void failed(Integer status, String error, Instant next) {
        this.attempts++;
        this.lastStatus = status;
        this.lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (next == null) {
            this.abandoned = true;
        } else {
            this.nextAttemptAt = next;
        }
    }

    public WebhookInfo.Delivery info(String webhookName) {
        return new WebhookInfo.Delivery(
                id,
                webhookName,
                revision,
                changedAt,
                attempts,
                deliveredAt,
                lastStatus,
                lastError,
                abandoned,
                deliveredAt == null && !abandoned ? nextAttemptAt : null);
    }
}
