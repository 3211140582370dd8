package org.redlines.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.positions.Stance;
import org.redlines.positions.TopicInfo;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

    @GetMapping("/" + MatrixParams.XLSX_EXPORT_PATH)
    ResponseEntity<byte[]> export(HttpServletRequest request) {
        MatrixPage page = matrices.open(MatrixParams.fromServlet(request.getParameterMap()));
        String link = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + "/"
                + viewLink(page);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixXlsx.write(page, matrices.sourcesOf(page.catalog(), page.matrix()), link, headerLines(page, Instant.now()), out);

        LocalDate date = page.filter().asOf() != null ? page.filter().asOf() : LocalDate.now();
        String fileName = "redlines-" + page.matrix().plan().code() + "-" + date + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    /**
     * The view's relative link, naming the shown plan even when the request left it to the default: the file
     * keeps pointing at this plan after a newer one is added. (withPlan would drop the chosen refs and point.)
     */
    static String viewLink(MatrixPage page) {
        MatrixFilter f = page.filter();
        MatrixFilter pinned = new MatrixFilter(page.matrix().plan().code(), f.actors(), f.topics(), f.stances(),
                f.redLineOnly(), f.contestedOnly(), f.query(), f.asOf(), f.point(), f.refs());
        return Links.matrix(pinned, page.catalog());
    }

    /** The filters in words, the notices about ignored parameters, the data date and the export time. */
    static List<String> headerLines(MatrixPage page, Instant now) {
        MatrixFilter filter = page.filter();
        List<String> filters = new ArrayList<>();
        filters.add("plan " + page.matrix().plan().code());
        filters.add(filter.actors().isEmpty() ? "all parties"
                : "parties " + page.matrix().actors().stream().map(ActorInfo::name).collect(Collectors.joining(", ")));
        if (!filter.topics().isEmpty()) {
            filters.add("topics " + page.catalog().topics().stream().filter(t -> filter.topics().contains(t.code()))
                    .map(TopicInfo::name).collect(Collectors.joining(", ")));
        }
        if (!filter.stances().isEmpty()) {
            filters.add("stances " + Arrays.stream(Stance.values()).filter(filter.stances()::contains)
                    .map(Stance::label).collect(Collectors.joining(", ")));
        }
        if (filter.redLineOnly()) {
            filters.add("red lines only");
        }
        if (filter.contestedOnly()) {
            filters.add("contested points only");
        }
        if (filter.query() != null) {
            filters.add("search \"" + filter.query() + "\"");
        }
        if (!filter.refs().isEmpty()) {
            // toParameters lists the refs in the matrix's order (numeric refs numerically)
            String refs = MatrixParams.toParameters(filter, page.catalog()).get(MatrixParams.REFS).getFirst();
            filters.add("only points " + refs.replace(",", ", "));
        }

        List<String> lines = new ArrayList<>();
        lines.add("Filters: " + String.join("; ", filters));
        page.notices().forEach(notice -> lines.add("Note: " + notice));
        lines.add("As of: " + (filter.asOf() != null ? filter.asOf().toString() : "today"));
        var frozen = page.catalog().frozen();
        lines.add(frozen == null ? "Data: live, as recorded when exported"
                : "Data: frozen, exactly as recorded in revision " + frozen.number() + " ("
                        + frozen.changedAt().truncatedTo(ChronoUnit.SECONDS) + ", by " + frozen.username() + ")");
        lines.add("Exported: " + now.truncatedTo(ChronoUnit.SECONDS));
        return lines;
    }
}
