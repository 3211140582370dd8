package org.redlines.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redlines.SignedIn.call;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.dataset.DatasetReader;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts;
import org.redlines.positions.ReleaseInfo;
import org.redlines.positions.ReleaseService;
import org.redlines.positions.SourceInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Releases over HTTP, as an anonymous reader fetches them: each file's bytes hash to the checksum that SHA256SUMS
 * and the release page give, the dataset file reads back, a plan's CSV is its matrix at the release's revision, a
 * change after publishing changes nothing in the release, a name is never reused, and a newer release supersedes.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:releases;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json"
        })
class ReleasesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ReleaseService releases;

    @Autowired
    ReleaseFiles files;

    @Autowired
    CurationService curation;

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void downloads_match_their_checksums_and_never_change() throws Exception {
        ReleaseInfo first = call("admin", Role.ADMIN, () -> releases.publish("2026.06", "First public release."));
        assertThatThrownBy(() -> call("admin", Role.ADMIN, () -> releases.publish("2026.06", "again")))
                .as("a release is never changed or replaced under its name")
                .isInstanceOf(Drafts.InvalidDraftException.class);
        assertThatThrownBy(() -> call("admin", Role.ADMIN, () -> releases.publish("../x", null)))
                .isInstanceOf(Drafts.InvalidDraftException.class);
        assertThatThrownBy(() -> call("ana", Role.ANALYST, () -> releases.publish("2026.07", null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        HttpResponse<byte[]> sumsResponse = get("export/releases/2026.06/SHA256SUMS");
        assertThat(sumsResponse.statusCode()).isEqualTo(200);
        Map<String, String> sums = new LinkedHashMap<>();
        new String(sumsResponse.body()).lines().forEach(l -> sums.put(l.substring(66), l.substring(0, 64)));
        assertThat(sums.keySet())
                .containsExactly("redlines-2026.06.json", "matrix-P1-2026.06.csv", "matrix-P2-2026.06.csv");
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        for (var entry : sums.entrySet()) {
            HttpResponse<byte[]> file = get("export/releases/2026.06/" + entry.getKey());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(sha256(file.body())).as(entry.getKey()).isEqualTo(entry.getValue());
            assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("attachment")
                    .contains(entry.getKey());
            assertThat(files.file(first, entry.getKey()).orElseThrow().sha256())
                    .as("the page shows the same checksum")
                    .isEqualTo(entry.getValue());
            bodies.put(entry.getKey(), file.body());
        }
        assertThat(DatasetReader.read(new String(bodies.get("redlines-2026.06.json")))
                        .plans())
                .hasSize(2);
        String p1 = new String(bodies.get("matrix-P1-2026.06.csv"));
        assertThat(p1.lines().findFirst().orElseThrow()).startsWith("ref,title,topic,AA.stance");
        assertThat(p1)
                .isEqualTo(new String(
                        get("export/matrix.csv?plan=P1&rev=" + first.revision()).body()));

        // A change after publishing: the live data moves, the release does not.
        long pointId = call(
                        "ana",
                        Role.ANALYST,
                        () -> curation.addPosition(
                                "P1",
                                "5",
                                "CC",
                                new Drafts.PositionDraft(
                                        Stance.OPPOSES,
                                        true,
                                        "Charlie refuses elections",
                                        LocalDate.of(2026, 6, 1),
                                        List.of(new SourceInfo("Wire", null, "https://example.org/e", null, null)))))
                .id();
        assertThat(pointId).isPositive();
        for (var entry : sums.entrySet()) {
            assertThat(sha256(get("export/releases/2026.06/" + entry.getKey()).body()))
                    .as("unchanged after a later edit: " + entry.getKey())
                    .isEqualTo(entry.getValue());
        }
        assertThat(new String(get("export/matrix.csv?plan=P1").body())).contains("opposes,true,2026-06-01");

        ReleaseInfo second = call("admin", Role.ADMIN, () -> releases.publish("2026.07", null));
        assertThat(second.previous()).isEqualTo("2026.06");
        assertThat(releases.byName("2026.06").orElseThrow().supersededBy()).isEqualTo("2026.07");
        assertThat(releases.changesSince(second)).containsExactly(new ReleaseService.Change("P1", "CC", 1));
        assertThat(get("export/releases/nope/SHA256SUMS").statusCode()).isEqualTo(404);
        assertThat(get("export/releases/2026.06/other.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void the_citation_names_the_release_its_date_and_permanent_link() {
        ReleaseInfo release = new ReleaseInfo(
                "2026.05", null, 41, java.time.Instant.parse("2026-05-31T10:00:00Z"), "admin", null, null);
        String link = "https://redlines.example.org/releases/2026.05";
        assertThat(Citation.plain(release, "Peace plans for Ukraine", link))
                .isEqualTo(
                        "Peace plans for Ukraine, release 2026.05 (data revision 41). Redlines, 2026-05-31. " + link);
        assertThat(Citation.bibtex(release, "Peace plans {for} Ukraine", link, "ab12"))
                .isEqualTo("""
                        @misc{redlines-2026.05,
                          title        = {Peace plans (for) Ukraine, release 2026.05},
                          author       = {{Redlines}},
                          year         = {2026},
                          month        = may,
                          version      = {2026.05},
                          howpublished = {\\url{https://redlines.example.org/releases/2026.05}},
                          note         = {Data revision 41, published 2026-05-31. SHA-256 of the dataset file: ab12}
                        }
                        """);
    }
}
