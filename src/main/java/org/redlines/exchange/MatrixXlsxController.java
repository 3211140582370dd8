package org.redlines.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.redlines.i18n.MatrixSummary;
import org.redlines.i18n.Messages;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.routes.Routes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The matrix as shown, as an XLSX workbook: the same parameters as the view, judged the same way. */
@RestController
class MatrixXlsxController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MatrixService matrices;

    MatrixXlsxController(MatrixService matrices) {
        this.matrices = matrices;
    }

    @GetMapping("/" + Routes.MATRIX_XLSX)
    ResponseEntity<byte[]> export(HttpServletRequest request) {
        MatrixPage page = matrices.open(MatrixParams.fromServlet(request.getParameterMap()));
        String link =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + "/" + viewLink(page);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixXlsx.write(
                page, matrices.sourcesOf(page.catalog(), page.matrix()), link, headerLines(page, Instant.now()), out);

        LocalDate date = page.filter().asOf() != null ? page.filter().asOf() : LocalDate.now();
        String fileName = "redlines-" + page.matrix().plan().code() + "-" + date + ".xlsx";
        return Attachment.of(XLSX, fileName, out.toByteArray());
    }

    /** The view's relative link, naming the shown plan (see {@link Links#pinned}). */
    static String viewLink(MatrixPage page) {
        return Links.pinned(page);
    }

    /** The filters in words, the notices, the data date and the export time. */
    static List<String> headerLines(MatrixPage page, Instant now) {
        return MatrixSummary.lines(page, now, Messages.t("export.exported"));
    }
}
