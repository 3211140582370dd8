package org.redlines.watch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.redlines.i18n.Messages;
import org.redlines.positions.Links;
import org.redlines.positions.PositionInfo;
import org.redlines.watch.internal.WebhookDeliveryEntity;
import org.redlines.watch.internal.WebhookDeliveryRepository;
import org.redlines.watch.internal.WebhookEntity;
import org.redlines.watch.internal.WebhookRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts pending webhook deliveries: one POST per change that affects the webhook's view, with the body signed by
 * HMAC-SHA256 under the webhook's secret ({@code X-Redlines-Signature-256: sha256=<hex>}, as GitHub does it), a
 * timeout, and after a failure (no answer, or an answer other than 2xx) further attempts after 30 s, 1, 2, 4...
 * minutes (at most an hour apart) until {@code redlines.webhook.max-attempts}, after which the delivery is given up
 * and the log says so. One instance posts at a time (ShedLock).
 */
@Service
public class WebhookSender {

    static final String SIGNATURE = "X-Redlines-Signature-256";
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WatchMatcher matcher;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String base;
    private final Duration timeout;
    private final int maxAttempts;
    private final HttpClient http;

    WebhookSender(
            WebhookRepository webhooks,
            WebhookDeliveryRepository deliveries,
            WatchMatcher matcher,
            PlatformTransactionManager transactions,
            Optional<Clock> clock,
            @Value("${redlines.public-url}") String publicUrl,
            @Value("${redlines.webhook.timeout}") Duration timeout,
            @Value("${redlines.webhook.max-attempts}") int maxAttempts) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.matcher = matcher;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
        this.base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        this.timeout = timeout;
        this.maxAttempts = maxAttempts;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(
            initialDelayString = "${redlines.notify.initial-delay}",
            fixedDelayString = "${redlines.notify.interval}")
    @SchedulerLock(name = "notify-webhooks", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
    public void scheduled() {
        postDue();
    }

    /** One round: posts every delivery that is due; the number the receivers accepted. */
    public int postDue() {
        Instant now = clock.instant();
        List<WebhookDeliveryEntity> due = tx.execute(status -> deliveries.due(now));
        int accepted = 0;
        for (WebhookDeliveryEntity delivery : due) {
            Optional<WebhookEntity> hook = tx.execute(status -> webhooks.findById(delivery.webhookId()));
            if (hook.isEmpty() || !hook.get().active()) {
                continue;
            }
            Integer status = null;
            String error;
            try {
                byte[] body = body(hook.get(), delivery);
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create(hook.get().url()))
                        .timeout(timeout)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("User-Agent", "Redlines-Webhook")
                        .header("X-Redlines-Delivery", String.valueOf(delivery.revision()))
                        .header(SIGNATURE, "sha256=" + sign(hook.get().secret(), body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
                error = status / 100 == 2 ? null : "HTTP " + status;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return accepted;
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            Integer answer = status;
            String problem = error;
            Instant at = clock.instant();
            tx.executeWithoutResult(s -> deliveries.findById(delivery.id()).ifPresent(d -> {
                if (problem == null) {
                    d.delivered(at, answer);
                } else {
                    Instant next = d.attempts() + 1 >= maxAttempts ? null : at.plus(backoff(d.attempts() + 1));
                    d.failed(answer, problem, next);
                }
            }));
            if (error == null) {
                accepted++;
            } else {
                log.warn("Webhook {} revision {}: {}", delivery.webhookId(), delivery.revision(), error);
            }
        }
        return accepted;
    }

    /** The wait after the {@code attempts}-th failure: 30 s, 1 min, 2 min... at most an hour. */
    static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(attempts - 1, 10);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON body: the change's data for programs, or {"text": ...} that chat tools show as a message. */
    byte[] body(WebhookEntity hook, WebhookDeliveryEntity delivery) {
        String link = hook.link();
        WatchMatcher.Moves moves = matcher.moves(link, delivery.revision() - 1, delivery.revision());
        String live = base + link;
        String before = base + Links.atRevision(link, delivery.revision() - 1);
        String after = base + Links.atRevision(link, delivery.revision());
        String plan = moves.after().matrix().plan().code();
        Map<String, Object> out = new LinkedHashMap<>();
        if (hook.format() == WebhookInfo.Format.TEXT) {
            java.util.Locale previous = LocaleContextHolder.getLocale();
            LocaleContextHolder.setLocale(Messages.ENGLISH);
            try {
                StringBuilder text = new StringBuilder();
                text.append(Messages.t(
                                "webhook.text.head",
                                hook.info().name(),
                                moves.after().matrix().plan().title(),
                                delivery.changedBy(),
                                Messages.timestamp(delivery.changedAt())))
                        .append('\n');
                for (WatchMatcher.Difference d : moves.differences()) {
                    text.append("• ");
                    if (d.ref() != null) {
                        text.append(Messages.t("watch.mail.point", d.ref())).append(": ");
                    }
                    text.append(ChangeWords.of(d, moves.after())).append('\n');
                }
                text.append(live);
                out.put("text", text.toString());
            } finally {
                LocaleContextHolder.setLocale(previous);
            }
        } else {
            out.put("webhook", hook.info().name());
            out.put("revision", delivery.revision());
            out.put("changedAt", delivery.changedAt().toString());
            out.put("changedBy", delivery.changedBy());
            out.put("plan", plan);
            List<Map<String, Object>> changes = new ArrayList<>();
            for (WatchMatcher.Difference d : moves.differences()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                c.put("point", d.ref());
                c.put("actor", d.actor());
                c.put("before", cell(d.before()));
                c.put("after", cell(d.after()));
                if (d.ref() != null) {
                    c.put("pointLink", base + Links.point(plan, d.ref()));
                }
                changes.add(c);
            }
            out.put("changes", changes);
            Map<String, String> links = new LinkedHashMap<>();
            links.put("live", live);
            links.put("before", before);
            links.put("after", after);
            out.put("links", links);
        }
        return JSON.writeValueAsBytes(out);
    }

    private static Map<String, Object> cell(PositionInfo p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("stance", p.stance().code());
        c.put("redLine", p.redLine());
        c.put("asOf", p.asOf() == null ? null : p.asOf().toString());
        c.put("summary", p.summary());
        return c;
    }
}
