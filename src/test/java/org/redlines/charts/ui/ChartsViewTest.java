package org.redlines.charts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.redlines")
class ChartsViewTest extends SpringBrowserlessTest {

    private ChartsView open(String query) {
        UI.getCurrent().navigate("charts", QueryParameters.fromString(query));
        return (ChartsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static String param(String name) {
        return UI.getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getQueryParameters()
                .getSingleParameter(name)
                .orElse(null);
    }

    @Test
    void each_chart_link_builds_its_chart_with_a_table_and_a_summary() {
        for (String kind : List.of("stances", "alignment", "topics", "convergence")) {
            ChartsView view = open("chart=" + kind + "&plan=US-28");
            assertThat(view.chart.getOption()).as(kind).contains("\"series\"");
            assertThat(view.chart.isVisible()).isTrue();
            assertThat(view.summary.getText()).as(kind).isNotBlank();
            assertThat(view.table.getElement().getChild(0).getTag()).isEqualTo("table");
            assertThat(view.chart.getElement().getAttribute("aria-label")).isNotBlank();
            assertThat(view.kinds.current()).isEqualTo("chart-" + kind);
        }
    }

    @Test
    void the_convergence_chart_marks_the_negotiation_events_and_lists_them_in_its_table() {
        ChartsView view = open("chart=convergence&plan=US-UA-20");
        assertThat(view.chart.getOption())
                .contains(
                        "\"markLine\"",
                        "Third trilateral round in Geneva, Medinsky leads Russia; territory unresolved");
        assertThat(view.table.getElement().getTextRecursively()).contains("Events", "Third trilateral round in Geneva");
        assertThat(view.summary.getText()).contains("Events in this period");
        ChartsView earlier = open("chart=convergence&plan=US-UA-20&asOf=2026-01-31");
        assertThat(earlier.chart.getOption())
                .as("the chart stops at the as-of date, and so do its marks")
                .doesNotContain("Third trilateral round in Geneva");
    }

    @Test
    void the_timeline_needs_a_point_and_says_so() {
        ChartsView view = open("chart=timeline&plan=US-28");
        assertThat(view.chart.isVisible()).isFalse();
        assertThat(view.empty.getText()).contains("Choose a point");
        assertThat(view.point.isVisible()).isTrue();
        test(view.point).selectItem("21. Territory");
        assertThat(param("point")).isEqualTo("21");
        assertThat(view.chart.getOption()).contains("\"step\":\"end\"");
    }

    @Test
    void filters_apply_to_the_chart_and_stay_in_the_url() {
        ChartsView view = open("chart=stances&plan=US-28&actors=UA,RU&topics=territory");
        assertThat(view.table.getElement().getTextRecursively())
                .contains("Ukraine", "Russia")
                .doesNotContain("United States");
        test(view.filterBar.redLineOnly).click();
        assertThat(param("redline")).isEqualTo("true");
        assertThat(param("chart")).isEqualTo("stances");
        assertThat(param("actors")).isEqualTo("UA,RU");
    }

    @Test
    void a_chart_with_nothing_to_show_says_why() {
        ChartsView view = open("chart=stances&plan=US-28&q=nothing%20matches%20this");
        assertThat(view.chart.isVisible()).isFalse();
        assertThat(view.empty.getText()).isEqualTo("No points match the filters.");
        assertThat(view.downloadPng.isEnabled()).isFalse();
    }

    @Test
    void an_unknown_chart_falls_back_to_stances_with_a_notice() {
        ChartsView view = open("chart=pie&plan=XX");
        assertThat(view.notices.getElement().getTextRecursively()).contains("\"pie\"", "\"XX\"");
        assertThat(view.kinds.current()).isEqualTo("chart-stances");
    }

    @Test
    void a_click_on_a_chart_element_opens_its_link() {
        ChartsView view = open("chart=topics&plan=US-28");
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                view.chart,
                new EChart.ChartClickEvent(
                        view.chart, true, "matrix?plan=US-28&topics=territory&actors=UA&stances=opposes"));
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("matrix");
        assertThat(location.getQueryParameters().getParameters())
                .containsEntry("actors", List.of("UA"))
                .containsEntry("stances", List.of("opposes"));
    }

    @Test
    void a_chart_of_chosen_points_says_so() {
        ChartsView view = open("chart=stances&plan=US-28&refs=21,22");
        assertThat(view.chosenPoints.isVisible()).isTrue();
        assertThat(view.chosenPoints.getElement().getTextRecursively()).contains("only the 2 points");
        assertThat(view.table.getElement().getTextRecursively()).contains("Ukraine");
        assertThat(open("chart=stances&plan=US-28").chosenPoints.isVisible()).isFalse();
    }

    @Test
    void the_matrix_link_keeps_the_filters() {
        ChartsView view = open("chart=topics&plan=US-28&redline=true");
        assertThat(view.openMatrix.getHref()).isEqualTo("matrix?plan=US-28&redline=true");
    }
}
