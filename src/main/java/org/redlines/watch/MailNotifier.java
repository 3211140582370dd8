package org.redlines.watch;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.redlines.routes.Routes;
import org.redlines.security.UserService;
import org.redlines.watch.internal.NotificationEntity;
import org.redlines.watch.internal.NotificationRepository;
import org.redlines.watch.internal.WatchEntity;
import org.redlines.watch.internal.WatchRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the pending notifications by e-mail, one message per user and round however many watches and changes:
 * a watch set to "immediately" goes at the next round (every {@code redlines.notify.interval}), a daily one at its
 * hour (UTC) with everything recorded before it. A notification is marked sent only after the SMTP server has
 * accepted its message, so an outage delays it and loses nothing (at least once). With several instances, ShedLock's
 * lock row lets one of them send at a time.
 */
@Service
public class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final Optional<JavaMailSender> mail;
    private final NotificationRepository notifications;
    private final WatchRepository watches;
    private final org.redlines.security.Contacts contacts;
    private final NotificationMail writer;
    private final SignedTokens tokens;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String base;
    private final String from;

    MailNotifier(
            Optional<JavaMailSender> mail,
            NotificationRepository notifications,
            WatchRepository watches,
            org.redlines.security.Contacts contacts,
            NotificationMail writer,
            SignedTokens tokens,
            PlatformTransactionManager transactions,
            Optional<Clock> clock,
            @Value("${redlines.public-url}") String publicUrl,
            @Value("${redlines.notify.from}") String from) {
        this.mail = mail;
        this.notifications = notifications;
        this.watches = watches;
        this.contacts = contacts;
        this.writer = writer;
        this.tokens = tokens;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
        this.base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        this.from = from;
    }

    /** Whether e-mail is configured at all (spring.mail.host); without it the e-mail options are hidden. */
    public boolean enabled() {
        return mail.isPresent();
    }

    @Scheduled(
            initialDelayString = "${redlines.notify.initial-delay}",
            fixedDelayString = "${redlines.notify.interval}")
    @SchedulerLock(name = "notify-mail", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
    public void scheduled() {
        sendDue();
    }

    /** One round: sends what is due now; the number of messages the SMTP server accepted. */
    public int sendDue() {
        if (mail.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Batch> batches = tx.execute(status -> due(now));
        NotificationMail.Round round = new NotificationMail.Round();
        int sent = 0;
        long started = System.nanoTime();
        for (int from = 0; from < batches.size(); from += CHUNK) {
            sent += sendChunk(batches.subList(from, Math.min(batches.size(), from + CHUNK)), round, now);
        }
        if (!batches.isEmpty()) {
            log.info(
                    "E-mail round: {} of {} message(s) accepted in {} ms (writing {} ms, SMTP {} ms)",
                    sent,
                    batches.size(),
                    (System.nanoTime() - started) / 1_000_000,
                    round.writingNanos / 1_000_000,
                    round.smtpNanos / 1_000_000);
        }
        return sent;
    }

    /** Messages sent over one SMTP connection (one connection per message costs more than writing them). */
    static final int CHUNK = 50;

    private int sendChunk(List<Batch> chunk, NotificationMail.Round round, Instant now) {
        Map<MimeMessage, Batch> messages = new LinkedHashMap<>();
        List<Batch> failed = new ArrayList<>();
        Map<Batch, String> errors = new LinkedHashMap<>();
        long writing = System.nanoTime();
        for (Batch batch : chunk) {
            try {
                messages.put(message(batch, round), batch);
            } catch (RuntimeException | jakarta.mail.MessagingException e) {
                errors.put(batch, e.toString());
            }
        }
        long smtp = System.nanoTime();
        round.writingNanos += smtp - writing;
        try {
            if (!messages.isEmpty()) {
                mail.orElseThrow().send(messages.keySet().toArray(MimeMessage[]::new));
            }
            round.smtpNanos += System.nanoTime() - smtp;
        } catch (MailSendException e) {
            // Some or all were refused: those are tried again next round, the others are sent.
            Map<Object, Exception> refused = e.getFailedMessages();
            messages.forEach((message, batch) -> {
                if (refused.isEmpty() || refused.containsKey(message)) {
                    Exception cause = refused.get(message);
                    errors.put(batch, cause == null ? e.toString() : cause.toString());
                }
            });
        } catch (RuntimeException e) {
            messages.values().forEach(batch -> errors.put(batch, e.toString()));
        }
        List<Batch> accepted =
                messages.values().stream().filter(b -> !errors.containsKey(b)).toList();
        tx.executeWithoutResult(status -> {
            notifications
                    .findAllById(
                            accepted.stream().flatMap(b -> b.ids().stream()).toList())
                    .forEach(n -> n.sent(now));
            watches.findAllById(accepted.stream()
                            .flatMap(b -> b.watchIds().stream())
                            .distinct()
                            .toList())
                    .forEach(w -> w.notified(now));
            errors.forEach(
                    (batch, error) -> notifications.findAllById(batch.ids()).forEach(n -> n.failed(error)));
        });
        errors.forEach((batch, error) -> log.warn(
                "E-mail to {} not sent, tried again next round: {}",
                batch.contact().username(),
                error));
        return accepted.size();
    }

    private record Batch(
            UserService.Contact contact, boolean digest, Map<WatchEntity, List<NotificationEntity>> byWatch) {
        List<Long> ids() {
            return byWatch.values().stream()
                    .flatMap(List::stream)
                    .map(n -> n.id())
                    .toList();
        }

        List<Long> watchIds() {
            return byWatch.keySet().stream().map(WatchEntity::id).toList();
        }
    }

    private List<Batch> due(Instant now) {
        List<NotificationEntity> pending = notifications.pending();
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<Long, WatchEntity> byId =
                watches
                        .findAllById(pending.stream()
                                .map(NotificationEntity::watchId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(WatchEntity::id, Function.identity()));
        Map<String, UserService.Contact> contacts = this.contacts.of(
                byId.values().stream().map(WatchEntity::username).distinct().toList());
        Map<String, Map<WatchEntity, List<NotificationEntity>>> perUser = new LinkedHashMap<>();
        Map<String, Boolean> immediate = new LinkedHashMap<>();
        for (NotificationEntity n : pending) {
            WatchEntity watch = byId.get(n.watchId());
            if (watch == null) {
                continue;
            }
            if (watch.paused() || watch.frequency() == Frequency.OFF || !contacts.containsKey(watch.username())) {
                // Paused, e-mail turned off, or no address any more: nothing to send for this change, ever.
                n.sent(now);
                continue;
            }
            boolean due = watch.frequency() == Frequency.IMMEDIATELY
                    || n.createdAt().isBefore(lastDigestTime(watch.digestHour(), now));
            if (due) {
                perUser.computeIfAbsent(watch.username(), u -> new LinkedHashMap<>())
                        .computeIfAbsent(watch, w -> new ArrayList<>())
                        .add(n);
                if (watch.frequency() == Frequency.IMMEDIATELY) {
                    immediate.put(watch.username(), true);
                }
            }
        }
        List<Batch> out = new ArrayList<>();
        perUser.forEach((user, byWatch) -> {
            byWatch.values().forEach(list -> list.sort(Comparator.comparingLong(NotificationEntity::revision)));
            out.add(new Batch(contacts.get(user), !immediate.containsKey(user), byWatch));
        });
        return out;
    }

    /** The latest daily digest time at {@code hour} UTC that is not after {@code now}. */
    static Instant lastDigestTime(int hour, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant todays = today.atTime(hour, 0).toInstant(ZoneOffset.UTC);
        return todays.isAfter(now) ? todays.minusSeconds(86_400) : todays;
    }

    private MimeMessage message(Batch batch, NotificationMail.Round round) throws jakarta.mail.MessagingException {
        UserService.Contact contact = batch.contact();
        java.util.Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(contact.locale());
        NotificationMail.Content content;
        try {
            List<NotificationMail.Section> sections = new ArrayList<>();
            batch.byWatch()
                    .forEach((watch, list) -> sections.add(new NotificationMail.Section(
                            watch.info(),
                            list.stream()
                                    .map(n -> new NotificationMail.Change(n.revision(), n.changedAt(), n.changedBy()))
                                    .toList(),
                            unsubscribeLink("w:" + watch.id()))));
            content = writer.write(sections, batch.digest(), base, base + Routes.WATCHES, round);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
        JavaMailSender sender = mail.orElseThrow();
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(new InternetAddress(from));
        helper.setTo(contact.email());
        helper.setSubject(content.subject());
        helper.setText(content.text(), content.html());
        String all = unsubscribeLink("u:" + contact.username());
        message.setHeader("List-Unsubscribe", "<" + all + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Content-Language", contact.locale().getLanguage());
        return message;
    }

    private String unsubscribeLink(String subject) {
        return base + Routes.UNSUBSCRIBE + "?t=" + tokens.sign(subject);
    }
}
