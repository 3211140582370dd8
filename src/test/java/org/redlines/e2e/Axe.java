package org.redlines.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * axe-core, the npm package, from the npm registry (cached under target/), injected into a page by Playwright:
 * the accessibility rules of WCAG 2.1 A and AA.
 */
final class Axe {

    static final String VERSION = "4.10.2";
    private static final Path CACHE = Path.of("target/axe/axe-" + VERSION + ".min.js");
    private static String script;

    private Axe() {}

    static synchronized String script() throws IOException, InterruptedException {
        if (script != null) {
            return script;
        }
        if (!Files.exists(CACHE)) {
            HttpResponse<InputStream> tgz = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            "https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            if (tgz.statusCode() != 200) {
                throw new IOException("npm registry answered " + tgz.statusCode() + " for axe-core " + VERSION);
            }
            byte[] file = untar(new GZIPInputStream(tgz.body()), "package/axe.min.js");
            Files.createDirectories(CACHE.getParent());
            Files.write(CACHE, file);
        }
        script = Files.readString(CACHE, StandardCharsets.UTF_8);
        return script;
    }

    /** The bytes of one file in a tar stream. */
    private static byte[] untar(InputStream in, String wanted) throws IOException {
        byte[] header = new byte[512];
        while (in.readNBytes(header, 0, 512) == 512) {
            String name =
                    new String(header, 0, 100, StandardCharsets.US_ASCII).trim().replace("\u0000", "");
            if (name.isEmpty()) {
                break;
            }
            String sizeText = new String(header, 124, 12, StandardCharsets.US_ASCII)
                    .replace("\u0000", "")
                    .trim();
            long size = sizeText.isEmpty() ? 0 : Long.parseLong(sizeText, 8);
            byte[] body = in.readNBytes((int) size);
            long pad = (512 - size % 512) % 512;
            in.skipNBytes(pad);
            if (name.equals(wanted)) {
                return body;
            }
        }
        throw new IOException(wanted + " is not in the package");
    }

    /** Serious and critical violations of WCAG 2.1 A/AA on the page, as "rule: target (impact)". */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) throws IOException, InterruptedException {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ' (' + v.impact + ') ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200)));
                }""");
        return (List<String>) result;
    }
}
