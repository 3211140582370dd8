package org.redlines.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redlines.i18n.MatrixSummary;
import org.redlines.i18n.Messages;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Links;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PointPage;
import org.redlines.positions.PointService;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;
import org.redlines.routes.Routes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Briefings of the matrix as shown (its parameters) and of one point page, as PDF and as Word document: one
 * content, two writers.
 */
@RestController
class BriefingController {

    private final MatrixService matrices;
    private final PointService points;
    private final String marking;

    BriefingController(
            MatrixService matrices, PointService points, @Value("${redlines.export.marking:}") String marking) {
        this.matrices = matrices;
        this.points = points;
        this.marking = marking;
    }

    /** The two formats of a briefing: its type, its file extension and its writer. */
    private enum Format {
        PDF(MediaType.APPLICATION_PDF, ".pdf", BriefingPdf::write),
        DOCX(
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                ".docx",
                BriefingDocx::write);

        final MediaType type;
        final String extension;
        final java.util.function.BiConsumer<BriefingPdf.Content, java.io.OutputStream> writer;

        Format(
                MediaType type,
                String extension,
                java.util.function.BiConsumer<BriefingPdf.Content, java.io.OutputStream> writer) {
            this.type = type;
            this.extension = extension;
            this.writer = writer;
        }

        ResponseEntity<byte[]> download(Named named) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.accept(named.content(), out);
            return Attachment.of(type, named.fileName() + extension, out.toByteArray());
        }
    }

    @GetMapping("/" + Routes.MATRIX_BRIEFING)
    ResponseEntity<byte[]> matrixPdf(HttpServletRequest request) {
        return Format.PDF.download(matrix(request));
    }

    @GetMapping("/" + Routes.MATRIX_BRIEFING_DOCX)
    ResponseEntity<byte[]> matrixDocx(HttpServletRequest request) {
        return Format.DOCX.download(matrix(request));
    }

    @GetMapping("/" + Routes.POINT_BRIEFING)
    ResponseEntity<byte[]> pointPdf(HttpServletRequest request) {
        return point(request).map(Format.PDF::download).orElseGet(BriefingController::noSuchPoint);
    }

    @GetMapping("/" + Routes.POINT_BRIEFING_DOCX)
    ResponseEntity<byte[]> pointDocx(HttpServletRequest request) {
        return point(request).map(Format.DOCX::download).orElseGet(BriefingController::noSuchPoint);
    }

    /** A briefing's content and the name its file gets, without the extension. */
    private record Named(BriefingPdf.Content content, String fileName) {}

    private static ResponseEntity<byte[]> noSuchPoint() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .body((Messages.t("pdf.no-such-point") + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private Named matrix(HttpServletRequest request) {
        MatrixPage page = matrices.open(MatrixParams.fromServlet(request.getParameterMap()));
        Matrix matrix = page.matrix();
        Map<Long, List<SourceInfo>> sources = matrices.sourcesOf(page.catalog(), matrix);
        List<BriefingPdf.PointSection> sections = new ArrayList<>();
        for (Matrix.Row row : matrix.rows()) {
            List<BriefingPdf.Entry> entries = matrix.actors().stream()
                    .map(a -> {
                        PositionInfo p = row.cell(a.code());
                        return new BriefingPdf.Entry(
                                a, p, p == null ? List.of() : sources.getOrDefault(p.id(), List.of()), null);
                    })
                    .toList();
            sections.add(new BriefingPdf.PointSection(
                    row.point().ref() + ". " + row.point().title(), row.point().summary(), entries));
        }
        String link = base(request) + MatrixXlsxController.viewLink(page);
        List<String> header = new ArrayList<>(MatrixXlsxController.headerLines(page, Instant.now()));
        BriefingPdf.Content content = new BriefingPdf.Content(
                Messages.t(
                        "pdf.title.matrix", matrix.plan().title(), matrix.plan().date()),
                header,
                link,
                marking,
                matrix,
                sections,
                periodEvents(
                        page.catalog(),
                        matrix.plan().date(),
                        page.filter().asOf(),
                        matrix.actors().stream().map(ActorInfo::code).toList()));
        return new Named(content, "redlines-briefing-" + matrix.plan().code());
    }

    private java.util.Optional<Named> point(HttpServletRequest request) {
        Map<String, List<String>> params = MatrixParams.fromServlet(request.getParameterMap());
        Catalog catalog = matrices.catalog(params);
        String plan = first(params, MatrixParams.PLAN);
        String ref = first(params, "ref");
        var found =
                plan == null || ref == null ? java.util.Optional.<PointPage>empty() : points.page(catalog, plan, ref);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        PointPage page = found.get();
        List<BriefingPdf.Entry> entries = new ArrayList<>();
        for (PointPage.ActorHistory actor : page.actors()) {
            if (actor.entries().isEmpty()) {
                entries.add(new BriefingPdf.Entry(actor.actor(), null, List.of(), null));
                continue;
            }
            PointPage.HistoryEntry current = actor.entries().getFirst();
            String earlier = actor.entries().stream()
                    .skip(1)
                    .map(e -> (e.position().asOf() == null
                                    ? Messages.t("common.undated-inline")
                                    : Messages.date(e.position().asOf()))
                            + ": "
                            + BriefingPdf.word(e.position()))
                    .collect(Collectors.joining("; "));
            entries.add(new BriefingPdf.Entry(
                    actor.actor(),
                    current.position(),
                    current.sources(),
                    earlier.isEmpty() ? null : Messages.t("pdf.earlier", earlier)));
        }
        List<String> header = new ArrayList<>();
        header.add(Messages.t(
                "pdf.plan", page.plan().title(), page.plan().code(), page.plan().date()));
        header.add(Messages.t("pdf.topic", page.point().topicName()));
        header.add(MatrixSummary.dataLine(catalog));
        header.add(Messages.t("export.exported") + ": " + Messages.timestamp(Instant.now()));
        String link = base(request)
                + Links.atRevision(
                        Links.point(plan, ref),
                        catalog.frozen() == null ? null : catalog.frozen().number());
        BriefingPdf.Content content = new BriefingPdf.Content(
                Messages.t("pdf.title.point", ref, plan),
                header,
                link,
                marking,
                null,
                List.of(new BriefingPdf.PointSection(
                        ref + ". " + page.point().title(),
                        page.point().summary()
                                + (page.point().note() == null
                                        ? ""
                                        : "\n"
                                                + Messages.t(
                                                        "common.note",
                                                        page.point().note())),
                        entries)),
                periodEvents(
                        catalog,
                        page.plan().date(),
                        null,
                        page.actors().stream().map(a -> a.actor().code()).toList()));
        return java.util.Optional.of(
                new Named(content, "redlines-briefing-" + plan + "-" + ref.replaceAll("[^A-Za-z0-9_-]", "_")));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    /**
     * The events from the plan's date to the view's date (today without one) that involve a shown party (or name
     * none), oldest first.
     */
    private BriefingPdf.PeriodEvents periodEvents(
            Catalog catalog, LocalDate from, LocalDate asOf, List<String> shownParties) {
        LocalDate to = asOf != null ? asOf : LocalDate.now();
        List<EventInfo> events = matrices.events(catalog).stream()
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
                .filter(e -> e.actors().isEmpty() || e.actors().stream().anyMatch(shownParties::contains))
                .toList();
        return new BriefingPdf.PeriodEvents(
                Messages.t("pdf.events.heading", Messages.date(from), Messages.date(to)), events);
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + "/";
    }
}
