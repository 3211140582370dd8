package org.redlines.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The client's scripts and the stylesheets, fetched over HTTP as a browser fetches them after the first view, in
 * production mode (as the integration tests run): each in the coding the browser takes (Brotli, gzip or none) with
 * exactly the bytes of the build, revalidated with 304, HEAD without a body, the security headers kept and no session
 * made. Every browser test of the suite boots the client through the same answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientFilesIT {

    private static final Pattern SCRIPT = Pattern.compile("/VAADIN/build/[A-Za-z0-9_.-]+\\.js");

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> fetch(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] built(String name) throws Exception {
        try (InputStream in = ClientFilesIT.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] gunzip(byte[] body) throws Exception {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private List<String> scriptsOfTheMatrixPage() throws Exception {
        String page = new String(fetch("GET", "/matrix", "Accept", "text/html").body());
        Matcher m = SCRIPT.matcher(page);
        List<String> scripts = m.results().map(r -> r.group()).distinct().toList();
        assertThat(scripts)
                .as("the matrix page names the client's entry script")
                .isNotEmpty();
        return scripts;
    }

    @Test
    void the_client_s_scripts_come_in_the_coding_the_browser_takes_with_the_build_s_bytes() throws Exception {
        for (String script : scriptsOfTheMatrixPage()) {
            String name = "META-INF/VAADIN/webapp" + script;

            HttpResponse<byte[]> brotli = fetch("GET", script, "Accept-Encoding", "gzip, deflate, br, zstd");
            assertThat(brotli.statusCode()).as(script).isEqualTo(200);
            assertThat(brotli.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=utf-8");
            assertThat(brotli.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(brotli.headers().firstValue("Cache-Control")).hasValue("max-age=3600");
            assertThat(brotli.headers().firstValue("ETag"))
                    .as("served from memory")
                    .isPresent();
            assertThat(brotli.headers().firstValue("Set-Cookie"))
                    .as("no session for a script")
                    .isEmpty();
            assertThat(brotli.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            if (brotli.headers().firstValue("Content-Encoding").isPresent()) {
                assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
                assertThat(brotli.body()).isEqualTo(built(name + ".br"));
            } else {
                assertThat(brotli.body()).as("a small script is sent as it is").isEqualTo(built(name));
            }

            HttpResponse<byte[]> gzip = fetch("GET", script, "Accept-Encoding", "gzip, deflate");
            byte[] plain = built(name);
            if (gzip.headers().firstValue("Content-Encoding").isPresent()) {
                assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
                assertThat(gunzip(gzip.body())).as(script + " gzipped").isEqualTo(plain);
            } else {
                assertThat(gzip.body()).isEqualTo(plain);
            }

            HttpResponse<byte[]> none = fetch("GET", script);
            assertThat(none.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(none.body()).isEqualTo(plain);
        }
    }

    @Test
    void a_browser_that_has_the_script_gets_304_and_head_gets_no_body() throws Exception {
        String script = scriptsOfTheMatrixPage().getFirst();
        HttpResponse<byte[]> first = fetch("GET", script, "Accept-Encoding", "br");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> byTag = fetch("GET", script, "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        HttpResponse<byte[]> byDate = fetch("GET", script, "If-Modified-Since", modified);
        assertThat(byDate.statusCode()).isEqualTo(304);
        HttpResponse<byte[]> otherTag = fetch("GET", script, "If-None-Match", "\"something-else\"");
        assertThat(otherTag.statusCode()).isEqualTo(200);

        HttpResponse<byte[]> head = fetch("HEAD", script, "Accept-Encoding", "br");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(first.body().length);
    }

    @Test
    void the_stylesheets_come_compressed_and_a_versioned_one_is_kept_for_a_year() throws Exception {
        HttpResponse<byte[]> lumo = fetch("GET", "/lumo/lumo.css?v-c=anything", "Accept-Encoding", "gzip");
        assertThat(lumo.statusCode()).isEqualTo(200);
        assertThat(lumo.headers().firstValue("Content-Type")).hasValue("text/css;charset=utf-8");
        assertThat(lumo.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(lumo.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, immutable");
        assertThat(gunzip(lumo.body())).isEqualTo(built("META-INF/resources/lumo/lumo.css"));

        HttpResponse<byte[]> styles = fetch("GET", "/styles.css", "Accept-Encoding", "gzip");
        assertThat(styles.headers().firstValue("Cache-Control")).hasValue("max-age=3600");
        assertThat(gunzip(styles.body())).isEqualTo(built("META-INF/resources/styles.css"));
    }

    @Test
    void a_script_the_build_does_not_have_is_not_invented() throws Exception {
        for (String path : List.of("/VAADIN/build/no-such-file.js", "/VAADIN/build/..%2Fconfig%2Fstats.js")) {
            HttpResponse<byte[]> missing = fetch("GET", path);
            assertThat(missing.statusCode()).as(path).isNotEqualTo(200);
            assertThat(missing.headers().firstValue("ETag")).as(path).isEmpty();
        }
    }
}
