package org.redlines.matrix.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.Stance;
import org.redlines.positions.Matrix;
import org.redlines.routes.Routes;
import org.springframework.boot.test.context.SpringBootTest;

/** The matrix view on the seeded default dataset, driven the way a user drives it, without a browser. */
@SpringBootTest
@ViewPackages(packages = "org.redlines")
class MatrixViewTest extends SpringBrowserlessTest {

    private MatrixView open(String query) {
        UI.getCurrent().navigate("matrix", QueryParameters.fromString(query));
        return (MatrixView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    /** Compares the parameters, not their order, which Vaadin's router does not keep. */
    private static void assertUrl(String expectedQuery) {
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("matrix");
        assertThat(location.getQueryParameters().getParameters())
                .isEqualTo(QueryParameters.fromString(expectedQuery).getParameters());
    }

    private static List<String> refs(MatrixView view) {
        return view.grid
                .getGenericDataView()
                .getItems()
                .map(r -> r.point().ref())
                .toList();
    }

    private static List<String> headers(MatrixView view) {
        return view.grid.getColumns().stream().map(c -> c.getKey()).toList();
    }

    @Test
    void the_events_are_quick_choices_for_the_date_the_day_before_each() {
        MatrixView view = open("plan=US-UA-20&actors=UA,RU");
        var choices = view.filterBar.beforeEvent;
        List<String> labels = choices.getGenericDataView()
                .getItems()
                .map(choices.getItemLabelGenerator())
                .toList();
        assertThat(labels).hasSize(38);
        assertThat(labels.getFirst())
                .as("newest first")
                .isEqualTo(
                        "the day before: Hungary blocks the step towards opening the remaining clusters (2026-06-23)");
        var geneva = choices.getGenericDataView()
                .getItems()
                .filter(e -> e.title().startsWith("Third trilateral round in Geneva"))
                .findFirst()
                .orElseThrow();
        test(choices).selectItem(choices.getItemLabelGenerator().apply(geneva));
        assertUrl("plan=US-UA-20&actors=UA,RU&asOf=2026-02-16");
        assertThat(view.filterBar.asOf.getValue()).isEqualTo(java.time.LocalDate.of(2026, 2, 16));

        MatrixView reopened = open("plan=US-UA-20&actors=UA,RU&asOf=2026-02-16");
        assertThat(reopened.filterBar.beforeEvent.getValue())
                .as("the link alone says which event: the first of its day")
                .isEqualTo(geneva);
        MatrixView otherDay = open("plan=US-UA-20&asOf=2026-02-10");
        assertThat(otherDay.filterBar.beforeEvent.getValue()).isNull();
    }

    @Test
    void first_visit_shows_the_newest_plan_with_every_party() {
        MatrixView view = open("");
        assertThat(view.title.getText()).startsWith("20-point framework");
        assertThat(headers(view))
                .containsExactly("ref", "title", "topic", "actor-UA", "actor-EU", "actor-US", "actor-RU");
        assertThat(refs(view)).hasSize(19).startsWith("1", "2", "3");
        Matrix.Row army = view.grid
                .getGenericDataView()
                .getItems()
                .filter(r -> r.point().ref().equals("4"))
                .findFirst()
                .orElseThrow();
        assertThat(army.cell("RU").stance()).isEqualTo(Stance.OPPOSES);
        assertThat(view.getPageTitle()).contains("20-point framework");
        assertThat(view.notices.isVisible()).isFalse();
        assertThat(view.planStances.getChildren().count()).isEqualTo(4);
    }

    @Test
    void a_link_with_filters_opens_exactly_that_view() {
        MatrixView view = open("plan=US-28&actors=RU,UA&redline=true");
        assertThat(view.title.getText()).startsWith("US 28-point draft");
        assertThat(headers(view)).containsExactly("ref", "title", "topic", "actor-UA", "actor-RU");
        List<Matrix.Row> rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.cells().values()).anyMatch(c -> c.redLine()));
        assertThat(view.filterBar.redLineOnly.getValue()).isTrue();
        assertThat(view.filterBar.actors.getValue()).extracting(a -> a.code()).containsExactlyInAnyOrder("UA", "RU");
        String csv = view.actions.link(Routes.MATRIX_CSV);
        assertThat(csv).startsWith("export/matrix.csv?");
        assertThat(QueryParameters.fromString(csv.substring(csv.indexOf('?') + 1))
                        .getParameters())
                .isEqualTo(QueryParameters.fromString("plan=US-28&actors=UA,RU&redline=true")
                        .getParameters());
    }

    @Test
    void changing_a_filter_updates_the_rows_and_the_url() {
        MatrixView view = open("plan=US-28");
        int all = refs(view).size();
        test(view.filterBar.redLineOnly).click();
        assertUrl("plan=US-28&redline=true");
        assertThat(refs(view).size()).isLessThan(all).isPositive();

        test(view.filterBar.topics).selectItem("Territory");
        assertUrl("plan=US-28&topics=territory&redline=true");
        assertThat(view.grid.getGenericDataView().getItems())
                .allSatisfy(r -> assertThat(r.point().topicCode()).isEqualTo("territory"));

        test(view.filterBar.clearAll).click();
        assertUrl("plan=US-28");
        assertThat(refs(view)).hasSize(all);
    }

    @Test
    void search_and_date_are_part_of_the_url() {
        MatrixView view = open("plan=US-28");
        test(view.filterBar.query).setValue("Donetsk");
        assertUrl("plan=US-28&q=Donetsk");
        assertThat(refs(view)).contains("21");
        view.filterBar.asOf.setValue(java.time.LocalDate.of(2025, 11, 21));
        assertUrl("plan=US-28&q=Donetsk&asOf=2025-11-21");
    }

    @Test
    void choosing_another_plan_shows_its_points() {
        MatrixView view = open("");
        test(view.filterBar.plan)
                .selectItem("2025-11-20 · US 28-point draft peace framework (the 'Witkoff-Dmitriev plan')");
        assertUrl("plan=US-28");
        assertThat(refs(view)).hasSize(28);
    }

    @Test
    void selecting_a_row_opens_its_details_and_puts_it_in_the_url() {
        MatrixView view = open("plan=US-28&topics=territory");
        int index = refs(view).indexOf("21");
        test(view.grid).select(index);
        assertUrl("plan=US-28&topics=territory&point=21");
        assertThat(view.detail.isVisible()).isTrue();
        List<Anchor> links = find(Anchor.class, view.detail).all();
        assertThat(links.getFirst().getHref())
                .as("the point page link keeps the matrix filters")
                .isEqualTo("points/US-28/21?topics=territory");
        List<Anchor> sources = links.subList(1, links.size());
        assertThat(sources).isNotEmpty().allSatisfy(a -> {
            assertThat(a.getHref()).startsWith("http");
            assertThat(a.getElement().getAttribute("target")).isEqualTo("_blank");
            assertThat(a.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
        });
        assertThat(view.detail.getElement().getTextRecursively()).contains("21. Territory", "Ukraine", "Russia");

        test(view.detail.close).click();
        assertUrl("plan=US-28&topics=territory");
        assertThat(view.detail.isVisible()).isFalse();
    }

    @Test
    void selecting_another_row_or_changing_a_filter_keeps_one_selected_point_in_the_url() {
        MatrixView view = open("plan=US-28&point=21");
        test(view.grid).select(refs(view).indexOf("22"));
        assertUrl("plan=US-28&point=22");
        test(view.filterBar.redLineOnly).click();
        assertUrl("plan=US-28&redline=true&point=22");
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.detail.getElement().getTextRecursively()).contains("22.");
    }

    @Test
    void invalid_values_are_dropped_with_a_notice_and_the_rest_applies() {
        MatrixView view = open("plan=US-28&redline=maybe&actors=UA,XX&asOf=2025-13-45&point=999");
        assertThat(view.notices.isVisible()).isTrue();
        assertThat(view.notices.getElement().getTextRecursively()).contains("maybe", "\"XX\"", "2025-13-45", "\"999\"");
        assertThat(view.title.getText()).startsWith("US 28-point draft");
        assertThat(headers(view)).containsExactly("ref", "title", "topic", "actor-UA");
        assertThat(refs(view)).hasSize(28);
    }

    @Test
    void an_unknown_plan_falls_back_to_the_newest_with_a_notice() {
        MatrixView view = open("plan=NOPE");
        assertThat(view.title.getText()).startsWith("20-point framework");
        assertThat(view.notices.getElement().getTextRecursively()).contains("\"NOPE\"");
    }

    @Test
    void the_row_count_says_how_many_points_the_filter_keeps() {
        MatrixView view = open("plan=US-28&topics=territory");
        assertThat(view.rowCount.getText()).isEqualTo(refs(view).size() + " of 28 points");
    }

    @Test
    void a_matrix_as_of_a_past_date_shows_fewer_positions() {
        MatrixView now = open("plan=US-28");
        long cellsNow = now.grid
                .getGenericDataView()
                .getItems()
                .mapToLong(r -> r.cells().size())
                .sum();
        MatrixView then = open("plan=US-28&asOf=2025-11-20");
        long cellsThen = then.grid
                .getGenericDataView()
                .getItems()
                .mapToLong(r -> r.cells().size())
                .sum();
        assertThat(cellsThen).isLessThan(cellsNow);
    }
}
