package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.positions.MatrixService;
import org.redlines.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * The negotiation's events in Chromium: their page, their marks in the charts' tables and summaries, their place
 * in "what moved" and on the point page, and an analyst adding one through the form. A database of its own, since
 * an analyst writes here.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:events-it;DB_CLOSE_DELAY=-1")
class EventsIT extends BrowserTestBase {

    static final String PASSWORD = "events-password-12";

    @Autowired
    UserService users;

    @Autowired
    MatrixService matrices;

    @BeforeEach
    void accounts() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            if (users.list().stream().noneMatch(u -> u.username().equals("ana"))) {
                users.create("ana", PASSWORD, Role.ANALYST);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void open(String pathAndQuery, String waitFor) {
        page.navigate(url(pathAndQuery));
        page.locator(waitFor).first().waitFor();
        BrowserSupport.waitForVaadin(page);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(false));
    }

    @Test
    void the_events_page_lists_every_event_newest_first_and_filters_from_the_link() {
        open("events", "#events-table .rl-event-row");
        int all = matrices.events(matrices.catalog()).size();
        Locator rows = page.locator("#events-table .rl-event-row");
        assertThat(rows.count()).isEqualTo(all);
        @SuppressWarnings("unchecked")
        List<String> dates = (List<String>) rows.evaluateAll("rows => rows.map(r => r.dataset.eventDate)");
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(page.locator("#events-count").innerText()).isEqualTo(all + " of " + all + " events");
        assertThat(page.locator("#add-event").count()).as("readers cannot add").isZero();
        screenshot("events-page");

        page.locator("#events-kind").click();
        page.locator("vaadin-select-item:has-text('Talks')").click();
        page.waitForURL(u -> u.contains("kind=talks"));
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#events-table .rl-event-row:not([data-kind='talks'])")
                        .count())
                .isZero();
        assertThat(rows.count()).isPositive().isLessThan(all);

        open("events?actors=RU&kind=talks", "#events-table .rl-event-row");
        assertThat(page.locator("#events-table .rl-event-row").allInnerTexts())
                .allSatisfy(row -> assertThat(row).contains("Russia"));
        assertThat(page.locator("#events-table").innerText())
                .contains("Third trilateral round in Geneva, Medinsky leads Russia; territory unresolved");

        open("events?kind=party", "#events-table .rl-event-row");
        assertThat(page.locator("#notices").innerText()).contains("party");
        assertThat(rows.count()).isEqualTo(all);
    }

    @Test
    void the_convergence_chart_marks_the_events_in_its_table_and_summary() {
        open("charts?chart=convergence&plan=US-28", "#chart canvas");
        Locator table = page.locator("#chart-table");
        assertThat(table.locator("th").allTextContents())
                .anySatisfy(h -> assertThat(h.strip()).isEqualTo("Events"));
        assertThat(table.textContent()).contains("Geneva");
        assertThat(page.locator("#chart-summary").innerText()).contains("Events in this period");
        boolean marked = (Boolean) page.evaluate("""
                () => {
                  const option = document.querySelector('#chart').echartsInstance().getOption();
                  return option.series.some(s => s.markLine && s.markLine.data && s.markLine.data.length > 0);
                }""");
        assertThat(marked).as("the events are drawn as marks on the time axis").isTrue();
        screenshot("events-convergence");
    }

    @Test
    void what_moved_puts_each_days_events_before_its_moves() {
        open("changes?from=2026-02-10&to=2026-02-28", "#days .rl-day");
        Locator days = page.locator("#days .rl-day");
        assertThat(page.locator("#days .rl-event").allInnerTexts())
                .anySatisfy(e -> assertThat(e).contains("Geneva"));
        for (int i = 0; i < days.count(); i++) {
            @SuppressWarnings("unchecked")
            List<String> kinds = (List<String>) days.nth(i)
                    .locator("li")
                    .evaluateAll("items => items.map(li => li.classList.contains('rl-event') ? 'event' : 'move')");
            assertThat(String.join(",", kinds))
                    .as("events come first on their day")
                    .doesNotContain("move,event");
        }
        screenshot("events-what-moved");

        open("changes?from=2026-02-10&to=2026-02-28&actors=EU", "#days");
        assertThat(page.locator("#days .rl-event").allInnerTexts())
                .allSatisfy(e -> assertThat(e).contains("Europe"));
    }

    @Test
    void the_point_page_sets_the_events_a_party_took_part_in_between_its_entries() {
        open("points/US-28/21", "#positions");
        Locator ukraine = page.locator(".rl-actor-history[data-actor='UA']");
        assertThat(ukraine.locator(".rl-last-confirmed").innerText()).contains("Last confirmed");
        List<String> dates = ukraine.locator("li .rl-date").allInnerTexts().stream()
                .map(text -> text.replaceAll(".*(\\d{4}-\\d{2}-\\d{2}).*", "$1"))
                .toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ukraine.locator("li.rl-event").count()).isPositive();
        screenshot("events-point");
    }

    @Test
    void an_analyst_adds_a_scheduled_event_that_the_page_and_the_calendar_then_list() {
        signIn("ana", PASSWORD);
        open("events", "#add-event");
        page.locator("#add-event").click();
        LocalDate day = LocalDate.now().plusDays(20);
        page.locator("#edit-date input").fill(day.toString());
        page.locator("#edit-date input").press("Enter");
        page.locator("#edit-kind vaadin-radio-button:has-text('Scheduled')").click();
        page.locator("#edit-title input").fill("Fifth round, venue to be announced");
        screenshot("events-dialog");
        page.locator("#edit-save").click();
        page.locator("#event-dialog").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        BrowserSupport.waitForVaadin(page);

        Locator first = page.locator("#events-table .rl-event-row").first();
        assertThat(first.getAttribute("data-event-date")).isEqualTo(day.toString());
        assertThat(first.innerText()).contains("Fifth round, venue to be announced", "Scheduled");

        String calendar = page.request().get(url("export/events.ics")).text();
        assertThat(calendar).contains("SUMMARY:Fifth round\\, venue to be announced", "STATUS:TENTATIVE");
    }
}
