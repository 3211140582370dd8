package org.redlines.compare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.compare.ActorComparison;
import org.redlines.compare.LineageTable;
import org.redlines.positions.Verdict;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.redlines")
class CompareViewsTest extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private <T> T open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
        return (T) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static Map<String, List<String>> currentParameters() {
        return UI.getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getQueryParameters()
                .getParameters();
    }

    @Test
    void party_vs_party_shows_both_positions_and_a_verdict_per_point_with_counts() {
        CompareActorsView view = open("compare/actors", "plan=US-28&a=UA&b=RU");
        List<ActorComparison.Row> rows =
                view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).hasSize(28);
        assertThat(rows).allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.of(r.a(), r.b())));
        ActorComparison.Row territory = rows.stream()
                .filter(r -> r.point().ref().equals("21"))
                .findFirst()
                .orElseThrow();
        assertThat(territory.a().stance()).isEqualTo(org.redlines.dataset.Stance.OPPOSES);
        assertThat(territory.b().stance()).isEqualTo(org.redlines.dataset.Stance.SUPPORTS);
        assertThat(territory.verdict()).isEqualTo(Verdict.DISAGREE);
        assertThat(view.counts.getElement().getTextRecursively()).contains("All: 28", "Agree:", "Red-line clash:");
        assertThat(view.getPageTitle()).contains("Ukraine vs Russia");
    }

    @Test
    void a_verdict_button_filters_the_rows_and_goes_into_the_url() {
        CompareActorsView view = open("compare/actors", "plan=US-28&a=UA&b=RU");
        Button agree = find(Button.class, view.counts).all().stream()
                .filter(b -> "agree".equals(b.getElement().getAttribute("data-verdict")))
                .findFirst()
                .orElseThrow();
        test(agree).click();
        assertThat(currentParameters()).containsEntry("verdict", List.of("agree"));
        assertThat(view.grid.getGenericDataView().getItems())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.AGREE));
    }

    @Test
    void invalid_parties_and_verdicts_are_dropped_with_a_notice() {
        CompareActorsView view = open("compare/actors", "a=XX&b=RU&verdict=maybe");
        assertThat(view.notices.isVisible()).isTrue();
        assertThat(view.notices.getElement().getTextRecursively()).contains("\"XX\"", "\"maybe\"");
        assertThat(view.a.getValue().code()).isEqualTo("UA");
        assertThat(view.grid.getGenericDataView().getItems()).hasSize(19);
    }

    @Test
    void the_shared_filters_apply_to_the_comparison() {
        CompareActorsView view = open("compare/actors", "plan=US-28&a=UA&b=RU&topics=territory&asOf=2025-11-25");
        List<ActorComparison.Row> rows =
                view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(r -> r.point().ref()).containsExactly("21", "22");
        assertThat(rows.getFirst().a().redLine())
                .as("as of 25 Nov Ukraine's red line on territory")
                .isTrue();
    }

    @Test
    void comparing_a_party_with_itself_picks_another() {
        CompareActorsView view = open("compare/actors", "a=RU&b=RU");
        assertThat(view.b.getValue().code()).isNotEqualTo("RU");
        assertThat(view.notices.isVisible()).isTrue();
    }

    @Test
    void plan_versions_show_one_column_per_plan_in_date_order_and_mark_dropped_points() {
        ComparePlansView view = open("compare/plans", "plans=US-UA-20,US-28,E3-28");
        assertThat(view.grid.getColumns())
                .extracting(c -> c.getKey())
                .containsExactly("plan-US-28", "plan-E3-28", "plan-US-UA-20");
        List<LineageTable.Row> rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).isNotEmpty();
        assertThat(rows).anyMatch(r -> r.cells().get(2).status() == LineageTable.Status.DROPPED);
        assertThat(rows)
                .anyMatch(r -> r.cells().get(1).status() == LineageTable.Status.CARRIED
                        && r.cells().get(1).diff().stream()
                                .anyMatch(s -> s.kind() != org.redlines.compare.WordDiff.Kind.SAME));
    }

    @Test
    void the_topic_filter_of_plan_versions_is_in_the_url() {
        ComparePlansView view = open("compare/plans", "plans=US-28,US-UA-20");
        int all = (int) view.grid.getGenericDataView().getItems().count();
        test(view.topics).selectItem("Territory");
        assertThat(currentParameters()).containsEntry("topics", List.of("territory"));
        assertThat((int) view.grid.getGenericDataView().getItems().count())
                .isLessThan(all)
                .isPositive();
    }

    @Test
    void unknown_plans_are_named_and_the_others_shown() {
        ComparePlansView view = open("compare/plans", "plans=US-28,NOPE");
        assertThat(view.notices.getElement().getTextRecursively()).contains("\"NOPE\"");
        assertThat(view.grid.getColumns()).hasSize(1);
    }
}
