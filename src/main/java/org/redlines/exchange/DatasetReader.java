package org.redlines.exchange;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.redlines.i18n.Messages;
import org.redlines.positions.Dataset;
import org.redlines.positions.Stance;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code redlines-dataset/1} document and checks every rule of FORMAT.md before anything is written.
 * All problems are collected, each as its JSON path and what is wrong, so one run reports them all. What is wrong
 * is said in the current language (keys {@code dataset.problem.*}); paths, field names and values stay as written.
 */
public final class DatasetReader {

    public static final String FORMAT = "redlines-dataset/1";

    private static final int MAX_PROBLEMS = 200;
    private static final int MAX_TEXT = 8000;
    private static final int MAX_NAME = 255;
    private static final int MAX_TITLE = 1000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The first {@link #MAX_PROBLEMS} problems in words; {@link #found} counts them all. */
    private final List<String> problems = new ArrayList<>();

    private int found;

    private DatasetReader() {}

    public static Dataset read(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new DatasetException(List.of(jsonProblem(e)));
        }
        return new DatasetReader().dataset(root);
    }

    public static Dataset read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new DatasetException(List.of(jsonProblem(e)));
        }
        return new DatasetReader().dataset(root);
    }

    private static String jsonProblem(JacksonException e) {
        var where = e.getLocation();
        String message = e.getOriginalMessage();
        String detail = message == null
                ? Messages.t("dataset.problem.unreadable")
                : message.lines().findFirst().orElse("");
        return "$: "
                + (where == null || where.getLineNr() < 0
                        ? Messages.t("dataset.problem.not-json", detail)
                        : Messages.t(
                                "dataset.problem.not-json-at",
                                String.valueOf(where.getLineNr()),
                                String.valueOf(where.getColumnNr()),
                                detail));
    }

    private Dataset dataset(JsonNode root) {
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new DatasetException(List.of("$: " + Messages.t("dataset.problem.not-object")));
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
                        "positions"));
        String format = doc.text("format", true);
        if (format != null && !FORMAT.equals(format)) {
            problem("format", "dataset.problem.wrong-format", FORMAT, format);
        }
        String title = doc.text("title", true);
        String description = doc.text("description", false);

        List<Dataset.ActorEntry> actors = doc.list("actors", true, o -> {
            o.allow("code", "name");
            return new Dataset.ActorEntry(o.code("code"), o.text("name", true, MAX_NAME));
        });
        List<Dataset.TopicEntry> topics = doc.list("topics", true, o -> {
            o.allow("code", "name");
            return new Dataset.TopicEntry(o.code("code"), o.text("name", true, MAX_NAME));
        });
        List<Dataset.PlanEntry> plans = doc.list("plans", true, o -> {
            o.allow("code", "title", "date", "origin", "summary", "sources");
            return new Dataset.PlanEntry(
                    o.code("code"),
                    o.text("title", true, MAX_TITLE),
                    o.date("date", true),
                    o.text("origin", false, 4000),
                    o.text("summary", false),
                    o.sources());
        });
        List<Dataset.PointEntry> points = doc.list("points", true, o -> {
            o.allow("plan", "ref", "order", "title", "summary", "topic", "note", "derivedFrom", "sources");
            return new Dataset.PointEntry(
                    o.text("plan", true),
                    o.ref("ref"),
                    o.integer("order"),
                    o.text("title", true, MAX_TITLE),
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

        Dataset dataset = new Dataset(title, description, actors, topics, plans, points, planPositions, positions);
        checkReferences(dataset);
        if (found > 0) {
            throw new DatasetException(capped());
        }
        return dataset;
    }

    private void checkReferences(Dataset d) {
        Set<String> actorCodes = unique("actors", d.actors(), Dataset.ActorEntry::code);
        Set<String> topicCodes = unique("topics", d.topics(), Dataset.TopicEntry::code);
        unique("plans", d.plans(), Dataset.PlanEntry::code);
        Map<String, LocalDate> planDates = new HashMap<>();
        d.plans().forEach(p -> {
            if (p.code() != null) {
                planDates.putIfAbsent(p.code(), p.date());
            }
        });

        Set<Dataset.PointKey> pointKeys = new HashSet<>();
        for (int i = 0; i < d.points().size(); i++) {
            Dataset.PointEntry p = d.points().get(i);
            String at = "points[" + i + "]";
            boolean planKnown = known(at + ".plan", "dataset.problem.unknown-plan", p.plan(), planDates.keySet());
            known(at + ".topic", "dataset.problem.unknown-topic", p.topic(), topicCodes);
            if (planKnown && p.ref() != null && !pointKeys.add(new Dataset.PointKey(p.plan(), p.ref()))) {
                problem(at + ".ref", "dataset.problem.duplicate-ref", p.ref(), p.plan());
            }
        }
        Map<Dataset.PointKey, List<Dataset.PointKey>> lineage = new LinkedHashMap<>();
        for (int i = 0; i < d.points().size(); i++) {
            Dataset.PointEntry p = d.points().get(i);
            for (int j = 0; j < p.derivedFrom().size(); j++) {
                Dataset.PointKey from = p.derivedFrom().get(j);
                String at = "points[" + i + "].derivedFrom[" + j + "]";
                if (from.plan() == null || from.ref() == null) {
                    continue;
                }
                if (!pointKeys.contains(from)) {
                    problem(at, "dataset.problem.unknown-point", from.ref(), from.plan());
                    continue;
                }
                LocalDate fromDate = planDates.get(from.plan());
                LocalDate ownDate = planDates.get(p.plan());
                if (fromDate != null && ownDate != null && fromDate.isAfter(ownDate)) {
                    problem(
                            at,
                            "dataset.problem.dated-after",
                            from.plan(),
                            fromDate.toString(),
                            p.plan(),
                            ownDate.toString());
                }
                lineage.computeIfAbsent(new Dataset.PointKey(p.plan(), p.ref()), k -> new ArrayList<>())
                        .add(from);
            }
        }
        findCycle(lineage);

        checkPositions("planPositions", d.planPositions(), planDates.keySet(), actorCodes, null);
        checkPositions("positions", d.positions(), planDates.keySet(), actorCodes, pointKeys);
    }

    private void checkPositions(
            String list,
            List<Dataset.PositionEntry> entries,
            Set<String> planCodes,
            Set<String> actorCodes,
            Set<Dataset.PointKey> pointKeys) {
        for (int i = 0; i < entries.size(); i++) {
            Dataset.PositionEntry e = entries.get(i);
            String at = list + "[" + i + "]";
            boolean planKnown = known(at + ".plan", "dataset.problem.unknown-plan", e.plan(), planCodes);
            known(at + ".actor", "dataset.problem.unknown-actor", e.actor(), actorCodes);
            if (pointKeys != null
                    && planKnown
                    && e.point() != null
                    && !pointKeys.contains(new Dataset.PointKey(e.plan(), e.point()))) {
                problem(at + ".point", "dataset.problem.no-such-point", e.plan(), e.point());
            }
        }
    }

    private void findCycle(Map<Dataset.PointKey, List<Dataset.PointKey>> lineage) {
        Map<Dataset.PointKey, Integer> state = new HashMap<>();
        for (Dataset.PointKey start : lineage.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<Dataset.PointKey> path = new ArrayList<>();
            if (visit(start, lineage, state, path)) {
                return;
            }
        }
    }

    /** Depth-first search; state 1 = on the current path, 2 = done. Reports the first cycle found. */
    private boolean visit(
            Dataset.PointKey key,
            Map<Dataset.PointKey, List<Dataset.PointKey>> lineage,
            Map<Dataset.PointKey, Integer> state,
            List<Dataset.PointKey> path) {
        state.put(key, 1);
        path.add(key);
        for (Dataset.PointKey next : lineage.getOrDefault(key, List.of())) {
            Integer s = state.get(next);
            if (s != null && s == 1) {
                List<Dataset.PointKey> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                cycle.add(next);
                problem(
                        "points",
                        "dataset.problem.cycle",
                        String.join(
                                " -> ",
                                cycle.stream()
                                        .map(k -> k.plan() + "/" + k.ref())
                                        .toList()));
                return true;
            }
            if (s == null && visit(next, lineage, state, path)) {
                return true;
            }
        }
        path.removeLast();
        state.put(key, 2);
        return false;
    }

    private <T> Set<String> unique(String list, List<T> entries, Function<T, String> code) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String c = code.apply(entries.get(i));
            if (c != null && !seen.add(c)) {
                problem(list + "[" + i + "].code", "dataset.problem.duplicate-code", c);
            }
        }
        return seen;
    }

    /** Whether {@code code} is one of {@code codes}; if not, the problem {@code unknownKey} names it. */
    private boolean known(String at, String unknownKey, String code, Set<String> codes) {
        if (code == null) {
            return false;
        }
        if (!codes.contains(code)) {
            problem(at, unknownKey, code);
            return false;
        }
        return true;
    }

    /**
     * A problem at {@code path}: the text of {@code key} with {@code args} (Strings, so that numbers and dates stay
     * as the file wrote them). Only the first {@link #MAX_PROBLEMS} are put into words; the rest are counted.
     */
    private void problem(String path, String key, Object... args) {
        found++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add((path.isEmpty() ? "$" : path) + ": " + Messages.t(key, args));
        }
    }

    private List<String> capped() {
        if (found <= MAX_PROBLEMS) {
            return problems;
        }
        List<String> out = new ArrayList<>(problems);
        out.add(Messages.t("dataset.problem.more", String.valueOf(found - MAX_PROBLEMS)));
        return out;
    }

    /** What kind of JSON value {@code node} is, in words. */
    private static String describe(JsonNode node) {
        if (node.isNull()) {
            return Messages.t("dataset.kind.null");
        }
        if (node.isString()) {
            return Messages.t("dataset.kind.text");
        }
        if (node.isNumber()) {
            return Messages.t("dataset.kind.number");
        }
        if (node.isBoolean()) {
            return Messages.t("dataset.kind.boolean");
        }
        if (node.isArray()) {
            return Messages.t("dataset.kind.list");
        }
        return Messages.t("dataset.kind.object");
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
                    problem(at(name), "dataset.problem.unknown-field");
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
                    problem(at(name), "dataset.problem.missing");
                }
                return null;
            }
            return value;
        }

        String text(String name, boolean required) {
            return text(name, required, MAX_TEXT);
        }

        /** Text up to {@code max} characters, the size of its database column. */
        String text(String name, boolean required, int max) {
            JsonNode value = field(name, required);
            if (value == null) {
                return null;
            }
            if (!value.isString()) {
                problem(at(name), "dataset.problem.expected-text", describe(value));
                return null;
            }
            String text = value.stringValue();
            if (text.length() > max) {
                problem(at(name), "dataset.problem.too-long", String.valueOf(max), String.valueOf(text.length()));
                return null;
            }
            if (required && text.isBlank()) {
                problem(at(name), "dataset.problem.empty");
                return null;
            }
            return text.isBlank() ? null : text;
        }

        String code(String name) {
            String code = text(name, true);
            if (code != null && !CODE.matcher(code).matches()) {
                problem(at(name), "dataset.problem.not-code", code);
                return null;
            }
            return code;
        }

        String ref(String name) {
            String ref = text(name, true);
            if (ref != null && ref.length() > 32) {
                problem(at(name), "dataset.problem.longer-than", "32");
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
                problem(at(name), "dataset.problem.expected-whole-number", describe(value));
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
                problem(at(name), "dataset.problem.expected-boolean", describe(value));
                return false;
            }
            return value.booleanValue();
        }

        LocalDate date(String name, boolean required) {
            String text = text(name, required);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeParseException e) {
                problem(at(name), "dataset.problem.not-date", text);
                return null;
            }
        }

        Stance stance() {
            String text = text("stance", true);
            if (text == null) {
                return null;
            }
            Stance stance =
                    Stance.fromCode(text).filter(s -> s.code().equals(text)).orElse(null);
            if (stance == null) {
                problem(at("stance"), "dataset.problem.not-stance", text);
            }
            return stance;
        }

        String url(String name) {
            String text = text(name, true, 2000);
            if (text == null) {
                return null;
            }
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    problem(at(name), "dataset.problem.not-web-url", text);
                    return null;
                }
            } catch (URISyntaxException e) {
                problem(at(name), "dataset.problem.not-url", text);
                return null;
            }
            return text;
        }

        List<Dataset.SourceEntry> sources() {
            return list("sources", false, s -> {
                s.allow("publisher", "title", "url", "date");
                return new Dataset.SourceEntry(
                        s.text("publisher", true, 500),
                        s.text("title", false, MAX_TITLE),
                        s.url("url"),
                        s.date("date", false));
            });
        }

        <T> List<T> list(String name, boolean required, Function<Obj, T> reader) {
            JsonNode value = field(name, required);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                problem(at(name), "dataset.problem.expected-list", describe(value));
                return List.of();
            }
            List<T> out = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                String itemPath = at(name) + "[" + i + "]";
                if (!item.isObject()) {
                    problem(itemPath, "dataset.problem.expected-object", describe(item));
                    continue;
                }
                out.add(reader.apply(new Obj(item, itemPath)));
            }
            return out;
        }
    }
}
