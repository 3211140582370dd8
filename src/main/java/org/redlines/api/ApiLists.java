package org.redlines.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.changes.Changes;
import org.redlines.changes.ChangesService;
import org.redlines.compare.ActorComparison;
import org.redlines.compare.CompareService;
import org.redlines.compare.LineageTable;
import org.redlines.compare.PlanComparison;
import org.redlines.events.EventsService;
import org.redlines.positions.PointInfo;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.Verdict;
import org.redlines.routes.Routes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The other views' data: party vs party, plan versions, what moved and the events, each with its view's parameters
 * and meaning (the same services), strict about bad values. What moved and the events can grow long: they come in
 * pages ({@code page}, {@code size}) with links to the first, previous, next and last page, in the body and in a
 * {@code Link} header.
 */
@RestController
@Tag(name = "Comparisons and lists", description = "Party vs party, plan versions, what moved and events")
@RequestMapping(value = "/" + Routes.API, produces = MediaType.APPLICATION_JSON_VALUE)
class ApiLists {

    private final CompareService compare;
    private final ChangesService changes;
    private final EventsService events;
    private final ApiSupport support;

    ApiLists(CompareService compare, ChangesService changes, EventsService events, ApiSupport support) {
        this.compare = compare;
        this.changes = changes;
        this.events = events;
        this.support = support;
    }

    @Operation(summary = "Two parties side by side on each point of a plan, with a verdict per point.")
    @GetMapping("compare/actors")
    ResponseEntity<ApiModel.ActorComparisonDocument> actors(HttpServletRequest request) {
        ActorComparison c = compare.compareActors(ApiSupport.parameters(request));
        strict(c.notices());
        return support.cached(request, c.catalog(), () -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Verdict v : Verdict.values()) {
                counts.put(v.code(), c.counts().getOrDefault(v, 0));
            }
            return new ApiModel.ActorComparisonDocument(
                    ApiController.plan(c.plan()),
                    support.revision(c.catalog()),
                    c.a().code(),
                    c.b().code(),
                    counts,
                    c.rows().stream()
                            .map(r -> new ApiModel.ComparisonRow(
                                    r.point().ref(),
                                    r.point().title(),
                                    r.point().topicCode(),
                                    stand(r.a()),
                                    stand(r.b()),
                                    r.verdict().code()))
                            .toList());
        });
    }

    @Operation(summary = "Plan versions side by side, one row per lineage line.")
    @GetMapping("compare/plans")
    ResponseEntity<ApiModel.PlanComparisonDocument> plans(HttpServletRequest request) {
        PlanComparison c = compare.comparePlans(ApiSupport.parameters(request));
        strict(c.notices());
        return support.cached(request, c.catalog(), () -> {
            LineageTable table = c.table();
            return new ApiModel.PlanComparisonDocument(
                    table.plans().stream().map(ApiController::plan).toList(),
                    support.revision(c.catalog()),
                    table.rows().stream()
                            .map(row -> row.cells().stream()
                                    .map(cell -> new ApiModel.LineCell(
                                            cell.status().name().toLowerCase(java.util.Locale.ROOT),
                                            cell.points().stream()
                                                    .map(PointInfo::ref)
                                                    .toList()))
                                    .toList())
                            .toList());
        });
    }

    @Operation(summary = "What moved: dated entries with the entry each replaced, newest first, in pages.")
    @GetMapping("changes")
    ResponseEntity<ApiModel.ListPage<ApiModel.Move>> changes(HttpServletRequest request) {
        Paging paging = Paging.of(request);
        Changes found = changes.changes(ApiSupport.parameters(request));
        strict(found.notices());
        List<ApiModel.Move> moves = new ArrayList<>();
        for (Changes.Day day : found.days()) {
            for (Changes.Change change : day.changes()) {
                moves.add(new ApiModel.Move(
                        day.date(),
                        change.plan().code(),
                        change.point().ref(),
                        change.actor().code(),
                        stand(change.before()),
                        stand(change.after()),
                        change.trend() == null ? null : change.trend().code(),
                        ApiController.sources(change.sources())));
            }
        }
        return paged(request, paging, found.catalog(), moves, found.from(), found.to());
    }

    @Operation(summary = "The negotiation's events, newest first, in pages.")
    @GetMapping("events")
    ResponseEntity<ApiModel.ListPage<ApiModel.Event>> events(HttpServletRequest request) {
        Paging paging = Paging.of(request);
        EventsService.EventsPage page = events.page(ApiSupport.parameters(request));
        strict(page.notices());
        List<ApiModel.Event> list = page.events().stream()
                .map(e -> new ApiModel.Event(
                        e.id(),
                        e.date(),
                        e.title(),
                        e.kind().code(),
                        e.actors(),
                        e.summary(),
                        ApiController.sources(e.sources())))
                .toList();
        return paged(request, paging, page.catalog(), list, null, null);
    }

    private <T> ResponseEntity<ApiModel.ListPage<T>> paged(
            HttpServletRequest request,
            Paging paging,
            org.redlines.positions.Catalog catalog,
            List<T> all,
            java.time.LocalDate from,
            java.time.LocalDate to) {
        ResponseEntity<ApiModel.ListPage<T>> answer = support.cached(
                request,
                catalog,
                () -> new ApiModel.ListPage<>(
                        paging.slice(all),
                        support.revision(catalog),
                        from,
                        to,
                        paging.page(),
                        paging.size(),
                        all.size(),
                        paging.links(request, all.size())));
        String link = paging.linkHeader(request, all.size());
        return link.isEmpty()
                ? answer
                : ResponseEntity.status(answer.getStatusCode())
                        .headers(answer.getHeaders())
                        .header(HttpHeaders.LINK, link)
                        .body(answer.getBody());
    }

    private static void strict(List<org.redlines.positions.Notice> notices) {
        if (!notices.isEmpty()) {
            throw ApiProblem.invalidParameters(notices);
        }
    }

    private static ApiModel.Stand stand(PositionInfo p) {
        return p == null ? null : new ApiModel.Stand(p.stance().code(), p.redLine(), p.asOf(), p.summary());
    }
}
