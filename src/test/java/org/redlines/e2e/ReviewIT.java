package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Review before publishing in Chromium, with two analysts: anna's new position waits as a draft (marked for
 * analysts, unseen by a viewer and by the CSV export), she cannot approve it herself, boris approves it on the Review
 * page and everyone sees it; a second draft boris sends back with a reason that anna reads.
 */
@TestPropertySource(
        properties = {"spring.datasource.url=jdbc:h2:mem:review-it;DB_CLOSE_DELAY=-1", "redlines.review.required=true"})
class ReviewIT extends BrowserTestBase {

    static final String PASSWORD = "analyst-password-1";

    @Autowired
    UserService users;

    @BeforeEach
    void accounts() {
        ensureUsers(users, PASSWORD, "anna", Role.ANALYST, "boris", Role.ANALYST, "vera", Role.VIEWER);
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }

    private static Locator ruBlock(Page page) {
        return page.locator("#point-detail .rl-detail-actor[data-actor=RU]");
    }

    private static Locator ruCell(Page page) {
        return page.locator("#matrix-grid .rl-cell[data-ref='4'][data-actor=RU]");
    }

    private void addRussianPosition(String summary) {
        page.navigate(url("matrix?plan=US-UA-20&point=4"));
        ruBlock(page).waitFor();
        BrowserSupport.waitForVaadin(page);
        ruBlock(page).locator(".rl-add-position").click();
        page.locator("#edit-stance vaadin-radio-button:has-text('Conditional')").click();
        page.locator("#edit-summary textarea").fill(summary);
        page.locator("vaadin-button:has-text('Add a source')").click();
        page.locator(".rl-source-publisher input").last().fill("Reuters");
        page.locator(".rl-source-url input").last().fill("https://www.reuters.com/world/europe/example-review");
        page.locator("#edit-save").click();
        page.locator("#edit-summary").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        BrowserSupport.waitForVaadin(page);
    }

    private Page signedInPage(BrowserContext other, String user) {
        Page p = other.newPage();
        signIn(p, user, PASSWORD);
        return p;
    }

    private String csvRow4() throws Exception {
        String csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("export/matrix.csv?plan=US-UA-20&actors=RU")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return csv.lines().filter(l -> l.startsWith("4,")).findFirst().orElseThrow();
    }

    @Test
    void a_draft_waits_for_another_analyst_and_then_everyone_sees_it() throws Exception {
        String publishedCsv = csvRow4();
        signIn("anna", PASSWORD);
        String publishedStance = ruCellStance();
        addRussianPosition("Would accept a cap if sanctions are lifted first (reviewed)");
        assertThat(page.locator("vaadin-notification-card").first().textContent())
                .contains("Sent for review");
        assertThat(ruCell(page).getAttribute("data-stance"))
                .as("not published yet")
                .isEqualTo(publishedStance);
        assertThat(ruCell(page).getAttribute("data-pending")).isEqualTo("true");
        assertThat(ruBlock(page).locator(".rl-pending-note").textContent())
                .contains("Pending review by anna")
                .contains("sanctions are lifted first (reviewed)");
        shot(page, "review-pending-matrix");
        assertThat(csvRow4()).as("exports show only published data").isEqualTo(publishedCsv);

        try (BrowserContext viewerContext = newContext()) {
            Page viewer = signedInPage(viewerContext, "vera");
            viewer.navigate(url("matrix?plan=US-UA-20&point=4"));
            ruBlock(viewer).waitFor();
            BrowserSupport.waitForVaadin(viewer);
            assertThat(ruCell(viewer).getAttribute("data-stance")).isEqualTo(publishedStance);
            assertThat(ruCell(viewer).getAttribute("data-pending")).isEqualTo("false");
            assertThat(viewer.locator(".rl-pending-note").count()).isZero();
            assertThat(ruBlock(viewer).textContent()).doesNotContain("(reviewed)");
        }

        page.navigate(url("review"));
        page.locator("#review-pending .rl-draft").first().waitFor();
        BrowserSupport.waitForVaadin(page);
        Locator own = page.locator("#review-pending .rl-draft").first();
        assertThat(own.locator("vaadin-button[id^=approve-]").isDisabled())
                .as("nobody approves their own change")
                .isTrue();

        try (BrowserContext reviewerContext = newContext()) {
            Page boris = signedInPage(reviewerContext, "boris");
            assertThat(boris.locator("#nav-review").textContent()).contains("Review (1)");
            boris.navigate(url("review?actors=RU"));
            Locator draft = boris.locator("#review-pending .rl-draft").first();
            draft.waitFor();
            BrowserSupport.waitForVaadin(boris);
            assertThat(draft.locator("h3").textContent()).isEqualTo("Russia on point 4 of US-UA-20: new entry");
            assertThat(draft.locator(".rl-draft-meta").textContent()).startsWith("by anna");
            assertThat(draft.locator(".rl-draft-after").textContent())
                    .contains("Conditional")
                    .contains("sanctions are lifted first (reviewed)")
                    .contains("Reuters");
            assertThat(draft.locator(".rl-draft-before").textContent()).doesNotContain("(reviewed)");
            shot(boris, "review-page");
            draft.locator("vaadin-button[id^=approve-]").click();
            boris.locator("vaadin-notification-card:has-text('Published as revision')")
                    .waitFor();
            BrowserSupport.waitForVaadin(boris);
            assertThat(boris.locator("#review-pending").textContent()).contains("Nothing is waiting for review.");

            boris.navigate(url("matrix?plan=US-UA-20&point=4"));
            ruBlock(boris).waitFor();
            BrowserSupport.waitForVaadin(boris);
            assertThat(ruCell(boris).getAttribute("data-stance")).isEqualTo("conditional");
            assertThat(ruBlock(boris).textContent()).contains("sanctions are lifted first (reviewed)");
        }
        assertThat(csvRow4()).as("published now, for every reader").contains("conditional");

        addRussianPosition("Second thoughts that the source does not carry");
        try (BrowserContext reviewerContext = newContext()) {
            Page boris = signedInPage(reviewerContext, "boris");
            boris.navigate(url("review"));
            Locator draft = boris.locator("#review-pending .rl-draft").first();
            draft.waitFor();
            BrowserSupport.waitForVaadin(boris);
            draft.locator("vaadin-button[id^=reject-]").click();
            boris.locator("#reject-reason textarea").fill("Reuters does not say this; cite the statement itself.");
            boris.locator("#reject-confirm").click();
            boris.locator("vaadin-notification-card:has-text('Sent back')").waitFor();
        }
        page.navigate(url("review"));
        page.locator("#review-mine .rl-draft[data-status=rejected]").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#review-mine .rl-draft[data-status=rejected] .rl-draft-outcome")
                        .textContent())
                .contains("Sent back by boris")
                .contains("Reuters does not say this; cite the statement itself.");
        assertThat(page.locator("#review-mine .rl-draft[data-status=approved] .rl-draft-outcome")
                        .textContent())
                .contains("Published by boris");
        shot(page, "review-mine");
        assertThat(csvRow4()).doesNotContain("Second thoughts");
    }

    private String ruCellStance() {
        page.navigate(url("matrix?plan=US-UA-20&point=4"));
        ruBlock(page).waitFor();
        BrowserSupport.waitForVaadin(page);
        return ruCell(page).getAttribute("data-stance");
    }
}
