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
import java.util.List;
import org.redlines.watch.Frequency;
import org.redlines.watch.WatchInfo;

/** A user's watch on a view's link: the route and its query string in the view's own canonical form. */
@Entity
@Table(name = "watch")
public class WatchEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "watch_seq")
    @SequenceGenerator(name = "watch_seq", sequenceName = "watch_seq", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(nullable = false, length = 300)
    private String route;

    @Column(nullable = false, length = 4000)
    private String query;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Frequency frequency;

    @Column(name = "digest_hour", nullable = false)
    private int digestHour;

    @Column(nullable = false)
    private boolean paused;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_notified_at")
    private Instant lastNotifiedAt;

    /** The data revision its owner last saw the view at: "what changed since" starts here. */
    @Column(name = "last_seen_revision", nullable = false)
    private long lastSeenRevision;

    /** A private feed address's token, for readers that cannot sign in; none until the owner asks for one. */
    @Column(name = "feed_token", length = 64)
    private String feedToken;

    /** The matrix links (one per line) whose moves the view shows; empty for a matrix view (its own link). */
    @Column(nullable = false, length = 4000)
    private String matches = "";

    protected WatchEntity() {}

    public WatchEntity(
            String username, String route, String query, List<String> matrixLinks, Instant createdAt, long revision) {
        this(username, route, query, createdAt, revision);
        this.matches = String.join("\n", matrixLinks);
    }

    /** The matrix links whose moves this watch's view shows. */
    public List<String> matrixLinks() {
        return matches.isEmpty() ? List.of(link()) : List.of(matches.split("\n"));
    }

    public Long id() {
        return id;
    }

    public String link() {
        return query.isEmpty() ? route : route + "?" + query;
    }

    public Frequency frequency() {
        return frequency;
    }

    public int digestHour() {
        return digestHour;
    }

    public boolean paused() {
        return paused;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastNotifiedAt() {
        return lastNotifiedAt;
    }

    public void notified(Instant at) {
        this.lastNotifiedAt = at;
    }

    public String feedToken() {
        return feedToken;
    }

    public void feedToken(String token) {
        this.feedToken = token;
    }

    public WatchEntity(String username, String route, String query, Instant createdAt, long revision) {
        this.lastSeenRevision = revision;
        this.username = username;
        this.route = route;
        this.query = query;
        this.frequency = Frequency.DAILY;
        this.digestHour = 7;
        this.createdAt = createdAt;
    }

    public String username() {
        return username;
    }

    public long lastSeenRevision() {
        return lastSeenRevision;
    }

    public void seen(long revision) {
        this.lastSeenRevision = Math.max(lastSeenRevision, revision);
    }

    public void pause(boolean paused) {
        this.paused = paused;
    }

    public void schedule(Frequency frequency, int digestHour) {
        this.frequency = frequency;
        this.digestHour = digestHour;
    }

    public WatchInfo info() {
        return new WatchInfo(
                id,
                link(),
                frequency,
                digestHour,
                paused,
                createdAt,
                lastNotifiedAt,
                lastSeenRevision,
                feedToken,
                matrixLinks());
    }
}
