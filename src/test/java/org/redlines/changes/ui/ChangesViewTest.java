package org.redlines.changes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.redlines")
class ChangesViewTest extends SpringBrowserlessTest {

    private ChangesView open(String query) {
        UI.getCurrent().navigate("changes", QueryParameters.fromString(query));
        return (ChangesView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private List<ListItem> changes(ChangesView view) {
        return find(ListItem.class, view.days).all().stream()
                .filter(li -> li.hasClassName("rl-change"))
                .toList();
    }

    @Test
    void by_default_it_shows_the_last_30_days_of_data_newest_first() {
        ChangesView view = open("");
        assertThat(view.to.getValue())
                .as("the newest position date of the dataset")
                .isEqualTo(LocalDate.of(2026, 6, 23));
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2026, 5, 24));
        assertThat(changes(view)).isNotEmpty();
        List<LocalDate> days = find(com.vaadin.flow.component.html.H2.class, view.days).all().stream()
                .map(h -> LocalDate.parse(h.getText()))
                .toList();
        assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(days).allSatisfy(d -> assertThat(d).isBetween(view.from.getValue(), view.to.getValue()));
        assertThat(view.title.getText()).startsWith("What moved");
    }

    @Test
    void a_range_and_only_hardened_moves() {
        ChangesView view = open("from=2025-11-20&to=2025-12-31&trend=hardened");
        List<ListItem> items = changes(view);
        assertThat(items)
                .isNotEmpty()
                .allSatisfy(li ->
                        assertThat(li.getElement().getAttribute("data-trend")).isEqualTo("hardened"));
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2025, 11, 20));
    }

    @Test
    void filters_by_party_and_changes_the_url() {
        ChangesView view = open("from=2025-11-01&to=2026-03-31");
        int all = changes(view).size();
        test(view.actors).selectItem("Russia");
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .containsEntry("actors", List.of("RU"));
        List<ListItem> russian = changes(view);
        assertThat(russian.size()).isLessThan(all).isPositive();
        assertThat(russian)
                .allSatisfy(
                        li -> assertThat(li.getElement().getTextRecursively()).startsWith("Russia"));
    }

    @Test
    void events_come_first_on_their_day_and_follow_the_party_filter() {
        ChangesView view = open("from=2026-02-15&to=2026-02-20");
        List<ListItem> items = find(ListItem.class, view.days).all();
        List<ListItem> events =
                items.stream().filter(li -> li.hasClassName("rl-event")).toList();
        assertThat(events)
                .extracting(li -> li.getElement().getAttribute("data-event-date"))
                .containsExactly("2026-02-20", "2026-02-17", "2026-02-17", "2026-02-15");
        assertThat(events.get(1).getElement().getTextRecursively())
                .contains("Talks", "Third trilateral round in Geneva", "(United States, Ukraine, Russia)");
        ListItem geneva = events.get(1);
        List<ListItem> sameDay = find(ListItem.class, (com.vaadin.flow.component.Component)
                        geneva.getParent().orElseThrow())
                .all();
        assertThat(sameDay.getFirst().hasClassName("rl-event"))
                .as("the day's events before its moves")
                .isTrue();
        assertThat(changes(view)).as("the day's moves are there too").isNotEmpty();

        ChangesView russia = open("from=2026-02-15&to=2026-02-20&actors=RU");
        assertThat(find(ListItem.class, russia.days).all().stream()
                        .filter(li -> li.hasClassName("rl-event"))
                        .map(li -> li.getElement().getAttribute("data-event-date")))
                .as("only the events Russia took part in")
                .containsExactly("2026-02-20", "2026-02-17");
    }

    @Test
    void swapped_dates_are_put_right_with_a_notice() {
        ChangesView view = open("from=2025-12-31&to=2025-11-20&trend=sideways");
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(view.notices.getElement().getTextRecursively()).contains("Swapped", "\"sideways\"");
    }
}
