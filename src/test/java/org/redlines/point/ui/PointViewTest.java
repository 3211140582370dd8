package org.redlines.point.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.ui.NoticeBox;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.redlines")
class PointViewTest extends SpringBrowserlessTest {

    private PointView open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
        return (PointView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    @Test
    void shows_the_point_with_every_party_history_newest_first_and_marks_moves() {
        PointView view = open("points/US-28/21", "");
        assertThat(view.title.getText()).isEqualTo("21. Territory");
        assertThat(view.getPageTitle()).contains("Point 21 of US-28");
        String text = view.getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "US 28-point draft",
                        "2025-11-20",
                        "Ukraine",
                        "Europe (EU and E3)",
                        "United States",
                        "Russia",
                        "current",
                        "Hardened",
                        "Softened");
        int newest = text.indexOf("As of 2026-02-05");
        int older = text.indexOf("As of 2025-11-21");
        assertThat(newest).isPositive().isLessThan(older);
    }

    @Test
    void a_party_history_says_when_it_was_last_confirmed_and_interleaves_its_events_by_date() {
        PointView view = open("points/US-28/21", "");
        com.vaadin.flow.component.Component russia = find(Div.class, view).all().stream()
                .filter(d -> "RU".equals(d.getElement().getAttribute("data-actor")))
                .findFirst()
                .orElseThrow();
        assertThat(find(Paragraph.class, russia).all().stream()
                        .filter(p -> p.hasClassName("rl-last-confirmed"))
                        .map(Paragraph::getText))
                .singleElement()
                .asString()
                .matches("Last confirmed \\d{4}-\\d{2}-\\d{2} \\(.+ ago\\)");
        List<ListItem> items = find(ListItem.class, russia).all().stream()
                .filter(li -> li.getParent()
                        .map(list -> list.getElement().getClassList().contains("rl-timeline"))
                        .orElse(false))
                .toList();
        List<ListItem> events =
                items.stream().filter(li -> li.hasClassName("rl-event")).toList();
        assertThat(events)
                .as("events Russia took part in, none before the plan's date")
                .isNotEmpty()
                .allSatisfy(li -> assertThat(li.getElement().getAttribute("data-event-date"))
                        .isGreaterThanOrEqualTo("2025-11-20"));
        assertThat(events.stream().map(li -> li.getElement().getTextRecursively()))
                .anyMatch(t -> t.contains("Putin receives Witkoff and Kushner in Moscow"))
                .noneMatch(t -> t.contains("US-Ukraine talks in Geneva"));
        java.util.regex.Pattern day = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        List<String> dates = items.stream()
                .map(li -> day.matcher(li.getElement().getTextRecursively()))
                .filter(java.util.regex.Matcher::find)
                .map(java.util.regex.Matcher::group)
                .toList();
        assertThat(dates)
                .as("entries and events together, newest first")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void lists_the_points_it_derives_from_and_those_that_derive_from_it() {
        PointView later = open("points/US-UA-20/4", "");
        List<String> hrefs =
                find(Anchor.class, later).all().stream().map(Anchor::getHref).toList();
        assertThat(hrefs).contains("points/US-28/6", "points/GENEVA-19/U1");
        PointView earlier = open("points/US-28/6", "");
        assertThat(find(Anchor.class, earlier).all().stream().map(Anchor::getHref))
                .anyMatch(h -> h.startsWith("points/E3-28/6"));
    }

    @Test
    void the_way_back_to_the_matrix_keeps_the_filters_and_selects_the_point() {
        PointView view = open("points/US-28/21", "topics=territory&redline=true");
        String back = view.backToMatrix.getHref();
        assertThat(QueryParameters.fromString(back.substring(back.indexOf('?') + 1))
                        .getParameters())
                .isEqualTo(QueryParameters.fromString("plan=US-28&point=21&topics=territory&redline=true")
                        .getParameters());
        assertThat(back).startsWith("matrix?");
    }

    @Test
    void points_chosen_from_a_chart_survive_the_way_to_the_point_page_and_back() {
        PointView view = open("points/US-28/21", "refs=21,22&redline=true");
        String back = view.backToMatrix.getHref();
        assertThat(QueryParameters.fromString(back.substring(back.indexOf('?') + 1))
                        .getParameters())
                .isEqualTo(QueryParameters.fromString("plan=US-28&point=21&refs=21,22&redline=true")
                        .getParameters());
    }

    @Test
    void an_unknown_point_leads_to_the_matrix_whose_notice_names_it() {
        UI.getCurrent().navigate("points/US-28/999", QueryParameters.empty());
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("matrix");
        assertThat(location.getQueryParameters().getParameters()).containsEntry("point", List.of("999"));
        assertThat(find(NoticeBox.class).single().getElement().getTextRecursively())
                .contains("Ignored point \"999\"");
    }

    @Test
    void an_unknown_plan_leads_to_the_matrix_too() {
        UI.getCurrent().navigate("points/NOPE/1", QueryParameters.empty());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("matrix");
        assertThat(find(NoticeBox.class).single().getElement().getTextRecursively())
                .contains("Ignored plan \"NOPE\"");
    }
}
