package org.redlines.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.Stance;
import org.redlines.i18n.Words;

/** The URL contract: reading links, dropping invalid values with a notice, and writing links back. */
class MatrixParamsTest {

    private final Catalog catalog = Fixtures.catalog(Fixtures.matrixFixture());

    private static Map<String, List<String>> query(String... pairs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return out;
    }

    private MatrixParams.Parsed parse(String... pairs) {
        return MatrixParams.parse(query(pairs), catalog);
    }

    @Test
    void no_parameters_mean_no_filter() {
        MatrixParams.Parsed parsed = parse();
        assertThat(parsed.filter()).isEqualTo(MatrixFilter.NONE);
        assertThat(parsed.notices()).isEmpty();
    }

    @Test
    void every_parameter_is_read() {
        MatrixParams.Parsed parsed = parse(
                "plan",
                "P1",
                "actors",
                "CC,AA",
                "topics",
                "t2",
                "stances",
                "opposes,conditional",
                "redline",
                "true",
                "contested",
                "true",
                "q",
                " border ",
                "asOf",
                "2025-02-01",
                "point",
                "3");
        MatrixFilter f = parsed.filter();
        assertThat(parsed.notices()).isEmpty();
        assertThat(f.plan()).isEqualTo("P1");
        assertThat(f.actors()).as("dataset order").containsExactly("AA", "CC");
        assertThat(f.topics()).containsExactly("t2");
        assertThat(f.stances()).containsExactlyInAnyOrder(Stance.OPPOSES, Stance.CONDITIONAL);
        assertThat(f.redLineOnly()).isTrue();
        assertThat(f.contestedOnly()).isTrue();
        assertThat(f.query()).isEqualTo("border");
        assertThat(f.asOf()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(f.point()).isEqualTo("3");
    }

    @Test
    void a_filter_survives_the_round_trip_through_query_parameters() {
        MatrixFilter f = new MatrixFilter(
                "P1",
                List.of("AA", "BB"),
                Set.of("t1", "t2"),
                EnumSet.of(Stance.SUPPORTS, Stance.UNCLEAR),
                true,
                true,
                "a, b & c?",
                LocalDate.of(2025, 1, 31),
                "4",
                Set.of("1", "3"));
        Map<String, List<String>> params = MatrixParams.toParameters(f, catalog);
        MatrixParams.Parsed back = MatrixParams.parse(params, catalog);
        assertThat(back.notices()).isEmpty();
        assertThat(back.filter()).isEqualTo(f);
        assertThat(params.keySet())
                .containsExactly(
                        "plan", "actors", "topics", "stances", "redline", "contested", "q", "asOf", "point", "refs");
        assertThat(params.get("stances")).containsExactly("supports,unclear");
    }

    @Test
    void defaults_are_left_out_of_the_link() {
        assertThat(MatrixParams.toParameters(MatrixFilter.NONE, catalog)).isEmpty();
        assertThat(MatrixParams.toParameters(MatrixFilter.NONE.withRedLineOnly(false), catalog))
                .isEmpty();
    }

    @Test
    void all_parties_named_is_the_same_as_none_named() {
        assertThat(parse("actors", "AA,BB,CC").filter().actors()).isEmpty();
    }

    @Test
    void unknown_codes_are_dropped_and_named() {
        MatrixParams.Parsed parsed =
                parse("plan", "XX", "actors", "AA,ZZ", "topics", "t1,nope", "stances", "opposes,maybe");
        assertThat(parsed.filter().plan()).isNull();
        assertThat(parsed.filter().actors()).containsExactly("AA");
        assertThat(parsed.filter().topics()).containsExactly("t1");
        assertThat(parsed.filter().stances()).containsExactly(Stance.OPPOSES);
        assertThat(parsed.notices()).hasSize(4);
        assertThat(String.join(" ", Words.notices(parsed.notices())))
                .contains("\"XX\"", "\"ZZ\"", "\"nope\"", "\"maybe\"");
    }

    @Test
    void codes_are_case_sensitive() {
        MatrixParams.Parsed parsed = parse("actors", "aa", "stances", "Opposes");
        assertThat(parsed.filter().actors()).isEmpty();
        assertThat(parsed.filter().stances()).isEmpty();
        assertThat(parsed.notices()).hasSize(2);
    }

    @Test
    void malformed_values_are_dropped_with_a_notice() {
        MatrixParams.Parsed parsed = parse("redline", "maybe", "contested", "1", "asOf", "2025-13-45");
        assertThat(parsed.filter()).isEqualTo(MatrixFilter.NONE);
        assertThat(parsed.notices()).hasSize(3);
        assertThat(Words.notice(parsed.notices().get(0))).contains("redline").contains("maybe");
        assertThat(Words.notice(parsed.notices().get(2))).contains("2025-13-45");
    }

    @Test
    void impossible_dates_are_refused() {
        assertThat(parse("asOf", "2025-02-30").filter().asOf()).isNull();
        assertThat(parse("asOf", "25-02-03").filter().asOf()).isNull();
        assertThat(parse("asOf", "2024-02-29").filter().asOf()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void a_point_must_belong_to_the_shown_plan() {
        assertThat(parse("plan", "P1", "point", "5").filter().point()).isEqualTo("5");
        MatrixParams.Parsed parsed = parse("point", "5");
        assertThat(parsed.filter().point())
                .as("the default plan P2 has no point 5")
                .isNull();
        assertThat(Words.notices(parsed.notices())).singleElement().asString().contains("\"5\"");
    }

    @Test
    void a_repeated_single_value_parameter_uses_the_first_and_says_so() {
        MatrixParams.Parsed parsed = parse("plan", "P1", "plan", "P2");
        assertThat(parsed.filter().plan()).isEqualTo("P1");
        assertThat(parsed.notices()).hasSize(1);
    }

    @Test
    void repeated_list_parameters_are_merged() {
        assertThat(parse("topics", "t1", "topics", "t2").filter().topics()).containsExactlyInAnyOrder("t1", "t2");
    }

    @Test
    void unknown_parameter_names_are_ignored_silently() {
        MatrixParams.Parsed parsed = parse("Plan", "P1", "utm_source", "mail");
        assertThat(parsed.filter()).isEqualTo(MatrixFilter.NONE);
        assertThat(parsed.notices()).isEmpty();
    }

    @Test
    void very_long_search_text_is_shortened() {
        MatrixParams.Parsed parsed = parse("q", "x".repeat(5000));
        assertThat(parsed.filter().query()).hasSize(MatrixParams.MAX_QUERY_LENGTH);
        assertThat(parsed.notices()).hasSize(1);
    }

    @Test
    void notices_quote_hostile_values_shortened_and_on_one_line() {
        MatrixParams.Parsed parsed = parse("plan", "<script>alert(1)</script>\n" + "y".repeat(100));
        assertThat(Words.notices(parsed.notices()))
                .singleElement()
                .asString()
                .doesNotContain("\n")
                .contains("…");
    }

    @Test
    void refs_name_points_of_the_shown_plan_and_unknown_ones_are_dropped() {
        MatrixParams.Parsed parsed = parse("plan", "P1", "refs", "4,2,99");
        assertThat(parsed.filter().refs()).containsExactlyInAnyOrder("2", "4");
        assertThat(Words.notices(parsed.notices())).singleElement().asString().contains("\"99\"");
        assertThat(MatrixParams.toParameters(parsed.filter(), catalog).get("refs"))
                .containsExactly("2,4");
    }

    @Test
    void changing_the_plan_drops_the_selected_point() {
        MatrixFilter f = MatrixFilter.NONE.withPlan("P1").withPoint("3").withRedLineOnly(true);
        assertThat(f.withPlan("P2").point()).isNull();
        assertThat(f.withPlan("P1")).as("the same plan keeps the selection").isEqualTo(f);
        assertThat(f.withPlan("P2").redLineOnly()).isTrue();
        assertThat(f.cleared()).isEqualTo(MatrixFilter.NONE.withPlan("P1"));
    }

    @Test
    void stale_takes_a_whole_number_of_days_and_stale_only_needs_it() {
        MatrixParams.Parsed ok = parse("stale", "90", "staleOnly", "true");
        assertThat(ok.filter().stale()).isEqualTo(90);
        assertThat(ok.filter().staleOnly()).isTrue();
        assertThat(ok.notices()).isEmpty();
        assertThat(MatrixParams.toParameters(ok.filter(), catalog))
                .containsEntry("stale", List.of("90"))
                .containsEntry("staleOnly", List.of("true"));

        for (String bad : List.of("0", "36501", "-3", "ninety", "1e3", "99999999999999999999")) {
            MatrixParams.Parsed parsed = parse("stale", bad);
            assertThat(parsed.filter().stale()).as(bad).isNull();
            assertThat(Words.notices(parsed.notices()))
                    .as(bad)
                    .singleElement()
                    .asString()
                    .contains(bad);
        }
        assertThat(parse("stale", "36500").filter().stale()).isEqualTo(36500);

        MatrixParams.Parsed alone = parse("staleOnly", "true");
        assertThat(alone.filter().staleOnly()).isFalse();
        assertThat(Words.notices(alone.notices())).singleElement().asString().contains("staleOnly", "stale");
    }
}
