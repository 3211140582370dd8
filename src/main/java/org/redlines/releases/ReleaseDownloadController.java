package org.redlines.releases;

import java.nio.charset.StandardCharsets;
import org.redlines.positions.ReleaseInfo;
import org.redlines.positions.ReleaseService;
import org.redlines.routes.Routes;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files of a release and their checksums, for anyone who may read. A release never changes, so each answer
 * carries its SHA-256 as a strong ETag and may be kept for a long time.
 */
@RestController
class ReleaseDownloadController {

    static final String SUMS = "SHA256SUMS";

    private final ReleaseService releases;
    private final ReleaseFiles files;

    ReleaseDownloadController(ReleaseService releases, ReleaseFiles files) {
        this.releases = releases;
        this.files = files;
    }

    @GetMapping("/" + Routes.RELEASE_FILES + "{name}/{file}")
    ResponseEntity<byte[]> download(@PathVariable String name, @PathVariable String file) {
        ReleaseInfo release = releases.byName(name).orElse(null);
        if (release == null) {
            return ResponseEntity.notFound().build();
        }
        if (file.equals(SUMS)) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .cacheControl(CacheControl.noCache())
                    .body(files.sums(release).getBytes(StandardCharsets.UTF_8));
        }
        return files.file(release, file)
                .map(f -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(f.mediaType() + ";charset=UTF-8"))
                        .eTag("\"" + f.sha256() + "\"")
                        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(30)))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(f.name(), StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .body(f.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
