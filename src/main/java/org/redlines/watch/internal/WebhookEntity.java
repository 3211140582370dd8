package org.redlines.watch.internal;

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
import org.redlines.watch.WebhookInfo;

/** A webhook an administrator keeps: the matrix link it watches, where it posts, its secret and its format. */
@Entity
@Table(name = "webhook")
public class WebhookEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(nullable = false, length = 40)
    private String route;

    @Column(nullable = false, length = 4000)
    private String query;

    @Column(nullable = false, length = 200)
    private String secret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WebhookInfo.Format format;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookEntity() {}

    public WebhookEntity(
            String name,
            String url,
            String route,
            String query,
            String secret,
            WebhookInfo.Format format,
            Instant createdAt) {
        this.name = name;
        this.url = url;
        this.route = route;
        this.query = query;
        this.secret = secret;
        this.format = format;
        this.active = true;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String secret() {
        return secret;
    }

    public String link() {
        return query.isEmpty() ? route : route + "?" + query;
    }

    public WebhookInfo.Format format() {
        return format;
    }

    public boolean active() {
        return active;
    }

    public void active(boolean active) {
        this.active = active;
    }

    public WebhookInfo info() {
        return new WebhookInfo(id, name, url, link(), format, active, createdAt);
    }
}
