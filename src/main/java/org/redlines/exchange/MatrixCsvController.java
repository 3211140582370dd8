package org.redlines.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.routes.Routes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The matrix as shown, as CSV: the same parameters as the view, judged the same way. */
@RestController
class MatrixCsvController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final MatrixService matrices;

    MatrixCsvController(MatrixService matrices) {
        this.matrices = matrices;
    }

    @GetMapping("/" + Routes.MATRIX_CSV)
    ResponseEntity<String> export(HttpServletRequest request) {
        MatrixPage page = matrices.open(MatrixParams.fromServlet(request.getParameterMap()));
        LocalDate date = page.filter().asOf() != null ? page.filter().asOf() : LocalDate.now();
        String fileName = "redlines-" + page.matrix().plan().code() + "-" + date + ".csv";
        return Attachment.of(CSV, fileName, MatrixCsv.write(page.matrix()));
    }
}
