package org.redlines.matrix.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The weakly-sourced filter as a reader uses it on the graded fixture: choosing a grade marks cells and puts
 * {@code minGrade} in the link, the chip and legend say what the mark means, "only rows with weakly sourced cells"
 * adds {@code weakOnly}, and the point panel explains the grade badges.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:weakview;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/graded-fixture.json"
        })
@ViewPackages(packages = "org.redlines")
class WeakSourcingViewTest extends SpringBrowserlessTest {

    private MatrixView open(String query) {
        UI.getCurrent().navigate("matrix", QueryParameters.fromString(query));
        return (MatrixView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static QueryParameters location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
    }

    private static List<String> refs(MatrixView view) {
        return view.grid
                .getGenericDataView()
                .getItems()
                .map(r -> r.point().ref())
                .toList();
    }

    @Test
    void choosing_a_grade_marks_cells_and_the_link_keeps_it() {
        MatrixView view = open("plan=P1&actors=AA");
        assertThat(view.legend
                        .getChildren()
                        .filter(c -> c.hasClassName("rl-legend-weak"))
                        .findFirst()
                        .orElseThrow()
                        .isVisible())
                .isFalse();
        assertThat(view.filterBar.weakOnly.isEnabled())
                .as("nothing to keep without a grade")
                .isFalse();

        test(view.filterBar.minGrade).selectItem("B3");
        assertThat(location().getParameters())
                .isEqualTo(QueryParameters.fromString("plan=P1&actors=AA&minGrade=B3")
                        .getParameters());
        view = open("plan=P1&actors=AA&minGrade=B3");
        assertThat(refs(view)).containsExactly("1", "2", "3", "4", "5");
        MatrixView marked = view;
        assertThat(marked.grid
                        .getGenericDataView()
                        .getItems()
                        .map(r -> r.point().ref() + ":" + marked.grid.weak(r, "AA"))
                        .toList())
                .containsExactly("1:false", "2:true", "3:false", "4:true", "5:false");
        var weakLegend = marked.legend
                .getChildren()
                .filter(c -> c.hasClassName("rl-legend-weak"))
                .findFirst()
                .orElseThrow();
        assertThat(weakLegend.isVisible()).isTrue();
        assertThat(weakLegend.getElement().getTextRecursively())
                .isEqualTo("weakly sourced: no source graded B3 or better");
        assertThat($(Button.class).id("chip-min-grade").getText()).isEqualTo("Sources at least B3");

        test(marked.filterBar.weakOnly).click();
        assertThat(location().getParameters())
                .isEqualTo(QueryParameters.fromString("plan=P1&actors=AA&minGrade=B3&weakOnly=true")
                        .getParameters());
        MatrixView only = open("plan=P1&actors=AA&minGrade=B3&weakOnly=true");
        assertThat(refs(only)).containsExactly("2", "4");
        assertThat($(Button.class).id("chip-weak-only").getText()).isEqualTo("Only weakly sourced rows");

        test($(Button.class).id("chip-min-grade")).click();
        assertThat(location().getParameters())
                .as("removing the grade removes weakOnly with it")
                .isEqualTo(QueryParameters.fromString("plan=P1&actors=AA").getParameters());
    }

    @Test
    void a_bad_grade_is_named_and_the_matrix_still_opens() {
        MatrixView view = open("plan=P1&minGrade=Z9&weakOnly=true");
        assertThat(refs(view)).containsExactly("1", "2", "3", "4", "5");
        assertThat(view.getElement().getTextRecursively())
                .contains("Ignored minGrade=\"Z9\"")
                .contains("Ignored weakOnly");
    }

    @Test
    void the_point_panel_explains_the_grades_of_its_sources() {
        MatrixView view = open("plan=P1&point=1");
        NativeDetails legend =
                $(NativeDetails.class).withClassName("rl-grade-legend").single();
        assertThat(legend.getElement().getTextRecursively())
                .contains("Source grades (Admiralty scale)", "B usually reliable", "2 probably true");
        assertThat(view).isNotNull();
    }
}
