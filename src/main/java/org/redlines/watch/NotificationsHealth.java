package org.redlines.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.redlines.watch.internal.NotificationRepository;
import org.redlines.watch.internal.WebhookDeliveryRepository;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/notifications}: what is waiting to be told (e-mail, webhook posts, change events whose
 * listener has not completed), and how long the oldest e-mail has waited. A delivery backlog does not make the
 * instance unhealthy (a load balancer must not take it out for an SMTP outage); it is reported as details, which
 * administrators see.
 */
@Component("notifications")
class NotificationsHealth extends AbstractHealthIndicator {

    private final NotificationRepository notifications;
    private final WebhookDeliveryRepository deliveries;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    NotificationsHealth(
            NotificationRepository notifications,
            WebhookDeliveryRepository deliveries,
            JdbcTemplate jdbc,
            Optional<Clock> clock) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Instant oldest = notifications.oldestPending();
        Long events =
                jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
        builder.up()
                .withDetail("mailPending", notifications.countPending())
                .withDetail(
                        "mailOldestPendingSeconds",
                        oldest == null
                                ? 0
                                : Duration.between(oldest, clock.instant()).toSeconds())
                .withDetail("webhookPending", deliveries.countPending())
                .withDetail("webhookGivenUp", deliveries.countAbandoned())
                .withDetail("eventsIncomplete", events == null ? 0 : events);
    }
}
