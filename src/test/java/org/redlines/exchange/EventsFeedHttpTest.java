package org.redlines.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.redlines.dataset.EventKind;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.EventDraft;
import org.redlines.positions.MatrixService;
import org.redlines.positions.SourceInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The events feed as a calendar gets it: fetched anonymously over HTTP, read back by ical4j (which wrote it) and by
 * biweekly (which did not), with titles that try to break the format.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:events-feed;DB_CLOSE_DELAY=-1")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsFeedHttpTest {

    static final String HOSTILE = "Talks, \"round 3\"; =HYPERLINK(\"http://x\") \\ +1 -2 @A1 — Переговори в Женеві,"
            + " a title long enough that a line of the file must fold it somewhere in the middle of Кирилиця";
    static final String SCHEDULED = "Next round; Istanbul, \"tbc\"";
    static final LocalDate HOSTILE_DAY = LocalDate.of(2026, 6, 1);
    static final LocalDate NEXT_ROUND = LocalDate.now().plusDays(20);

    @LocalServerPort
    int port;

    @Autowired
    CurationService curation;

    @Autowired
    MatrixService matrices;

    long revisionBefore;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void addHostileEvents() {
        revisionBefore = matrices.latestRevision();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "ana", null, List.of(new SimpleGrantedAuthority("ROLE_ANALYST"))));
        try {
            curation.addEvent(new EventDraft(
                    HOSTILE_DAY,
                    HOSTILE,
                    EventKind.TALKS,
                    List.of("UA", "RU"),
                    "Summary with a comma, a semicolon; and a\nline break.",
                    List.of(new SourceInfo(
                            "Reuters",
                            "Talks; \"what\" next",
                            "https://www.reuters.com/world/a?b=1&c=2",
                            HOSTILE_DAY))));
            curation.addEvent(new EventDraft(NEXT_ROUND, SCHEDULED, EventKind.SCHEDULED, List.of("US"), "", List.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + pathAndQuery))
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), e -> e, (a, b) -> {
                    throw new AssertionError("two events with the UID " + a.getUid());
                }));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void every_event_is_a_whole_day_entry_that_reads_back_intact_in_ical4j() throws Exception {
        HttpResponse<byte[]> response = get("export/events.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("redlines-events.ics");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text.lines())
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                        .as("RFC 5545 folds lines at 75 octets")
                        .isLessThanOrEqualTo(75));
        assertThat(text).contains("\r\n");
        assertThat(text.lines().filter(line -> line.getBytes(StandardCharsets.UTF_8).length >= 70))
                .as("a line is folded only where it reaches the limit, so that a reader sees whole lines")
                .isNotEmpty();

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(response.body()));
        Map<String, VEvent> events = byUid(calendar);
        assertThat(events).hasSize(matrices.events(matrices.catalog()).size()).hasSize(40);

        VEvent hostile = events.values().stream()
                .filter(e -> value(e, "SUMMARY").equals(HOSTILE))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the hostile title did not come back intact"));
        assertThat(value(hostile, "DTSTART")).isEqualTo("20260601");
        assertThat(hostile.getProperty("DTSTART").orElseThrow().getParameter("VALUE"))
                .map(Object::toString)
                .hasValue("VALUE=DATE");
        assertThat(value(hostile, "DTEND"))
                .as("whole day: the end is exclusive")
                .isEqualTo("20260602");
        assertThat(value(hostile, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(hostile, "CATEGORIES")).isEqualTo("Talks");
        String description = value(hostile, "DESCRIPTION");
        assertThat(description)
                .contains(
                        "Talks. Parties: Ukraine, Russia",
                        "Summary with a comma, a semicolon; and a\nline break.",
                        "- Reuters: Talks; \"what\" next (2026-06-01) https://www.reuters.com/world/a?b=1&c=2",
                        "http://localhost:" + port + "/changes?from=2026-05-25&to=2026-06-08");
        assertThat(value(hostile, "URL"))
                .isEqualTo("http://localhost:" + port + "/changes?from=2026-05-25&to=2026-06-08");

        VEvent geneva = events.values().stream()
                .filter(e -> value(e, "SUMMARY").startsWith("Third trilateral round in Geneva"))
                .findFirst()
                .orElseThrow();
        assertThat(value(geneva, "DTSTART")).isEqualTo("20260217");
        assertThat(value(geneva, "DESCRIPTION")).contains("Parties: United States, Ukraine, Russia", "Sources:");

        VEvent next = events.values().stream()
                .filter(e -> value(e, "SUMMARY").equals(SCHEDULED))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a scheduled event belongs in the feed"));
        assertThat(value(next, "STATUS")).isEqualTo("TENTATIVE");
        assertThat(value(next, "DTSTART")).isEqualTo(NEXT_ROUND.toString().replace("-", ""));
    }

    @Test
    void a_second_reader_gets_the_same_titles_days_and_uids() throws Exception {
        byte[] body = get("export/events.ics").body();
        ICalendar calendar =
                Biweekly.parse(new String(body, StandardCharsets.UTF_8)).first();
        assertThat(calendar).isNotNull();
        Calendar ical4j = new CalendarBuilder().build(new StringReader(new String(body, StandardCharsets.UTF_8)));
        Map<String, VEvent> expected = byUid(ical4j);
        assertThat(calendar.getEvents()).hasSize(expected.size());
        for (biweekly.component.VEvent event : calendar.getEvents()) {
            VEvent same = expected.get(event.getUid().getValue());
            assertThat(same).as("UID %s", event.getUid().getValue()).isNotNull();
            assertThat(event.getSummary().getValue()).isEqualTo(value(same, "SUMMARY"));
            assertThat(event.getDateStart().getValue().hasTime()).isFalse();
            assertThat(event.getDateStart()
                            .getValue()
                            .toInstant()
                            .atZone(java.time.ZoneId.systemDefault())
                            .toLocalDate()
                            .toString()
                            .replace("-", ""))
                    .isEqualTo(value(same, "DTSTART"));
            assertThat(event.getDescription().getValue()).isEqualTo(value(same, "DESCRIPTION"));
        }
        assertThat(calendar.getEvents().stream().map(e -> e.getSummary().getValue()))
                .contains(HOSTILE, SCHEDULED);
        assertThat(calendar.getProductId().getValue()).isEqualTo(EventCalendar.PRODUCT);
        assertThat(ZoneOffset.UTC).isNotNull();
    }

    @Test
    void uids_are_stable_and_a_frozen_link_gives_the_events_as_recorded_then() throws Exception {
        Map<String, VEvent> first = byUid(new CalendarBuilder()
                .build(new ByteArrayInputStream(get("export/events.ics").body())));
        Map<String, VEvent> second = byUid(new CalendarBuilder()
                .build(new ByteArrayInputStream(get("export/events.ics").body())));
        assertThat(second.keySet()).isEqualTo(first.keySet());

        Map<String, VEvent> before = byUid(new CalendarBuilder()
                .build(new ByteArrayInputStream(
                        get("export/events.ics?rev=" + revisionBefore).body())));
        assertThat(before).hasSize(38);
        assertThat(before.values().stream().map(e -> value(e, "SUMMARY"))).doesNotContain(HOSTILE, SCHEDULED);
        assertThat(first.keySet()).containsAll(before.keySet());
        assertThat(value(before.values().iterator().next(), "URL")).contains("rev=" + revisionBefore);
    }
}
