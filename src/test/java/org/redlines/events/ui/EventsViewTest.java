package org.redlines.events.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.EventKind;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.EventDraft;
import org.redlines.positions.EventInfo;
import org.redlines.positions.SourceInfo;
import org.redlines.ui.edit.EventDialog;
import org.redlines.ui.edit.HistoryDialog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** The events page as readers and analysts use it, on a database of its own (analysts write here). */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:events-view;DB_CLOSE_DELAY=-1")
@ViewPackages(packages = "org.redlines")
@DirtiesContext
class EventsViewTest extends SpringBrowserlessTest {

    @Autowired
    CurationService curation;

    private EventsView open(String query) {
        UI.getCurrent().navigate("events", QueryParameters.fromString(query));
        return (EventsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static List<EventInfo> rows(EventsView view) {
        return view.listed();
    }

    private static String param(String name) {
        return UI.getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getQueryParameters()
                .getSingleParameter(name)
                .orElse(null);
    }

    /** The buttons a row shows in its last column. */
    private List<Button> rowButtons(EventsView view, int row) {
        return view.buttonsOf(row);
    }

    private List<Button> buttons(EventsView view, String className) {
        return java.util.stream.IntStream.range(0, rows(view).size())
                .boxed()
                .flatMap(row -> rowButtons(view, row).stream())
                .filter(b -> b.hasClassName(className))
                .toList();
    }

    private Button buttonFor(EventsView view, String className, String title) {
        List<EventInfo> events = rows(view);
        for (int row = 0; row < events.size(); row++) {
            if (events.get(row).title().equals(title)) {
                return rowButtons(view, row).stream()
                        .filter(b -> b.hasClassName(className))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no " + className + " for " + title));
            }
        }
        throw new AssertionError("no row for " + title);
    }

    @Test
    void readers_see_every_event_newest_first_filter_by_party_and_kind_in_the_url_and_cannot_edit() {
        EventsView view = open("");
        assertThat(rows(view)).hasSizeGreaterThanOrEqualTo(38);
        assertThat(rows(view).stream().map(EventInfo::date).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(find(Button.class).all().stream().map(Button::getId).flatMap(java.util.Optional::stream))
                .doesNotContain("add-event");
        assertThat(buttons(view, "rl-correct-event")).isEmpty();
        assertThat(buttons(view, "rl-delete-event")).isEmpty();
        assertThat(buttons(view, "rl-event-history")).isNotEmpty();

        test(view.kind).selectItem("Talks");
        assertThat(param("kind")).isEqualTo("talks");
        EventsView talks = (EventsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(rows(talks))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(EventKind.TALKS));

        EventsView russia = open("actors=RU&kind=talks");
        assertThat(rows(russia))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.actors()).contains("RU"));
        assertThat(russia.count.getText()).matches("\\d+ of \\d+ events");

        EventsView bad = open("kind=party&actors=XX");
        assertThat(bad.notices.getElement().getTextRecursively()).contains("\"party\"", "XX");
        assertThat(rows(bad)).hasSize(rows(view).size());
    }

    @Test
    @WithMockUser(
            username = "ana",
            roles = {"VIEWER", "ANALYST"})
    void analysts_add_correct_and_delete_events_with_version_checks_and_history() {
        EventsView view = open("");
        int before = rows(view).size();
        test(find(Button.class).id("add-event")).click();
        EventDialog dialog = find(EventDialog.class).single();
        LocalDate next = LocalDate.now().plusDays(10);
        dialog.date.setValue(next);
        test(dialog.kind).selectItem("Talks");
        dialog.title.setValue("Fourth trilateral round");
        test(dialog.saveButton()).click();
        assertThat(dialog.kind.isInvalid() || dialog.date.isInvalid())
                .as("talks in the future are refused: only a scheduled event may lie ahead")
                .isTrue();
        assertThat(dialog.date.getErrorMessage()).contains("Only a scheduled event");
        test(dialog.kind).selectItem("Scheduled");
        test(dialog.parties).selectItem("Ukraine", "Russia");
        test(dialog.saveButton()).click();
        assertThat(dialog.isOpened()).isFalse();

        EventsView after = open("");
        assertThat(rows(after)).hasSize(before + 1);
        EventInfo added = rows(after).getFirst();
        assertThat(added.title()).isEqualTo("Fourth trilateral round");
        assertThat(added.actors()).containsExactly("UA", "RU");
        assertThat(added.kind()).isEqualTo(EventKind.SCHEDULED);

        // A second event with the same day and title is refused beside the title.
        test(find(Button.class).id("add-event")).click();
        EventDialog twin = find(EventDialog.class).all().getLast();
        twin.date.setValue(next);
        test(twin.kind).selectItem("Scheduled");
        twin.title.setValue("Fourth trilateral round");
        test(twin.saveButton()).click();
        assertThat(twin.title.isInvalid()).isTrue();
        assertThat(twin.title.getErrorMessage()).contains("already an event");
        twin.close();

        // Correct it, while someone else corrects it too: the second save is refused and shows what is stored.
        test(buttonFor(after, "rl-correct-event", "Fourth trilateral round")).click();
        EventDialog correcting = find(EventDialog.class).all().getLast();
        curation.correctEvent(
                added.id(),
                added.version(),
                new EventDraft(next, "Fourth round, Istanbul", EventKind.SCHEDULED, List.of("UA"), "", List.of()));
        correcting.title.setValue("Fourth round, moved");
        test(correcting.saveButton()).click();
        assertThat(correcting.conflictBox().isVisible()).isTrue();
        assertThat(correcting.conflictBox().getElement().getTextRecursively()).contains("Fourth round, Istanbul");
        correcting.close();

        EventsView corrected = open("");
        EventInfo now = rows(corrected).getFirst();
        assertThat(now.title()).isEqualTo("Fourth round, Istanbul");
        test(buttonFor(corrected, "rl-event-history", "Fourth round, Istanbul")).click();
        assertThat(find(HistoryDialog.class).single().getElement().getTextRecursively())
                .contains("Fourth trilateral round", "Fourth round, Istanbul");
        find(HistoryDialog.class).single().close();

        // Delete asks first, then removes it everywhere.
        test(buttonFor(corrected, "rl-delete-event", "Fourth round, Istanbul")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).id("delete-event-confirm");
        test(confirm).confirm();
        EventsView gone = open("");
        assertThat(rows(gone)).hasSize(before);
        assertThat(rows(gone).stream().map(EventInfo::title)).doesNotContain("Fourth round, Istanbul");
    }

    @Test
    @WithMockUser(
            username = "ana",
            roles = {"VIEWER", "ANALYST"})
    void a_delete_refused_because_someone_changed_the_event_says_so_and_removes_nothing() {
        curation.addEvent(new EventDraft(
                LocalDate.of(2026, 5, 1),
                "A statement to delete",
                EventKind.STATEMENT,
                List.of("EU"),
                "",
                List.of(new SourceInfo("Agency", null, "https://news.example/x", null))));
        EventInfo target = rows(open("")).stream()
                .filter(e -> e.title().equals("A statement to delete"))
                .findFirst()
                .orElseThrow();
        EventsView view = open("");
        curation.correctEvent(
                target.id(),
                target.version(),
                new EventDraft(
                        target.date(),
                        "A statement to delete",
                        EventKind.STATEMENT,
                        List.of("EU", "UA"),
                        "changed meanwhile",
                        target.sources()));
        test(buttonFor(view, "rl-delete-event", "A statement to delete")).click();
        test(find(ConfirmDialog.class).id("delete-event-confirm")).confirm();
        assertThat(rows(open("")).stream().map(EventInfo::title)).contains("A statement to delete");
    }
}
