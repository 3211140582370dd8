package org.redlines.exchange;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A download: the body as a file of this name. The controller method declares the body's own type (never a
 * wildcard or {@code Object}), because Spring MVC chooses how to write a body by the declared type: a streaming
 * body declared otherwise is written as JSON, which once sent analysts an empty {@code {}}.
 */
final class Attachment {

    private Attachment() {}

    static <T> ResponseEntity<T> of(MediaType type, String fileName, T body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
