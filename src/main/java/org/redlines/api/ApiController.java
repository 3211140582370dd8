package org.redlines.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.PointPage;
import org.redlines.positions.PointService;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;
import org.redlines.routes.Routes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/}: the plans, parties and topics, the matrix of a link and a point's full history, as JSON. The
 * same parameters and semantics as the views (the same parsing, the same engine, {@code rev} for a frozen state),
 * but strict: a bad value is a {@code 400} problem document naming each bad parameter; unknown parameter names are
 * ignored. Every answer has an ETag of its data revision and parameters; {@code If-None-Match} gets {@code 304}.
 */
@RestController
@Tag(name = "Reading", description = "The plans, parties and topics, the matrix and a point")
@RequestMapping(value = "/" + Routes.API, produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final MatrixService matrices;
    private final PointService points;
    private final ApiSupport support;

    ApiController(MatrixService matrices, PointService points, ApiSupport support) {
        this.matrices = matrices;
        this.points = points;
        this.support = support;
    }

    @Operation(summary = "The plans, in the dataset's order.")
    @GetMapping("plans")
    ResponseEntity<ApiModel.Page<ApiModel.Plan>> plans(HttpServletRequest request) {
        Catalog catalog = support.catalog(request);
        return support.cached(
                request,
                catalog,
                () -> new ApiModel.Page<>(
                        catalog.plans().stream().map(ApiController::plan).toList(), support.revision(catalog)));
    }

    @Operation(summary = "The parties, in column order.")
    @GetMapping("actors")
    ResponseEntity<ApiModel.Page<ApiModel.Named>> actors(HttpServletRequest request) {
        Catalog catalog = support.catalog(request);
        return support.cached(
                request,
                catalog,
                () -> new ApiModel.Page<>(
                        catalog.actors().stream()
                                .map(a -> new ApiModel.Named(a.code(), a.name()))
                                .toList(),
                        support.revision(catalog)));
    }

    @Operation(summary = "The topics.")
    @GetMapping("topics")
    ResponseEntity<ApiModel.Page<ApiModel.Named>> topics(HttpServletRequest request) {
        Catalog catalog = support.catalog(request);
        return support.cached(
                request,
                catalog,
                () -> new ApiModel.Page<>(
                        catalog.topics().stream()
                                .map(t -> new ApiModel.Named(t.code(), t.name()))
                                .toList(),
                        support.revision(catalog)));
    }

    @Operation(summary = "The matrix of a link: the shown parties and rows, each cell's current entry.")
    @GetMapping("matrix")
    ResponseEntity<ApiModel.MatrixDocument> matrix(HttpServletRequest request) {
        MatrixPage page = matrices.open(MatrixParams.fromServlet(request.getParameterMap()));
        if (!page.notices().isEmpty()) {
            throw ApiProblem.invalidParameters(page.notices());
        }
        return support.cached(request, page.catalog(), () -> matrixDocument(page));
    }

    @Operation(summary = "A point, its sources and every party's full history, newest first.")
    @GetMapping("points/{plan}/{ref}")
    ResponseEntity<ApiModel.PointDocument> point(
            @PathVariable String plan, @PathVariable String ref, HttpServletRequest request) {
        Catalog catalog = support.catalog(request);
        PointPage page = points.page(catalog, plan, ref)
                .orElseThrow(() -> ApiProblem.notFound("There is no point " + ref + " in plan " + plan + "."));
        return support.cached(request, catalog, () -> pointDocument(page, catalog));
    }

    private ApiModel.MatrixDocument matrixDocument(MatrixPage page) {
        Matrix matrix = page.matrix();
        Map<Long, List<SourceInfo>> sources = matrices.sourcesOf(page.catalog(), matrix);
        List<String> actors = matrix.actors().stream().map(ActorInfo::code).toList();
        List<ApiModel.Row> rows = matrix.rows().stream()
                .map(row -> {
                    Map<String, ApiModel.Cell> cells = new LinkedHashMap<>();
                    for (String actor : actors) {
                        PositionInfo cell = row.cell(actor);
                        cells.put(
                                actor,
                                cell == null
                                        ? new ApiModel.Cell(
                                                null, false, null, 0, stale(matrix, null), weak(matrix, null))
                                        : new ApiModel.Cell(
                                                cell.stance().code(),
                                                cell.redLine(),
                                                cell.asOf(),
                                                sources.getOrDefault(cell.id(), List.of())
                                                        .size(),
                                                stale(matrix, cell),
                                                weak(matrix, cell)));
                    }
                    return new ApiModel.Row(
                            row.point().ref(), row.point().title(), row.point().topicCode(), cells);
                })
                .toList();
        return new ApiModel.MatrixDocument(plan(matrix.plan()), support.revision(page.catalog()), actors, rows);
    }

    /** Whether the cell is stale, when the link asked for the mark; else null (not in the document). */
    private static Boolean stale(Matrix matrix, PositionInfo cell) {
        return matrix.staleness().isPresent() ? matrix.isStale(cell) : null;
    }

    /** Whether the cell is weakly sourced, when the link names a {@code minGrade}; else null. */
    private static Boolean weak(Matrix matrix, PositionInfo cell) {
        return matrix.sourcing().isPresent() ? matrix.isWeak(cell) : null;
    }

    private ApiModel.PointDocument pointDocument(PointPage page, Catalog catalog) {
        List<ApiModel.PartyHistory> parties = page.actors().stream()
                .map(h -> new ApiModel.PartyHistory(
                        h.actor().code(),
                        h.entries().stream()
                                .map(e -> new ApiModel.Entry(
                                        e.position().id(),
                                        e.position().stance().code(),
                                        e.position().redLine(),
                                        e.position().asOf(),
                                        e.position().summary(),
                                        e.trend() == null ? null : e.trend().code(),
                                        sources(e.sources())))
                                .toList()))
                .toList();
        return new ApiModel.PointDocument(
                plan(page.plan()),
                support.revision(catalog),
                new ApiModel.Point(
                        page.point().ref(),
                        page.point().title(),
                        page.point().summary(),
                        page.point().topicCode(),
                        page.point().note()),
                sources(page.sources()),
                parties);
    }

    static List<ApiModel.Source> sources(List<SourceInfo> sources) {
        return sources.stream()
                .map(s -> new ApiModel.Source(s.publisher(), s.title(), s.url(), s.date(), s.grade()))
                .toList();
    }

    static ApiModel.Plan plan(PlanInfo plan) {
        return new ApiModel.Plan(plan.code(), plan.title(), plan.date());
    }
}
