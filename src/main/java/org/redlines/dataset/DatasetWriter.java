package org.redlines.dataset;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Dataset} as a {@code redlines-dataset/1} document that {@link DatasetReader} reads back. */
public final class DatasetWriter {

    private static final JsonMapper PRETTY =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    private DatasetWriter() {}

    public static String write(Dataset d) {
        return PRETTY.writeValueAsString(document(d));
    }

    /** Compact, for large generated datasets. */
    public static void writeCompact(Dataset d, OutputStream out) {
        COMPACT.writeValue(out, document(d));
    }

    private static Map<String, Object> document(Dataset d) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", DatasetReader.FORMAT);
        doc.put("title", d.title());
        put(doc, "description", d.description());
        doc.put(
                "actors",
                d.actors().stream()
                        .map(a -> ordered("code", a.code(), "name", a.name()))
                        .toList());
        doc.put(
                "topics",
                d.topics().stream()
                        .map(t -> ordered("code", t.code(), "name", t.name()))
                        .toList());
        doc.put(
                "plans",
                d.plans().stream()
                        .map(p -> {
                            Map<String, Object> m = ordered(
                                    "code",
                                    p.code(),
                                    "title",
                                    p.title(),
                                    "date",
                                    p.date().toString());
                            put(m, "origin", p.origin());
                            put(m, "summary", p.summary());
                            sources(m, p.sources());
                            return m;
                        })
                        .toList());
        doc.put(
                "points",
                d.points().stream()
                        .map(p -> {
                            Map<String, Object> m = ordered("plan", p.plan(), "ref", p.ref());
                            put(m, "order", p.order());
                            m.put("title", p.title());
                            m.put("summary", p.summary());
                            m.put("topic", p.topic());
                            put(m, "note", p.note());
                            if (!p.derivedFrom().isEmpty()) {
                                m.put(
                                        "derivedFrom",
                                        p.derivedFrom().stream()
                                                .map(k -> ordered("plan", k.plan(), "ref", k.ref()))
                                                .toList());
                            }
                            sources(m, p.sources());
                            return m;
                        })
                        .toList());
        doc.put("planPositions", positions(d.planPositions()));
        doc.put("positions", positions(d.positions()));
        if (!d.events().isEmpty()) {
            doc.put(
                    "events",
                    d.events().stream()
                            .map(e -> {
                                Map<String, Object> m = ordered(
                                        "date",
                                        e.date().toString(),
                                        "title",
                                        e.title(),
                                        "kind",
                                        e.kind().code());
                                m.put("actors", e.actors());
                                put(m, "summary", e.summary());
                                sources(m, e.sources());
                                return m;
                            })
                            .toList());
        }
        return doc;
    }

    private static List<Map<String, Object>> positions(List<Dataset.PositionEntry> entries) {
        List<Map<String, Object>> out = new ArrayList<>(entries.size());
        for (Dataset.PositionEntry e : entries) {
            Map<String, Object> m = ordered("plan", e.plan());
            put(m, "point", e.point());
            m.put("actor", e.actor());
            m.put("stance", e.stance().code());
            m.put("redLine", e.redLine());
            m.put("summary", e.summary());
            put(m, "asOf", e.asOf() == null ? null : e.asOf().toString());
            sources(m, e.sources());
            out.add(m);
        }
        return out;
    }

    private static void sources(Map<String, Object> m, List<Dataset.SourceEntry> sources) {
        if (sources.isEmpty()) {
            return;
        }
        m.put(
                "sources",
                sources.stream()
                        .map(s -> {
                            Map<String, Object> o = ordered("publisher", s.publisher());
                            put(o, "title", s.title());
                            o.put("url", s.url());
                            put(o, "date", s.date() == null ? null : s.date().toString());
                            put(o, "grade", s.grade());
                            return o;
                        })
                        .toList());
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
