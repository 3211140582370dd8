package org.redlines.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.DatasetException;
import org.redlines.dataset.DatasetReader;
import org.redlines.dataset.DatasetWriter;
import org.redlines.dataset.Stance;
import org.redlines.i18n.Words;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every rule of FORMAT.md, each broken once on the fixture dataset, and the problem it must report. */
class DatasetReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ObjectNode fixture() {
        try (InputStream in = DatasetReaderTest.class.getResourceAsStream("/fixtures/matrix-fixture.json")) {
            return (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> problemsAfter(Consumer<ObjectNode> change) {
        ObjectNode doc = fixture();
        change.accept(doc);
        try {
            DatasetReader.read(JSON.writeValueAsString(doc));
        } catch (DatasetException e) {
            return Words.problems(e);
        }
        throw new AssertionError("the changed dataset was accepted");
    }

    private static ObjectNode item(ObjectNode doc, String list, int index) {
        return (ObjectNode) doc.get(list).get(index);
    }

    @Test
    void reads_the_fixture() {
        Dataset d = DatasetReader.read(JSON.writeValueAsString(fixture()));
        assertThat(d.actors()).extracting(Dataset.ActorEntry::code).containsExactly("AA", "BB", "CC");
        assertThat(d.points()).hasSize(6);
        assertThat(d.points().get(5).derivedFrom()).containsExactly(new Dataset.PointKey("P1", "1"));
        assertThat(d.positions().get(1).redLine()).isTrue();
        assertThat(d.positions().get(0).redLine())
                .as("redLine defaults to false")
                .isFalse();
        assertThat(d.positions().get(3).asOf()).isNull();
        assertThat(d.positions().get(1).sources()).hasSize(2);
        assertThat(d.planPositions().get(0).stance()).isEqualTo(Stance.CONDITIONAL);
        assertThat(d.plans().get(0).date()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void reads_the_default_dataset() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dataset/ukraine-peace-plans.json")) {
            Dataset d = DatasetReader.read(in);
            assertThat(d.actors()).extracting(Dataset.ActorEntry::code).containsExactly("UA", "EU", "US", "RU");
            assertThat(d.plans()).hasSize(6);
            assertThat(d.points()).hasSize(66);
            assertThat(d.positions()).hasSize(305);
            assertThat(d.events()).hasSize(38);
        }
    }

    @Test
    void the_default_dataset_survives_writing_and_reading_back() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dataset/ukraine-peace-plans.json")) {
            Dataset original = DatasetReader.read(in);
            String written = DatasetWriter.write(original);
            assertThat(DatasetReader.read(written)).isEqualTo(original);
            assertThat(DatasetWriter.write(DatasetReader.read(written))).isEqualTo(written);
        }
    }

    @Test
    void refuses_what_is_not_json() {
        assertThatThrownBy(() -> DatasetReader.read("{\"format\": "))
                .isInstanceOfSatisfying(
                        DatasetException.class,
                        e -> assertThat(Words.problems(e))
                                .singleElement()
                                .asString()
                                .startsWith("$: not valid JSON"));
        assertThatThrownBy(() -> DatasetReader.read("[1, 2]"))
                .isInstanceOfSatisfying(
                        DatasetException.class,
                        e -> assertThat(Words.problems(e)).containsExactly("$: expected a JSON object"));
    }

    @Test
    void refuses_duplicate_keys() {
        assertThatThrownBy(() -> DatasetReader.read("{\"format\": \"redlines-dataset/1\", \"format\": \"x\"}"))
                .isInstanceOfSatisfying(
                        DatasetException.class,
                        e -> assertThat(Words.problems(e).getFirst())
                                .contains("not valid JSON")
                                .contains("format"));
    }

    @Test
    void format_must_be_exact() {
        assertThat(problemsAfter(d -> d.put("format", "redlines-dataset/2")))
                .containsExactly("format: must be \"redlines-dataset/1\", found \"redlines-dataset/2\"");
        assertThat(problemsAfter(d -> d.remove("format"))).containsExactly("format: missing");
    }

    @Test
    void unknown_fields_are_errors_at_every_level() {
        assertThat(problemsAfter(d -> d.put("titel", "x"))).containsExactly("titel: unknown field");
        assertThat(problemsAfter(d -> item(d, "positions", 2).put("redline", true)))
                .containsExactly("positions[2].redline: unknown field");
        assertThat(problemsAfter(
                        d -> ((ObjectNode) item(d, "plans", 0).get("sources").get(0)).put("link", "x")))
                .containsExactly("plans[0].sources[0].link: unknown field");
    }

    @Test
    void codes_are_unique_and_well_formed() {
        assertThat(problemsAfter(d -> item(d, "actors", 1).put("code", "AA")))
                .contains("actors[1].code: duplicate code \"AA\"");
        assertThat(problemsAfter(d -> item(d, "topics", 0).put("code", "has space")))
                .contains("topics[0].code: \"has space\" is not a code (1 to 32 letters, digits, - or _)");
        assertThat(problemsAfter(d -> item(d, "plans", 1).put("code", "x".repeat(33))))
                .anyMatch(p -> p.startsWith("plans[1].code: ")
                        && p.endsWith("is not a code (1 to 32 letters, digits, - or _)"));
        assertThat(problemsAfter(d -> item(d, "plans", 1).put("code", "P1")))
                .contains("plans[1].code: duplicate code \"P1\"");
    }

    @Test
    void a_ref_is_unique_within_its_plan_and_at_most_32_characters() {
        assertThat(problemsAfter(d -> item(d, "points", 1).put("ref", "1")))
                .containsExactly(
                        "points[1].ref: duplicate ref \"1\" in plan \"P1\"",
                        "positions[4].point: plan \"P1\" has no point \"2\"",
                        "positions[5].point: plan \"P1\" has no point \"2\"");
        assertThat(problemsAfter(d -> item(d, "points", 4).put("ref", "r".repeat(33))))
                .contains("points[4].ref: longer than 32 characters");
    }

    @Test
    void required_fields_must_be_present_and_not_blank() {
        assertThat(problemsAfter(d -> item(d, "points", 0).remove("title")))
                .containsExactly("points[0].title: missing");
        assertThat(problemsAfter(d -> item(d, "positions", 0).put("summary", "  ")))
                .containsExactly("positions[0].summary: must not be empty");
        assertThat(problemsAfter(d -> item(d, "actors", 0).putNull("name"))).containsExactly("actors[0].name: missing");
        assertThat(problemsAfter(d -> d.remove("actors"))).contains("actors: missing");
    }

    @Test
    void fields_must_have_their_type() {
        assertThat(problemsAfter(d -> item(d, "points", 0).put("order", "first")))
                .containsExactly("points[0].order: expected a whole number, found text");
        assertThat(problemsAfter(d -> item(d, "points", 0).put("order", 1.5)))
                .containsExactly("points[0].order: expected a whole number, found a number");
        assertThat(problemsAfter(d -> item(d, "positions", 0).put("redLine", "yes")))
                .containsExactly("positions[0].redLine: expected true or false, found text");
        assertThat(problemsAfter(d -> item(d, "actors", 0).put("name", 7)))
                .containsExactly("actors[0].name: expected text, found a number");
        assertThat(problemsAfter(d -> d.put("points", "none"))).contains("points: expected a list, found text");
        assertThat(problemsAfter(d -> ((ArrayNode) d.get("actors")).add(3)))
                .containsExactly("actors[3]: expected an object, found a number");
    }

    @Test
    void texts_must_fit_their_columns() {
        assertThat(problemsAfter(d -> item(d, "actors", 0).put("name", "n".repeat(256))))
                .containsExactly("actors[0].name: longer than 255 characters (256)");
        assertThat(problemsAfter(d -> item(d, "points", 0).put("title", "t".repeat(1001))))
                .containsExactly("points[0].title: longer than 1000 characters (1001)");
        assertThat(problemsAfter(d -> item(d, "positions", 0).put("summary", "s".repeat(10_000))))
                .containsExactly("positions[0].summary: longer than 8000 characters (10000)");
        assertThat(problemsAfter(d -> ((ObjectNode)
                                item(d, "positions", 0).get("sources").get(0))
                        .put("url", "https://example.org/" + "u".repeat(2000))))
                .hasSize(1);
    }

    @Test
    void stance_is_one_of_the_four() {
        assertThat(problemsAfter(d -> item(d, "positions", 0).put("stance", "neutral")))
                .containsExactly(
                        "positions[0].stance: \"neutral\" is not one of supports, conditional, opposes, unclear");
        assertThat(problemsAfter(d -> item(d, "planPositions", 0).put("stance", "Supports")))
                .hasSize(1);
    }

    @Test
    void dates_are_strict_iso() {
        assertThat(problemsAfter(d -> item(d, "positions", 0).put("asOf", "2025-13-45")))
                .containsExactly("positions[0].asOf: \"2025-13-45\" is not a date (YYYY-MM-DD)");
        assertThat(problemsAfter(d -> item(d, "plans", 0).put("date", "1 Jan 2025")))
                .containsExactly("plans[0].date: \"1 Jan 2025\" is not a date (YYYY-MM-DD)");
        assertThat(problemsAfter(d -> item(d, "plans", 0).put("date", "2025-02-29")))
                .hasSize(1);
    }

    @Test
    void source_urls_are_absolute_http_or_https() {
        assertThat(problemsAfter(d ->
                        ((ObjectNode) item(d, "plans", 0).get("sources").get(0)).put("url", "javascript:alert(1)")))
                .containsExactly(
                        "plans[0].sources[0].url: \"javascript:alert(1)\" is not an absolute http or https URL");
        assertThat(problemsAfter(d ->
                        ((ObjectNode) item(d, "positions", 0).get("sources").get(0)).put("url", "/relative/path")))
                .hasSize(1);
        assertThat(problemsAfter(d ->
                        ((ObjectNode) item(d, "positions", 0).get("sources").get(0)).remove("publisher")))
                .containsExactly("positions[0].sources[0].publisher: missing");
    }

    @Test
    void references_must_name_entries_of_the_document() {
        assertThat(problemsAfter(d -> item(d, "positions", 12 - 2).put("actor", "XX")))
                .containsExactly("positions[10].actor: unknown actor \"XX\"");
        assertThat(problemsAfter(d -> item(d, "points", 0).put("topic", "sea")))
                .containsExactly("points[0].topic: unknown topic \"sea\"");
        assertThat(problemsAfter(d -> item(d, "points", 0).put("plan", "P9")))
                .contains("points[0].plan: unknown plan \"P9\"");
        assertThat(problemsAfter(d -> item(d, "positions", 0).put("point", "99")))
                .containsExactly("positions[0].point: plan \"P1\" has no point \"99\"");
        assertThat(problemsAfter(d -> item(d, "planPositions", 0).put("plan", "P7")))
                .containsExactly("planPositions[0].plan: unknown plan \"P7\"");
    }

    @Test
    void lineage_names_existing_points_of_plans_no_later() {
        assertThat(problemsAfter(d ->
                        ((ObjectNode) item(d, "points", 5).get("derivedFrom").get(0)).put("ref", "9")))
                .containsExactly("points[5].derivedFrom[0]: unknown point \"9\" of plan \"P1\"");
        assertThat(problemsAfter(d -> {
                    ArrayNode from = item(d, "points", 0).putArray("derivedFrom");
                    from.addObject().put("plan", "P2").put("ref", "1");
                }))
                .contains(
                        "points[0].derivedFrom[0]: plan \"P2\" (2025-02-01) is dated after this point's plan \"P1\" (2025-01-01)");
    }

    @Test
    void lineage_forms_no_cycle() {
        List<String> problems = problemsAfter(d -> {
            item(d, "points", 0)
                    .putArray("derivedFrom")
                    .addObject()
                    .put("plan", "P1")
                    .put("ref", "2");
            item(d, "points", 1)
                    .putArray("derivedFrom")
                    .addObject()
                    .put("plan", "P1")
                    .put("ref", "1");
        });
        assertThat(problems).containsExactly("points: derivedFrom links form a cycle: P1/1 -> P1/2 -> P1/1");
    }

    /** The fixture with two events: talks that happened, and a scheduled round without sources. */
    private static ObjectNode withEvents(ObjectNode doc) {
        ArrayNode events = doc.putArray("events");
        ObjectNode talks = events.addObject()
                .put("date", "2025-02-01")
                .put("title", "First round")
                .put("kind", "talks")
                .put("summary", "Delegations met.");
        talks.putArray("actors").add("AA").add("BB");
        talks.putArray("sources").addObject().put("publisher", "Agency").put("url", "https://news.example/first");
        ObjectNode scheduled = events.addObject()
                .put("date", "2999-01-01")
                .put("title", "Next round")
                .put("kind", "scheduled");
        scheduled.putArray("actors");
        scheduled.putArray("sources");
        return doc;
    }

    private static List<String> eventProblemsAfter(Consumer<ObjectNode> change) {
        return problemsAfter(d -> change.accept(withEvents(d)));
    }

    @Test
    void events_are_read_with_their_defaults_and_written_back_unchanged() {
        Dataset d = DatasetReader.read(JSON.writeValueAsString(withEvents(fixture())));
        assertThat(d.events()).hasSize(2);
        assertThat(d.events().getFirst().actors()).containsExactly("AA", "BB");
        assertThat(d.events().get(1).sources()).isEmpty();
        String written = DatasetWriter.write(d);
        assertThat(DatasetReader.read(written)).isEqualTo(d);
        assertThat(DatasetWriter.write(DatasetReader.read(written))).isEqualTo(written);
        assertThat(DatasetReader.read(JSON.writeValueAsString(fixture())).events())
                .as("events are optional")
                .isEmpty();
    }

    @Test
    void every_event_rule_is_checked_with_its_path() {
        assertThat(eventProblemsAfter(d -> item(d, "events", 0).put("title", "t".repeat(201))))
                .containsExactly("events[0].title: longer than 200 characters (201)");
        assertThat(eventProblemsAfter(d -> item(d, "events", 0).remove("title")))
                .containsExactly("events[0].title: missing");
        assertThat(eventProblemsAfter(d -> item(d, "events", 0).put("title", "  ")))
                .containsExactly("events[0].title: must not be empty");
        assertThat(eventProblemsAfter(d -> item(d, "events", 0).put("kind", "summit")))
                .containsExactly(
                        "events[0].kind: \"summit\" is not one of talks, text, statement, decision, scheduled");
        assertThat(eventProblemsAfter(d -> item(d, "events", 0).put("date", "2025-02-30")))
                .containsExactly("events[0].date: \"2025-02-30\" is not a date (YYYY-MM-DD)");
        assertThat(eventProblemsAfter(d -> ((ArrayNode) item(d, "events", 0).get("actors")).add("XX")))
                .containsExactly("events[0].actors[2]: unknown actor \"XX\"");
        assertThat(eventProblemsAfter(d -> item(d, "events", 0).put("date", "2999-02-01")))
                .as("only a scheduled event may lie in the future")
                .singleElement()
                .asString()
                .isEqualTo(
                        "events[0].date: the date 2999-02-01 lies in the future, which only a scheduled event may (this one is talks)");
        assertThat(eventProblemsAfter(d -> item(d, "events", 0).putArray("sources")))
                .as("only a scheduled event may have no source")
                .singleElement()
                .asString()
                .isEqualTo("events[0].sources: an event needs at least one source unless it is scheduled");
        assertThat(eventProblemsAfter(
                        d -> item(d, "events", 1).put("date", "2025-02-01").put("title", "First round")))
                .singleElement()
                .asString()
                .isEqualTo("events[1]: another event has the same date (2025-02-01) and title \"First round\"");
        assertThat(eventProblemsAfter(d -> item(d, "events", 0).put("place", "Geneva")))
                .containsExactly("events[0].place: unknown field");
        assertThat(eventProblemsAfter(
                        d -> ((ObjectNode) item(d, "events", 0).get("sources").get(0))
                                .put("url", "ftp://news.example/first")))
                .containsExactly(
                        "events[0].sources[0].url: \"ftp://news.example/first\" is not an absolute http or https URL");
        assertThat(problemsAfter(d -> d.put("events", "none")))
                .singleElement()
                .asString()
                .startsWith("events: ");
    }

    @Test
    void every_problem_is_reported_at_once() {
        List<String> problems = problemsAfter(d -> {
            d.put("format", "x");
            item(d, "positions", 0).put("actor", "XX");
            item(d, "positions", 1).put("stance", "nope");
        });
        assertThat(problems).hasSize(3);
    }
}
