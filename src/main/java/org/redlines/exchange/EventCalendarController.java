package org.redlines.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.redlines.changes.ChangesFilter;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.routes.Routes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /export/events.ics}: every event of the negotiation, scheduled ones included, for a calendar to
 * subscribe to. With {@code rev=N} the events as recorded then.
 */
@RestController
class EventCalendarController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    /** "What moved" from a week before an event's day to a week after it. */
    static final int DAYS_AROUND = 7;

    private final MatrixService matrices;

    EventCalendarController(MatrixService matrices) {
        this.matrices = matrices;
    }

    @GetMapping("/" + Routes.EVENTS_ICS)
    ResponseEntity<byte[]> events(HttpServletRequest request) {
        Catalog catalog = matrices.catalog(MatrixParams.fromServlet(request.getParameterMap()));
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + "/";
        EventCalendar.Texts texts = new EventCalendar.Texts(
                Messages.t("events.feed.name"),
                e -> Words.eventKind(e.kind()),
                e -> e.actors().isEmpty()
                        ? Messages.t("events.feed.no-parties")
                        : Messages.t(
                                "events.feed.parties",
                                e.actors().stream()
                                        .map(code -> catalog.actor(code)
                                                .map(ActorInfo::name)
                                                .orElse(code))
                                        .collect(Collectors.joining(", "))),
                Messages.t("events.feed.sources"),
                Messages.t("events.feed.what-moved"));
        byte[] body = EventCalendar.write(
                matrices.events(catalog), texts, day -> base + whatMoved(day, catalog), Instant.now());
        return Attachment.of(CALENDAR, "redlines-events.ics", body);
    }

    private static String whatMoved(LocalDate day, Catalog catalog) {
        ChangesFilter around = ChangesFilter.NONE.withRange(day.minusDays(DAYS_AROUND), day.plusDays(DAYS_AROUND));
        return Links.withQuery(Routes.CHANGES, around.toParameters(catalog));
    }
}
