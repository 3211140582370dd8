package org.redlines.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.DatasetWriter;
import org.redlines.i18n.Messages;
import org.redlines.positions.DatasetExportService;
import org.redlines.routes.Routes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /export/dataset.json}: everything, in {@code redlines-dataset/1}, live or as of {@code rev=N}. The
 * declared body type must stay {@link StreamingResponseBody}: Spring MVC streams only a response entity declared
 * so, and hands any other (a wildcard included) to the JSON converter, which wrote the lambda as {@code {}}.
 */
@RestController
class DatasetExportController {

    private final DatasetExportService exports;

    DatasetExportController(DatasetExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/" + Routes.DATASET)
    ResponseEntity<StreamingResponseBody> export(@RequestParam(name = "rev", required = false) String rev) {
        Long revision = null;
        if (rev != null) {
            try {
                revision = Long.parseLong(rev.strip());
            } catch (NumberFormatException e) {
                revision = -1L;
            }
            if (revision < 1 || revision > exports.latestRevision()) {
                byte[] message = (Messages.t("export.bad-revision", String.valueOf(exports.latestRevision())) + "\n")
                        .getBytes(StandardCharsets.UTF_8);
                return ResponseEntity.badRequest()
                        .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                        .body(out -> out.write(message));
            }
        }
        Dataset dataset = exports.export(revision);
        String name =
                "redlines-dataset-" + (revision == null ? LocalDate.now().toString() : "rev" + revision) + ".json";
        StreamingResponseBody body = out -> DatasetWriter.writeCompact(dataset, out);
        return Attachment.of(new MediaType("application", "json", StandardCharsets.UTF_8), name, body);
    }
}
