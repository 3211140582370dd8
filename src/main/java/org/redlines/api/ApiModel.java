package org.redlines.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The API's JSON documents: codes, booleans, numbers and ISO dates, never translated words. */
final class ApiModel {

    private ApiModel() {}

    record Plan(String code, String title, LocalDate date) {}

    record Named(String code, String name) {}

    record Cell(String stance, boolean redLine, LocalDate asOf, int sources) {}

    record Row(String ref, String title, String topic, Map<String, Cell> cells) {}

    record MatrixDocument(Plan plan, long revision, List<String> actors, List<Row> rows) {}

    record Source(String publisher, String title, String url, LocalDate date) {}

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
    record SourceBody(String publisher, String title, String url, String date) {}

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

    record Page<T>(List<T> items, long revision) {}
}
