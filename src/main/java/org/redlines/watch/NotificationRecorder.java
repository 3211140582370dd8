package org.redlines.watch;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.redlines.positions.DataRevised;
import org.redlines.watch.internal.NotificationEntity;
import org.redlines.watch.internal.NotificationRepository;
import org.redlines.watch.internal.WatchRepository;
import org.redlines.watch.internal.WebhookDeliveryEntity;
import org.redlines.watch.internal.WebhookDeliveryRepository;
import org.redlines.watch.internal.WebhookEntity;
import org.redlines.watch.internal.WebhookRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, after each committed change of the data, whom it concerns: every watch with e-mail on whose view the
 * change affects (the matrix engine's own comparison, once per distinct link however many watch it) gets one
 * pending notification, and so does every active webhook. The event comes from Spring Modulith's publication
 * registry, written in the change's own transaction; if this listener does not complete (a crash, a SIGKILL), the
 * publication stays incomplete and is submitted again; the unique key per watch and revision keeps that from
 * recording anything twice.
 */
@Service
public class NotificationRecorder {

    private static final Logger log = LoggerFactory.getLogger(NotificationRecorder.class);

    private final WatchRepository watches;
    private final NotificationRepository notifications;
    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WatchMatcher matcher;
    private final org.redlines.security.Contacts contacts;
    private final boolean mail;
    private final Clock clock;

    NotificationRecorder(
            WatchRepository watches,
            NotificationRepository notifications,
            WebhookRepository webhooks,
            WebhookDeliveryRepository deliveries,
            WatchMatcher matcher,
            org.redlines.security.Contacts contacts,
            Optional<JavaMailSender> mail,
            Optional<Clock> clock) {
        this.watches = watches;
        this.notifications = notifications;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.matcher = matcher;
        this.contacts = contacts;
        this.mail = mail.isPresent();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @ApplicationModuleListener
    void on(DataRevised change) {
        Result result = record(change);
        if (result.notifications() + result.deliveries() > 0) {
            log.info(
                    "Revision {}: {} e-mail notification(s), {} webhook delivery(ies) pending ({} link(s) compared)",
                    change.revision(),
                    result.notifications(),
                    result.deliveries(),
                    result.linksCompared());
        }
    }

    /** What one change led to: pending notifications and deliveries, and how many distinct links were compared. */
    public record Result(int notifications, int deliveries, int linksCompared) {}

    /** Records the notifications and deliveries {@code change} calls for (public for the benchmark). */
    @Transactional
    public Result record(DataRevised change) {
        long before = change.revision() - 1;
        if (before < 1) {
            return new Result(0, 0, 0);
        }
        Map<String, Boolean> affects = new HashMap<>();
        Instant now = clock.instant();
        int recorded = 0;
        if (mail) {
            List<WatchRepository.Target> candidates = watches.targets(Frequency.OFF);
            Set<String> owners =
                    candidates.stream().map(WatchRepository.Target::username).collect(Collectors.toSet());
            Set<String> reachable = this.contacts.of(owners).keySet();
            Set<Long> told = notifications.watchesTold(change.revision());
            List<NotificationEntity> pending = new java.util.ArrayList<>();
            for (WatchRepository.Target watch : candidates) {
                if (reachable.contains(watch.username())
                        && !told.contains(watch.id())
                        && watch.matrixLinks().stream()
                                .anyMatch(link ->
                                        affects.computeIfAbsent(link, l -> affected(l, before, change.revision())))) {
                    pending.add(
                            new NotificationEntity(watch.id(), change.revision(), change.at(), change.author(), now));
                }
            }
            notifications.saveAll(pending);
            recorded = pending.size();
        }
        int posted = 0;
        for (WebhookEntity hook : webhooks.findByActiveTrue()) {
            if (affects.computeIfAbsent(hook.link(), l -> affected(l, before, change.revision()))
                    && !deliveries.existsByWebhookIdAndRevision(hook.id(), change.revision())) {
                deliveries.save(
                        new WebhookDeliveryEntity(hook.id(), change.revision(), change.at(), change.author(), now));
                posted++;
            }
        }
        return new Result(recorded, posted, affects.size());
    }

    private boolean affected(String link, long before, long after) {
        return !matcher.differences(link, before, after).isEmpty();
    }
}
