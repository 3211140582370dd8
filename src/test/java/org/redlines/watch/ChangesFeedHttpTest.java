package org.redlines.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Atom feed of a matrix link as a feed reader fetches it, parsed back by ROME, against cases worked by hand
 * on the fixture (plans P1 and P2, parties AA, BB and CC): which dated entries of the shown cells it holds, newest
 * first, and the categories a program reads.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:changes-feed;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json"
        })
class ChangesFeedHttpTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + pathAndQuery))
                                .header("Accept-Language", "en")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private SyndFeed feed(String query) throws Exception {
        HttpResponse<String> response = get("feeds/changes.atom?" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    private static Set<String> terms(SyndEntry entry) {
        return entry.getCategories().stream().map(SyndCategory::getName).collect(Collectors.toSet());
    }

    private static LocalDate day(SyndEntry entry) {
        return entry.getUpdatedDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    @Test
    void a_partys_column_gives_each_dated_entry_of_its_cells_newest_first() throws Exception {
        SyndFeed feed = feed("plan=P1&actors=AA");
        // AA on P1: point 1 supports (2025-01-05) then opposes with a red line (2025-03-01), point 2 conditional
        // (2025-01-05); point 4's entry has no date and is no change
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).hasSize(3);
        assertThat(terms(entries.getFirst()))
                .containsExactlyInAnyOrder("actor:AA", "point:P1/1", "stance:opposes", "redline:true");
        assertThat(day(entries.getFirst())).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(entries.subList(1, 3).stream()
                        .map(ChangesFeedHttpTest::terms)
                        .toList())
                .containsExactlyInAnyOrder(
                        Set.of("actor:AA", "point:P1/1", "stance:supports", "redline:false"),
                        Set.of("actor:AA", "point:P1/2", "stance:conditional", "redline:false"));
        assertThat(entries).allSatisfy(e -> assertThat(day(e)).isBefore(LocalDate.of(2025, 3, 2)));
        assertThat(entries.getFirst().getLink()).isEqualTo("http://localhost:" + port + "/points/P1/1");
        assertThat(feed.getLinks().stream()
                        .filter(l -> "self".equals(l.getRel()))
                        .findFirst()
                        .orElseThrow()
                        .getHref())
                .isEqualTo("http://localhost:" + port + "/feeds/changes.atom?plan=P1&actors=AA");
        assertThat(feed.getLinks().stream()
                        .filter(l -> "alternate".equals(l.getRel()))
                        .findFirst()
                        .orElseThrow()
                        .getHref())
                .isEqualTo("http://localhost:" + port + "/matrix?plan=P1&actors=AA");
    }

    @Test
    void filters_keep_only_the_cells_the_view_shows_and_the_dates_up_to_its_day() throws Exception {
        // red lines only: BB's point 3 is the one row; CC's entry on the same row is not shown
        List<SyndEntry> redLines = feed("plan=P1&actors=BB&redline=true").getEntries();
        assertThat(redLines).hasSize(1);
        assertThat(terms(redLines.getFirst()))
                .containsExactlyInAnyOrder("actor:BB", "point:P1/3", "stance:opposes", "redline:true");

        // as of 2025-02-01 the 2025-03-01 entry has not happened yet
        List<SyndEntry> asOf = feed("plan=P1&actors=AA&asOf=2025-02-01").getEntries();
        assertThat(asOf).hasSize(2);
        assertThat(asOf).allSatisfy(e -> assertThat(terms(e)).contains("actor:AA", "redline:false"));

        // every party on plan 2: one dated entry
        List<SyndEntry> p2 = feed("plan=P2").getEntries();
        assertThat(p2).hasSize(1);
        assertThat(terms(p2.getFirst())).contains("actor:AA", "point:P2/1", "stance:opposes");

        // the whole of plan 1: every dated entry on it, 8 in all
        assertThat(feed("plan=P1").getEntries()).hasSize(8);
    }

    @Test
    void a_hostile_link_still_gives_a_well_formed_feed() throws Exception {
        SyndFeed feed = feed("plan=P1&q=%3C%2Ffeed%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&actors=%3Cx%3E");
        assertThat(feed.getTitle()).contains("First draft");
    }
}
