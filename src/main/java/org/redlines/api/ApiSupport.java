package org.redlines.api;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.redlines.positions.Catalog;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** What every reading endpoint does alike: the catalog of a request (live or {@code rev}) and the ETag answer. */
@Component
class ApiSupport {

    private final MatrixService matrices;

    ApiSupport(MatrixService matrices) {
        this.matrices = matrices;
    }

    static Map<String, List<String>> parameters(HttpServletRequest request) {
        return MatrixParams.fromServlet(request.getParameterMap());
    }

    /** The catalog a request reads: the live data, or the state of {@code rev} (strict: a bad rev is a 400). */
    Catalog catalog(HttpServletRequest request) {
        Map<String, List<String>> parameters = parameters(request);
        Catalog catalog = matrices.catalog(parameters);
        if (!catalog.revisionNotices().isEmpty()) {
            throw ApiProblem.invalidParameters(catalog.revisionNotices());
        }
        return catalog;
    }

    long revision(Catalog catalog) {
        return catalog.frozen() != null ? catalog.frozen().number() : matrices.latestRevision();
    }

    /** The answer with its ETag (data revision and the request's parameters), or 304 when the client has it. */
    <T> ResponseEntity<T> cached(HttpServletRequest request, Catalog catalog, Supplier<T> body) {
        String etag = "\"" + revision(catalog) + "-"
                + hash(request.getRequestURI() + "?" + Links.withQuery("", parameters(request)))
                + "\"";
        String wanted = request.getHeader("If-None-Match");
        CacheControl cache = CacheControl.noCache();
        if (wanted != null && (wanted.equals(etag) || wanted.equals("W/" + etag) || wanted.equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cache)
                    .<T>build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).body(body.get());
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
