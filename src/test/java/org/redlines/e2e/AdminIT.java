package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.DatasetWriter;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.DatasetExportService;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.MatrixService;
import org.redlines.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/** An administrator's work in Chromium: importing a dataset, reading the audit log, and a conflicting edit. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:admin-it;DB_CLOSE_DELAY=-1")
class AdminIT extends BrowserTestBase {

    static final String PASSWORD = "admin-password-12";

    @Autowired
    UserService users;

    @Autowired
    DatasetExportService exports;

    @Autowired
    CurationService curation;

    @Autowired
    MatrixService matrices;

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "ada",
                        null,
                        List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_ANALYST"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @BeforeEach
    void accounts() {
        asAdmin(() -> users.list().stream().noneMatch(u -> u.username().equals("ada"))
                ? users.create("ada", PASSWORD, Role.ADMIN)
                : null);
        signIn("ada", PASSWORD);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }

    private void upload(String name, String content) {
        page.locator("#dataset-upload input[type=file]")
                .setInputFiles(new FilePayload(name, "application/json", content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_bad_file_is_refused_with_its_problems_and_a_good_one_is_previewed_applied_and_audited() {
        Dataset now = asAdmin(() -> exports.export(null));
        page.navigate(url("import"));
        page.locator("#dataset-upload").waitFor();

        upload("broken.json", "{\"format\": \"redlines-dataset/1\", \"title\": 5}");
        page.locator("#import-problems").waitFor();
        assertThat(page.locator("#import-problems").textContent()).contains("broken.json", "Nothing was changed");
        screenshot("import-problems");

        List<Dataset.PositionEntry> positions = new ArrayList<>(now.positions());
        positions.add(new Dataset.PositionEntry(
                "US-UA-20",
                "4",
                "RU",
                Stance.CONDITIONAL,
                false,
                "Imported: accepts a cap",
                LocalDate.of(2026, 3, 1),
                List.of(new Dataset.SourceEntry("TASS", null, "https://tass.com/example", null))));
        Dataset changed = new Dataset(
                now.title(),
                now.description(),
                now.actors(),
                now.topics(),
                now.plans(),
                now.points(),
                now.planPositions(),
                positions);
        page.locator("#dataset-upload vaadin-upload-file-list").evaluate("e => e.remove && 0");
        page.navigate(url("import"));
        page.locator("#dataset-upload").waitFor();
        upload("next.json", DatasetWriter.write(changed));
        page.locator("#import-preview").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#import-preview").textContent()).contains("Party RU", "Plan US-UA-20");
        screenshot("import-preview");
        long before = matrices.latestRevision();
        page.locator("#import-apply").click();
        page.waitForCondition(
                () -> page.locator("#import-status").textContent().contains("Applied"),
                new Page.WaitForConditionOptions().setTimeout(30000));
        assertThat(matrices.latestRevision()).isEqualTo(before + 1);

        page.navigate(url("matrix?plan=US-UA-20&point=4"));
        page.locator("#point-detail .rl-detail-actor[data-actor=RU]").waitFor();
        assertThat(page.locator("#point-detail .rl-detail-actor[data-actor=RU]").textContent())
                .contains("Imported: accepts a cap");

        page.navigate(url("audit"));
        page.locator("#audit-grid").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#audit-grid").textContent()).contains("Import of next.json", "ada");
        page.navigate(url("audit?show=" + (before + 1)));
        page.locator("#audit-changes").waitFor();
        BrowserSupport.waitForVaadin(page);
        page.waitForTimeout(500);
        assertThat(page.locator("#audit-changes").textContent()).contains("Positions", "removed", "on US-28 point 1");
        assertThat(page.locator("vaadin-notification-card").count())
                .as("no error message")
                .isZero();
        screenshot("audit");
    }

    @Test
    void a_save_over_someone_elses_newer_save_shows_what_changed_and_keeps_the_text() {
        page.navigate(url("points/US-28/1"));
        page.locator(".rl-correct-position").first().waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator("[data-actor=UA] .rl-correct-position").first().click();
        page.locator("#edit-summary textarea").waitFor();
        page.locator("#edit-summary textarea").fill("My careful rewording");

        var target = matrices.open(java.util.Map.of("plan", List.of("US-28")))
                .matrix()
                .rows()
                .getFirst()
                .cell("UA");
        asAdmin(() -> {
            var edit = curation.positionForEdit(target.id());
            curation.correctPosition(
                    target.id(),
                    edit.version(),
                    new PositionDraft(
                            edit.draft().stance(),
                            edit.draft().redLine(),
                            "Someone else's wording",
                            edit.draft().asOf(),
                            edit.draft().sources()));
            return null;
        });

        page.locator("#edit-save").click();
        page.locator("#edit-conflict").waitFor();
        assertThat(page.locator("#edit-conflict").textContent()).contains("Not saved", "Someone else's wording");
        assertThat(page.locator("#edit-conflict textarea").inputValue()).isEqualTo("My careful rewording");
        screenshot("conflict");

        page.locator("#conflict-reload").click();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#edit-summary textarea").inputValue()).isEqualTo("Someone else's wording");
        page.locator("#edit-summary textarea").fill("Merged wording");
        page.locator("#edit-save").click();
        page.locator("#edit-summary").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("[data-actor=UA]").first().textContent()).contains("Merged wording");

        page.locator("[data-actor=UA] .rl-position-history").first().click();
        page.locator("#history-dialog")
                .first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.locator(".rl-history-item").first().waitFor();
        assertThat(page.locator(".rl-history-item").first().textContent()).contains("ada", "Merged wording");
        screenshot("history");
    }

    @Test
    void administrators_add_users_and_rename_parties() {
        page.navigate(url("users"));
        page.locator("#users").waitFor();
        page.locator("#add-user").click();
        page.locator("#user-name input").fill("newbie");
        page.locator("#user-password input").fill("short");
        page.locator("#user-save").click();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#user-password").getAttribute("invalid")).isNotNull();
        assertThat(page.locator("#user-password").textContent()
                        + page.locator("#user-password").evaluate("e => e.errorMessage"))
                .contains("at least");
        page.locator("#user-password input").fill("long-enough-password");
        page.locator("#user-save").click();
        BrowserSupport.waitForVaadin(page);
        page.waitForCondition(() -> page.locator("#users").textContent().contains("newbie"));
        screenshot("users");

        page.navigate(url("manage"));
        page.locator("#actors").waitFor();
        BrowserSupport.waitForVaadin(page);
        screenshot("manage");
        page.locator("#actors vaadin-button:has-text('Rename')").last().click();
        page.locator("#edit-name input").fill("Russian Federation");
        page.locator("#edit-save").click();
        page.locator("#edit-name").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        page.navigate(url("matrix?plan=US-28"));
        page.locator("#matrix-grid").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#matrix-grid").textContent()).contains("Russian Federation");
    }
}
