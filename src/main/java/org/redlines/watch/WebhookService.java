package org.redlines.watch;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.redlines.access.RequiresRole;
import org.redlines.access.Role;
import org.redlines.i18n.Messages;
import org.redlines.watch.internal.WebhookDeliveryRepository;
import org.redlines.watch.internal.WebhookEntity;
import org.redlines.watch.internal.WebhookRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' webhooks: each watches a matrix link, like a user's watch, and posts every change that
 * affects it to a receiver, signed with its own secret (shown once, when it is made).
 */
@Service
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WatchService watches;
    private final Clock clock;

    WebhookService(
            WebhookRepository webhooks,
            WebhookDeliveryRepository deliveries,
            WatchService watches,
            Optional<Clock> clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.watches = watches;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A new webhook and its secret, which is not shown again. */
    public record Created(WebhookInfo webhook, String secret) {}

    /** A webhook's settings are not acceptable; the message says why, in the current language. */
    public static class InvalidWebhook extends RuntimeException {
        public InvalidWebhook(String message) {
            super(message);
        }
    }

    /**
     * Adds a webhook for the matrix link {@code link} (e.g. "matrix?plan=US-UA-20&actors=RU", kept in the
     * matrix's canonical form) posting to {@code url} (http or https).
     */
    @RequiresRole(Role.ADMIN)
    @Transactional
    public Created create(String name, String url, String link, WebhookInfo.Format format) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 200) {
            throw new InvalidWebhook(Messages.t("webhook.error.name"));
        }
        URI target;
        try {
            target = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidWebhook(Messages.t("webhook.error.url", url));
        }
        if (target.getHost() == null
                || !("http".equals(target.getScheme()) || "https".equals(target.getScheme()))
                || url.length() > 2000) {
            throw new InvalidWebhook(Messages.t("webhook.error.url", url));
        }
        String canonical = watches.matrixLink(WatchMatcher.parameters(link == null ? "" : link.strip()));
        int cq = canonical.indexOf('?');
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        WebhookEntity hook = webhooks.save(new WebhookEntity(
                label,
                target.toString(),
                cq < 0 ? canonical : canonical.substring(0, cq),
                cq < 0 ? "" : canonical.substring(cq + 1),
                secret,
                format == null ? WebhookInfo.Format.JSON : format,
                clock.instant()));
        return new Created(hook.info(), secret);
    }

    @RequiresRole(Role.ADMIN)
    @Transactional(readOnly = true)
    public List<WebhookInfo> list() {
        return webhooks.findAllByOrderByCreatedAtDesc().stream()
                .map(WebhookEntity::info)
                .toList();
    }

    @RequiresRole(Role.ADMIN)
    @Transactional
    public WebhookInfo setActive(long id, boolean active) {
        WebhookEntity hook =
                webhooks.findById(id).orElseThrow(() -> new InvalidWebhook(Messages.t("webhook.error.gone")));
        hook.active(active);
        return hook.info();
    }

    @RequiresRole(Role.ADMIN)
    @Transactional
    public void delete(long id) {
        webhooks.deleteById(id);
    }

    /** The latest deliveries of all webhooks, newest first. */
    @RequiresRole(Role.ADMIN)
    @Transactional(readOnly = true)
    public List<WebhookInfo.Delivery> log(int limit) {
        Map<Long, String> names = webhooks.findAll().stream()
                .collect(Collectors.toMap(WebhookEntity::id, h -> h.info().name(), (a, b) -> a));
        return deliveries.latest(PageRequest.of(0, limit)).stream()
                .map(d -> d.info(names.getOrDefault(d.webhookId(), "?")))
                .toList();
    }
}
