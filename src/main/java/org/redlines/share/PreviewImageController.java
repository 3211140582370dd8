package org.redlines.share;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redlines.i18n.Messages;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.routes.Routes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /preview.png?view=matrix|point&<the view's parameters>}: the picture of a preview card. Cached per
 * data revision, parameters and language (an ETag, and the last 64 pictures in memory); behind
 * read-requires-login an anonymous request gets the product's name only.
 */
@RestController
class PreviewImageController {

    private static final MediaType PNG = MediaType.IMAGE_PNG;
    private static final int KEPT = 64;

    private final FirstViewRenderer renderer;
    private final MatrixService matrices;
    private final FirstViews views;
    private final Map<String, byte[]> pictures = Collections.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    });

    PreviewImageController(FirstViewRenderer renderer, MatrixService matrices, FirstViews views) {
        this.renderer = renderer;
        this.matrices = matrices;
        this.views = views;
    }

    @GetMapping("/" + Routes.PREVIEW)
    ResponseEntity<byte[]> picture(HttpServletRequest request) {
        Map<String, List<String>> parameters = MatrixParams.fromServlet(request.getParameterMap());
        boolean dataAllowed = views.mayShowData();
        String view = single(parameters, FirstViewRenderer.VIEW, "matrix");
        String key = etag(dataAllowed, parameters);
        CacheControl cache = CacheControl.maxAge(Duration.ofMinutes(5));
        cache = views.publicReads() ? cache.cachePublic() : cache.cachePrivate();
        if (key.equals(request.getHeader("If-None-Match"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(key)
                    .cacheControl(cache)
                    .build();
        }
        byte[] png = pictures.get(key);
        if (png == null) {
            PreviewImage.Content content;
            if (!dataAllowed) {
                content = FirstViewRenderer.productOnly();
            } else if (view.equals("point")) {
                content = renderer.pointPicture(
                                single(parameters, "plan", ""), single(parameters, "ref", ""), parameters)
                        .orElseGet(FirstViewRenderer::productOnly);
            } else if (view.equals("matrix")) {
                content = renderer.matrixPicture(parameters);
            } else {
                content = renderer.featurePicture(view, parameters).orElseGet(FirstViewRenderer::productOnly);
            }
            png = PreviewImage.draw(content);
            pictures.put(key, png);
        }
        return ResponseEntity.ok()
                .contentType(PNG)
                .eTag(key)
                .cacheControl(cache)
                .body(png);
    }

    /** What the picture depends on: the data's revision, the parameters in a fixed order, and the language. */
    private String etag(boolean dataAllowed, Map<String, List<String>> parameters) {
        String basis = dataAllowed
                ? matrices.latestRevision() + "|" + new TreeMap<>(parameters) + "|" + Messages.current()
                : "product|" + Messages.current();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String single(Map<String, List<String>> parameters, String name, String otherwise) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? otherwise : values.getFirst();
    }
}
