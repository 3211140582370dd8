package org.redlines.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The API's JSON documents: codes, booleans, numbers and ISO dates, never translated words. */
final class ApiModel {

    private ApiModel() {}

    record Plan(String code, String title, LocalDate date) {}

    record Named(String code, String name) {}

    /** {@code stale} and {@code weak} are there only when the link asks for the mark ({@code stale}, {@code minGrade}). */
    record Cell(
            String stance,
            boolean redLine,
            LocalDate asOf,
            int sources,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean stale,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean weak) {}

    /** A change kept for review: the draft's number and its status. */
    record DraftDocument(long draft, String status, String message) {}

    record Row(String ref, String title, String topic, Map<String, Cell> cells) {}

    record MatrixDocument(Plan plan, long revision, List<String> actors, List<Row> rows) {}

    /** {@code grade}: the Admiralty code ({@code B2}), or null when the source is ungraded. */
    record Source(String publisher, String title, String url, LocalDate date, String grade) {}

    record Entry(
            long id,
            String stance,
            boolean redLine,
            LocalDate asOf,
            String summary,
            String trend,
            List<Source> sources) {}

    record PartyHistory(String actor, List<Entry> entries) {}

    record Point(String ref, String title, String summary, String topic, String note) {}

    record PointDocument(Plan plan, long revision, Point point, List<Source> sources, List<PartyHistory> parties) {}

    /** A position entry as the API writes it; {@code version} is what a correction must name. */
    record PositionDocument(
            long id,
            long version,
            String plan,
            String ref,
            String actor,
            String stance,
            boolean redLine,
            LocalDate asOf,
            String summary,
            List<Source> sources) {}

    /** A source in a written entry: publisher and url are required, title and date optional. */
    record SourceBody(String publisher, String title, String url, String date, String grade) {}

    /** A new entry ({@code POST /positions}) or a correction ({@code PUT /positions/{id}}, with {@code version}). */
    record PositionBody(
            String plan,
            String ref,
            String actor,
            String stance,
            Boolean redLine,
            String asOf,
            String summary,
            List<SourceBody> sources,
            Long version) {}

    /** A party's entry as a comparison or a move shows it. */
    record Stand(String stance, boolean redLine, LocalDate asOf, String summary) {}

    record ComparisonRow(String ref, String title, String topic, Stand a, Stand b, String verdict) {}

    record ActorComparisonDocument(
            Plan plan, long revision, String a, String b, Map<String, Integer> counts, List<ComparisonRow> rows) {}

    /** One plan's part of a lineage line: {@code origin}, {@code added}, {@code carried}, {@code dropped}... */
    record LineCell(String status, List<String> refs) {}

    record PlanComparisonDocument(List<Plan> plans, long revision, List<List<LineCell>> rows) {}

    /** A dated entry of a cell and the one it replaced ({@code before} is null for a cell's first entry). */
    record Move(
            LocalDate date,
            String plan,
            String ref,
            String actor,
            Stand before,
            Stand after,
            String trend,
            List<Source> sources) {}

    record Event(
            long id,
            LocalDate date,
            String title,
            String kind,
            List<String> actors,
            String summary,
            List<Source> sources) {}

    /** Links to other pages of a list; a link is null where there is no such page. */
    record PageLinks(String self, String first, String prev, String next, String last) {}

    /** One page of a list that can grow long; {@code from} and {@code to} are the dates a list of moves covers. */
    record ListPage<T>(
            List<T> items,
            long revision,
            LocalDate from,
            LocalDate to,
            int page,
            int size,
            int total,
            PageLinks links) {}

    record Page<T>(List<T> items, long revision) {}
}
