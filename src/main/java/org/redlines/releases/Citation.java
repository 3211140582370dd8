package org.redlines.releases;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.redlines.positions.ReleaseInfo;

/**
 * How to cite a release: a plain line and a BibTeX entry, both naming the release, its date, the revision it froze
 * and its permanent link. Citations stay in English whatever the page's language, as bibliographies expect.
 */
public final class Citation {

    private Citation() {}

    public static String plain(ReleaseInfo release, String title, String link) {
        return "%s, release %s (data revision %d). Redlines, %s. %s"
                .formatted(title, release.name(), release.revision(), date(release), link);
    }

    public static String bibtex(ReleaseInfo release, String title, String link, String datasetSha256) {
        String month = release.publishedAt()
                .atOffset(ZoneOffset.UTC)
                .getMonth()
                .name()
                .substring(0, 3)
                .toLowerCase(Locale.ROOT);
        return """
                @misc{redlines-%s,
                  title        = {%s, release %s},
                  author       = {{Redlines}},
                  year         = {%d},
                  month        = %s,
                  version      = {%s},
                  howpublished = {\\url{%s}},
                  note         = {Data revision %d, published %s. SHA-256 of the dataset file: %s}
                }
                """.formatted(
                        release.name().replaceAll("[^A-Za-z0-9._-]", ""),
                        escape(title),
                        release.name(),
                        release.publishedAt().atOffset(ZoneOffset.UTC).getYear(),
                        month,
                        release.name(),
                        link,
                        release.revision(),
                        date(release),
                        datasetSha256);
    }

    private static String date(ReleaseInfo release) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(release.publishedAt().atOffset(ZoneOffset.UTC));
    }

    /** Braces and backslashes would break the entry; the dataset's title is text from an import. */
    private static String escape(String text) {
        return text.replace("\\", "").replace("{", "(").replace("}", ")");
    }
}
