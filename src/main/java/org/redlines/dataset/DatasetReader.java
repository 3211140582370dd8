package org.redlines.dataset;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code redlines-dataset/1} document and checks every rule of docs/FORMAT.md before anything is written.
 * All problems are collected, each as its JSON path, a code and the values it concerns, so that one run reports
 * them all; the import page puts them into words ({@code dataset.problem.*}).
 */
public final class DatasetReader {

    public static final String FORMAT = DatasetRules.FORMAT;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Problems problems = new Problems();

    private DatasetReader() {}

    public static Dataset read(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw notJson(e);
        }
        return new DatasetReader().dataset(root);
    }

    public static Dataset read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw notJson(e);
        }
        return new DatasetReader().dataset(root);
    }

    /** Jackson's own first line says what it found; it is technical and stays in English. */
    private static DatasetException notJson(JacksonException e) {
        var where = e.getLocation();
        String message = e.getOriginalMessage();
        Problems problems = new Problems();
        if (message == null) {
            problems.add("$", "unreadable");
        } else if (where == null || where.getLineNr() < 0) {
            problems.add("$", "not-json", message.lines().findFirst().orElse(""));
        } else {
            problems.add(
                    "$",
                    "not-json-at",
                    String.valueOf(where.getLineNr()),
                    String.valueOf(where.getColumnNr()),
                    message.lines().findFirst().orElse(""));
        }
        return problems.exception();
    }

    private Dataset dataset(JsonNode root) {
        if (root == null || root.isMissingNode() || !root.isObject()) {
            problems.add("$", "not-object");
            throw problems.exception();
        }
        Obj doc = new Obj(
                root,
                "",
                Set.of(
                        "format",
                        "title",
                        "description",
                        "actors",
                        "topics",
                        "plans",
                        "points",
                        "planPositions",
                        "positions",
                        "events"));
        String format = doc.text("format", true);
        if (format != null && !FORMAT.equals(format)) {
            problems.add("format", "wrong-format", FORMAT, format);
        }
        String title = doc.text("title", true);
        String description = doc.text("description", false);

        List<Dataset.ActorEntry> actors = doc.list("actors", true, o -> {
            o.allow("code", "name");
            return new Dataset.ActorEntry(o.code("code"), o.text("name", true, DatasetRules.MAX_NAME));
        });
        List<Dataset.TopicEntry> topics = doc.list("topics", true, o -> {
            o.allow("code", "name");
            return new Dataset.TopicEntry(o.code("code"), o.text("name", true, DatasetRules.MAX_NAME));
        });
        List<Dataset.PlanEntry> plans = doc.list("plans", true, o -> {
            o.allow("code", "title", "date", "origin", "summary", "sources");
            return new Dataset.PlanEntry(
                    o.code("code"),
                    o.text("title", true, DatasetRules.MAX_TITLE),
                    o.date("date", true),
                    o.text("origin", false, DatasetRules.MAX_ORIGIN),
                    o.text("summary", false),
                    o.sources());
        });
        List<Dataset.PointEntry> points = doc.list("points", true, o -> {
            o.allow("plan", "ref", "order", "title", "summary", "topic", "note", "derivedFrom", "sources");
            return new Dataset.PointEntry(
                    o.text("plan", true),
                    o.ref("ref"),
                    o.integer("order"),
                    o.text("title", true, DatasetRules.MAX_TITLE),
                    o.text("summary", true),
                    o.text("topic", true),
                    o.text("note", false),
                    o.list("derivedFrom", false, d -> {
                        d.allow("plan", "ref");
                        return new Dataset.PointKey(d.text("plan", true), d.text("ref", true));
                    }),
                    o.sources());
        });
        List<Dataset.PositionEntry> planPositions = doc.list("planPositions", false, o -> {
            o.allow("plan", "actor", "stance", "redLine", "summary", "asOf", "sources");
            return new Dataset.PositionEntry(
                    o.text("plan", true),
                    null,
                    o.text("actor", true),
                    o.stance(),
                    o.bool("redLine"),
                    o.text("summary", true),
                    o.date("asOf", false),
                    o.sources());
        });
        List<Dataset.PositionEntry> positions = doc.list("positions", false, o -> {
            o.allow("plan", "point", "actor", "stance", "redLine", "summary", "asOf", "sources");
            return new Dataset.PositionEntry(
                    o.text("plan", true),
                    o.text("point", true),
                    o.text("actor", true),
                    o.stance(),
                    o.bool("redLine"),
                    o.text("summary", true),
                    o.date("asOf", false),
                    o.sources());
        });

        List<Dataset.EventEntry> events = doc.list("events", false, o -> {
            o.allow("date", "title", "kind", "actors", "summary", "sources");
            return new Dataset.EventEntry(
                    o.date("date", true),
                    o.text("title", true, DatasetRules.MAX_EVENT_TITLE),
                    o.eventKind(),
                    o.texts("actors"),
                    o.text("summary", false),
                    o.sources());
        });

        Dataset dataset =
                new Dataset(title, description, actors, topics, plans, points, planPositions, positions, events);
        new DatasetReferences(problems).check(dataset);
        if (problems.any()) {
            throw problems.exception();
        }
        return dataset;
    }

    /** What kind of JSON value {@code node} is. */
    private static DatasetProblem.JsonKind kind(JsonNode node) {
        if (node.isNull()) {
            return DatasetProblem.JsonKind.NULL;
        }
        if (node.isString()) {
            return DatasetProblem.JsonKind.TEXT;
        }
        if (node.isNumber()) {
            return DatasetProblem.JsonKind.NUMBER;
        }
        if (node.isBoolean()) {
            return DatasetProblem.JsonKind.BOOLEAN;
        }
        return node.isArray() ? DatasetProblem.JsonKind.LIST : DatasetProblem.JsonKind.OBJECT;
    }

    /** One JSON object under a path, read field by field; every misfit becomes a problem and a null value. */
    private final class Obj {
        private final JsonNode node;
        private final String path;

        Obj(JsonNode node, String path, Set<String> allowed) {
            this.node = node;
            this.path = path;
            if (allowed != null) {
                allowAll(allowed);
            }
        }

        Obj(JsonNode node, String path) {
            this(node, path, null);
        }

        void allow(String... names) {
            allowAll(Set.of(names));
        }

        private void allowAll(Set<String> allowed) {
            for (String name : node.propertyNames()) {
                if (!allowed.contains(name)) {
                    problems.add(at(name), "unknown-field");
                }
            }
        }

        private String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        private JsonNode field(String name, boolean required) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                if (required) {
                    problems.add(at(name), "missing");
                }
                return null;
            }
            return value;
        }

        String text(String name, boolean required) {
            return text(name, required, DatasetRules.MAX_TEXT);
        }

        /** Text up to {@code max} characters, the size of its database column. */
        String text(String name, boolean required, int max) {
            JsonNode value = field(name, required);
            if (value == null) {
                return null;
            }
            if (!value.isString()) {
                problems.add(at(name), "expected-text", kind(value));
                return null;
            }
            String text = value.stringValue();
            if (text.length() > max) {
                problems.add(at(name), "too-long", String.valueOf(max), String.valueOf(text.length()));
                return null;
            }
            if (required && text.isBlank()) {
                problems.add(at(name), "empty");
                return null;
            }
            return text.isBlank() ? null : text;
        }

        String code(String name) {
            String code = text(name, true);
            if (code != null && !DatasetRules.isCode(code)) {
                problems.add(at(name), "not-code", code);
                return null;
            }
            return code;
        }

        String ref(String name) {
            String ref = text(name, true);
            if (ref != null && ref.length() > DatasetRules.MAX_REF) {
                problems.add(at(name), "longer-than", String.valueOf(DatasetRules.MAX_REF));
                return null;
            }
            return ref;
        }

        Integer integer(String name) {
            JsonNode value = field(name, false);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                problems.add(at(name), "expected-whole-number", kind(value));
                return null;
            }
            return value.intValue();
        }

        boolean bool(String name) {
            JsonNode value = field(name, false);
            if (value == null) {
                return false;
            }
            if (!value.isBoolean()) {
                problems.add(at(name), "expected-boolean", kind(value));
                return false;
            }
            return value.booleanValue();
        }

        LocalDate date(String name, boolean required) {
            String text = text(name, required);
            if (text == null) {
                return null;
            }
            LocalDate date = DatasetRules.parseDate(text);
            if (date == null) {
                problems.add(at(name), "not-date", text);
            }
            return date;
        }

        /** An optional Admiralty grade, kept in its canonical form ({@code B2}). */
        String grade(String name) {
            String text = text(name, false);
            if (text == null) {
                return null;
            }
            Optional<Grade> grade = Grade.parse(text);
            if (grade.isEmpty()) {
                problems.add(at(name), "not-grade", text);
                return null;
            }
            return grade.get().code();
        }

        EventKind eventKind() {
            String text = text("kind", true);
            if (text == null) {
                return null;
            }
            EventKind kind = EventKind.fromCode(text).orElse(null);
            if (kind == null) {
                problems.add(at("kind"), "not-event-kind", text);
            }
            return kind;
        }

        /** A list of texts, such as the codes of the parties an event involves; a missing list is empty. */
        List<String> texts(String name) {
            JsonNode value = field(name, false);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                problems.add(at(name), "expected-list", kind(value));
                return List.of();
            }
            List<String> out = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (!item.isString()) {
                    problems.add(at(name) + "[" + i + "]", "expected-text", kind(item));
                } else {
                    out.add(item.stringValue());
                }
            }
            return out;
        }

        Stance stance() {
            String text = text("stance", true);
            if (text == null) {
                return null;
            }
            Stance stance = DatasetRules.stance(text).orElse(null);
            if (stance == null) {
                problems.add(at("stance"), "not-stance", text);
            }
            return stance;
        }

        String url(String name) {
            String text = text(name, true, DatasetRules.MAX_URL);
            if (text == null) {
                return null;
            }
            var problem = DatasetRules.addressProblem(text);
            if (problem.isPresent()) {
                problems.add(
                        at(name),
                        problem.get() == DatasetRules.AddressProblem.INVALID ? "not-url" : "not-web-url",
                        text);
                return null;
            }
            return text;
        }

        List<Dataset.SourceEntry> sources() {
            return list("sources", false, s -> {
                s.allow("publisher", "title", "url", "date", "grade");
                return new Dataset.SourceEntry(
                        s.text("publisher", true, DatasetRules.MAX_PUBLISHER),
                        s.text("title", false, DatasetRules.MAX_TITLE),
                        s.url("url"),
                        s.date("date", false),
                        s.grade("grade"));
            });
        }

        <T> List<T> list(String name, boolean required, Function<Obj, T> reader) {
            JsonNode value = field(name, required);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                problems.add(at(name), "expected-list", kind(value));
                return List.of();
            }
            List<T> out = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                String itemPath = at(name) + "[" + i + "]";
                if (!item.isObject()) {
                    problems.add(itemPath, "expected-object", kind(item));
                    continue;
                }
                out.add(reader.apply(new Obj(item, itemPath)));
            }
            return out;
        }
    }
}
