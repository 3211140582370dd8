package org.redlines.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.redlines.dataset.EventKind;
import org.redlines.positions.EventInfo;
import org.redlines.positions.SourceInfo;

/**
 * The negotiation's events as an iCalendar (RFC 5545) feed, written by ical4j, which escapes and folds the text:
 * each event is a whole-day {@code VEVENT} (a scheduled one tentative, the rest confirmed; none blocks time).
 */
final class EventCalendar {

    static final String PRODUCT = "-//Redlines//Negotiation events//EN";

    /** RFC 5545's limit on a line, in octets, not counting its line break. */
    static final int MAX_LINE_OCTETS = 75;

    private EventCalendar() {}

    /** What the feed says in words: its name and each event's description. */
    record Texts(
            String calendarName,
            Function<EventInfo, String> kind,
            Function<EventInfo, String> parties,
            String sourcesHeading,
            String whatMovedHeading) {}

    /**
     * The feed. {@code whatMoved} gives the absolute link to "What moved" around an event's day; {@code stamp} is
     * when the feed was made (each event's {@code DTSTAMP}).
     */
    static byte[] write(List<EventInfo> events, Texts texts, Function<LocalDate, String> whatMoved, Instant stamp) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new XProperty("X-WR-CALNAME", texts.calendarName()));
        for (EventInfo event : events) {
            String link = whatMoved.apply(event.date());
            VEvent vevent = new VEvent(event.date(), event.date().plusDays(1), event.title())
                    .replace(new DtStamp(stamp))
                    .add(new Uid(uid(event)))
                    .add(new Description(description(event, texts, link)))
                    .add(new Categories(texts.kind().apply(event)))
                    .add(new Url(URI.create(link)))
                    .add(
                            event.kind() == EventKind.SCHEDULED
                                    ? ImmutableStatus.VEVENT_TENTATIVE
                                    : ImmutableStatus.VEVENT_CONFIRMED)
                    .add(ImmutableTransp.TRANSPARENT);
            calendar.add(vevent);
        }
        StringWriter unfolded = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, unfolded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The events feed does not validate: " + e.getMessage(), e);
        }
        // ical4j folds at 75 characters, but RFC 5545 counts octets: unfold its lines and fold them again by octets.
        return fold(unfolded.toString().replace("\r\n ", "")).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Folds every content line longer than 75 octets of UTF-8 (RFC 5545, 3.1): a line break and a space before
     * the octet that would pass the limit, never inside a character.
     */
    static String fold(String content) {
        StringBuilder folded = new StringBuilder(content.length() + content.length() / 50);
        for (String line : content.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = MAX_LINE_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > limit) {
                    folded.append("\r\n ");
                    octets = 0;
                    limit = MAX_LINE_OCTETS - 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    /**
     * A stable identity: the event's day and title, which a dataset keeps unique, hashed. It survives a restart, an
     * export and re-import, a restore and another instance on the same data; a corrected day or title makes a new
     * event for calendars, which then drop the old one at their next refresh.
     */
    static String uid(EventInfo event) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((event.date() + "\n" + event.title()).getBytes(StandardCharsets.UTF_8));
            return "event-" + HexFormat.of().formatHex(hash, 0, 16) + "@redlines";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String description(EventInfo event, Texts texts, String link) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.kind().apply(event) + ". " + texts.parties().apply(event));
        if (event.summary() != null && !event.summary().isBlank()) {
            lines.add("");
            lines.add(event.summary());
        }
        if (!event.sources().isEmpty()) {
            lines.add("");
            lines.add(texts.sourcesHeading());
            for (SourceInfo source : event.sources()) {
                lines.add("- " + source(source));
            }
        }
        lines.add("");
        lines.add(texts.whatMovedHeading());
        lines.add(link);
        return String.join("\n", lines);
    }

    private static String source(SourceInfo source) {
        StringBuilder text = new StringBuilder(source.publisher());
        if (source.title() != null && !source.title().isBlank()) {
            text.append(": ").append(source.title());
        }
        if (source.date() != null) {
            text.append(" (").append(source.date()).append(')');
        }
        if (source.url() != null && !source.url().isBlank()) {
            text.append(' ').append(source.url());
        }
        return text.toString();
    }
}
