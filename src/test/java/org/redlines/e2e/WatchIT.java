package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redlines.SignedIn.as;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.security.UserService;
import org.redlines.watch.WatchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Watching a view in Chromium, as a viewer does it: "Watch" on a filtered matrix, the watch under "My watches"
 * described in words with its feed, paused, then stopped; an anonymous reader has no Watch button, and nobody
 * can change another user's watch.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:watch-it;DB_CLOSE_DELAY=-1")
class WatchIT extends BrowserTestBase {

    static final String PASSWORD = "watch-password-12";

    @Autowired
    UserService users;

    @Autowired
    WatchService watches;

    @Autowired
    org.redlines.positions.MatrixService matrices;

    @Autowired
    org.redlines.positions.CurationService curation;

    private final String[] movedRef = new String[1];

    @BeforeEach
    void accounts() {
        as("admin", Role.ADMIN, () -> {
            for (String name : List.of("vera", "otto", "wes", "pete")) {
                if (users.list().stream().noneMatch(u -> u.username().equals(name))) {
                    users.create(name, PASSWORD, Role.VIEWER);
                }
            }
            if (users.list().stream().noneMatch(u -> u.username().equals("ana"))) {
                users.create("ana", PASSWORD, Role.ANALYST);
            }
        });
    }

    @Test
    void a_viewer_watches_a_filtered_matrix_finds_it_under_my_watches_pauses_and_stops_it() {
        page.navigate(url("matrix?plan=US-UA-20&actors=RU"));
        page.locator("#matrix-grid .rl-cell[data-ref]").first().waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#watch-view").isVisible())
                .as("no Watch for an anonymous reader")
                .isFalse();

        signIn("vera", PASSWORD);
        page.navigate(url("matrix?plan=US-28&actors=RU&redline=true&rev=1"));
        page.locator("#matrix-grid").waitFor();
        BrowserSupport.waitForVaadin(page);
        Locator watch = page.locator("vaadin-menu-bar-item#watch-view");
        assertThat(watch.getAttribute("aria-pressed")).isEqualTo("false");
        watch.click();
        page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("You are watching"))
                .waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("vaadin-menu-bar-item#watch-view").getAttribute("aria-pressed"))
                .isEqualTo("true");

        page.locator("#nav-watches").click();
        page.waitForURL(u -> u.endsWith("/watches"));
        Locator item = page.locator("li.rl-watch");
        item.first().waitFor();
        assertThat(item.count()).isEqualTo(1);
        // the live view, in the matrix's own form: the frozen revision of the link is not part of a watch
        assertThat(item.getAttribute("data-link")).isEqualTo("matrix?plan=US-28&actors=RU&redline=true");
        assertThat(item.locator(".rl-watch-title").innerText()).contains("28-point");
        assertThat(item.locator(".rl-watch-filters").innerText()).contains("Russia");
        // No SMTP server is configured here: no e-mail address, no e-mail choice, and the page does not promise mail
        assertThat(page.locator("#watch-email").count()).isZero();
        assertThat(item.locator(".rl-watch-frequency").count()).isZero();
        assertThat(page.locator("h1 + p").innerText()).doesNotContain("e-mail");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/my-watches.png")));

        String feed = item.locator(".rl-watch-feed").getAttribute("href");
        APIResponse atom = page.request().get(url(feed));
        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.headers().get("content-type")).startsWith("application/atom+xml");
        assertThat(atom.text()).contains("actor:RU").doesNotContain("actor:UA");

        // an analyst moves a shown cell: Russia's red line on a point of this view gives way to conditional
        as("ana", Role.ANALYST, () -> {
            org.redlines.positions.MatrixPage shown = matrices.open(
                    java.util.Map.of("plan", List.of("US-28"), "actors", List.of("RU"), "redline", List.of("true")));
            org.redlines.positions.Matrix.Row row = shown.matrix().rows().getFirst();
            movedRef[0] = row.point().ref();
            curation.addPosition(
                    "US-28",
                    row.point().ref(),
                    "RU",
                    new org.redlines.positions.Drafts.PositionDraft(
                            org.redlines.dataset.Stance.CONDITIONAL,
                            false,
                            "Moved for this test",
                            java.time.LocalDate.now(),
                            List.of(new org.redlines.positions.SourceInfo(
                                    "Agency", null, "https://news.example/watch", null))));
        });
        page.reload();
        page.locator("li.rl-watch .rl-watch-unseen").waitFor();
        assertThat(page.locator("li.rl-watch .rl-watch-unseen").innerText()).contains("1");
        item.locator(".rl-watch-title").click();
        page.locator("#since-last-visit").waitFor();
        assertThat(page.locator("#since-last-visit li").count()).isEqualTo(1);
        assertThat(page.locator("#since-last-visit li").getAttribute("data-ref"))
                .isEqualTo(movedRef[0]);
        // no longer a red line, so the point leaves this "red lines only" view, and the reader is told so
        assertThat(page.locator("#since-last-visit li").getAttribute("data-kind"))
                .isEqualTo("row_removed");
        assertThat(page.locator("#since-last-visit li").innerText()).contains("no longer in this view");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/since-last-visit.png")));
        // seen now: the next visit has nothing new
        page.reload();
        page.locator("#matrix-grid").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#since-last-visit").isVisible()).isFalse();
        page.locator("#nav-watches").click();
        page.locator("li.rl-watch").first().waitFor();
        assertThat(page.locator("li.rl-watch .rl-watch-unseen").count()).isZero();

        item.locator(".rl-watch-pause").click();
        page.locator("li.rl-watch[data-paused='true']").waitFor();
        assertThat(page.locator("li.rl-watch .rl-watch-pause").innerText()).isEqualTo("Resume");

        as("otto", Role.VIEWER, () -> {
            long id = watches.mine().isEmpty() ? -1 : watches.mine().getFirst().id();
            assertThat(id).as("otto has no watches of his own").isEqualTo(-1);
        });
        long veras = readVerasWatch();
        as(
                "otto",
                Role.VIEWER,
                () -> org.assertj.core.api.Assertions.assertThatThrownBy(() -> watches.delete(veras))
                        .isInstanceOf(AccessDeniedException.class));

        page.locator("li.rl-watch .rl-watch-stop").click();
        page.locator("#no-watches").waitFor();
        assertThat(page.locator("li.rl-watch").count()).isZero();

        page.navigate(url("matrix?plan=US-28&actors=RU&redline=true"));
        page.locator("#matrix-grid").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("vaadin-menu-bar-item#watch-view").getAttribute("aria-pressed"))
                .isEqualTo("false");
    }

    private long readVerasWatch() {
        long[] id = {-1};
        as("vera", Role.VIEWER, () -> id[0] = watches.mine().getFirst().id());
        return id[0];
    }

    @Test
    void a_moved_cell_is_marked_in_the_grid_and_named_in_words_on_the_next_visit() {
        as(
                "wes",
                Role.VIEWER,
                () -> watches.watchMatrix(java.util.Map.of("plan", List.of("US-UA-20"), "actors", List.of("UA,EU"))));
        as(
                "ana",
                Role.ANALYST,
                () -> curation.addPosition(
                        "US-UA-20",
                        "1",
                        "EU",
                        new org.redlines.positions.Drafts.PositionDraft(
                                org.redlines.dataset.Stance.OPPOSES,
                                false,
                                "Moved for this test",
                                java.time.LocalDate.now(),
                                List.of(new org.redlines.positions.SourceInfo(
                                        "Agency", null, "https://news.example/cell", null)))));
        signIn("wes", PASSWORD);
        page.navigate(url("matrix?plan=US-UA-20&actors=UA,EU"));
        page.locator("#since-last-visit").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#since-last-visit li[data-kind='cell']").innerText())
                .contains("Europe", "Opposes", "Moved for this test", "Agency");
        assertThat(page.locator("#since-last-visit .rl-since-who").innerText()).contains("by ana");
        Locator marked = page.locator("#matrix-grid .rl-cell[data-changed='true']");
        assertThat(marked.count()).isEqualTo(1);
        assertThat(marked.getAttribute("data-ref")).isEqualTo("1");
        assertThat(marked.getAttribute("data-actor")).isEqualTo("EU");
        assertThat(marked.getAttribute("aria-label")).contains("changed since your last visit");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/changed-cell-marked.png")));

        page.reload();
        page.locator("#matrix-grid .rl-cell[data-ref]").first().waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#matrix-grid .rl-cell[data-changed='true']").count())
                .isZero();

        // On a phone the rows are cards: a move is marked on its card's chip, and the count shows in the menu.
        as(
                "ana",
                Role.ANALYST,
                () -> curation.addPosition(
                        "US-UA-20",
                        "2",
                        "UA",
                        new org.redlines.positions.Drafts.PositionDraft(
                                org.redlines.dataset.Stance.CONDITIONAL,
                                false,
                                "Moved again for this test",
                                java.time.LocalDate.now(),
                                List.of(new org.redlines.positions.SourceInfo(
                                        "Agency", null, "https://news.example/cell-2", null)))));
        page.navigate(url("watches"));
        page.locator("#nav-watches-unseen").waitFor();
        assertThat(page.locator("#nav-watches-unseen").innerText()).isEqualTo("1");
        page.setViewportSize(390, 844);
        page.navigate(url("matrix?plan=US-UA-20&actors=UA,EU"));
        page.locator("#since-last-visit").waitFor();
        BrowserSupport.waitForVaadin(page);
        Locator chip = page.locator(".rl-card .rl-cell[data-changed='true']");
        chip.first().waitFor();
        assertThat(chip.count()).isEqualTo(1);
        assertThat(chip.getAttribute("data-actor")).isEqualTo("UA");
        assertThat(chip.getAttribute("aria-label")).contains("changed since your last visit");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/changed-card-marked-phone.png")));
        assertThat(page.locator("#nav-watches-unseen").count()).isZero();
    }

    @Test
    void a_point_page_and_a_party_comparison_are_watched_too_and_counted_until_visited() {
        signIn("pete", PASSWORD);
        page.navigate(url("points/US-UA-20/3"));
        Locator watch = page.locator("vaadin-menu-bar-item#watch-view");
        watch.waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(watch.getAttribute("aria-pressed")).isEqualTo("false");
        watch.click();
        page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("You are watching"))
                .waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("vaadin-menu-bar-item#watch-view").getAttribute("aria-pressed"))
                .isEqualTo("true");

        page.navigate(url("compare/actors?plan=US-UA-20&a=RU&b=UA"));
        page.locator("vaadin-menu-bar-item#watch-view").waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator("vaadin-menu-bar-item#watch-view").click();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("vaadin-menu-bar-item#watch-view").getAttribute("aria-pressed"))
                .isEqualTo("true");

        // Russia moves on point 3 of the 20-point plan: both views show it; the count waits until each is opened.
        as(
                "ana",
                Role.ANALYST,
                () -> curation.addPosition(
                        "US-UA-20",
                        "3",
                        "RU",
                        new org.redlines.positions.Drafts.PositionDraft(
                                org.redlines.dataset.Stance.CONDITIONAL,
                                false,
                                "Moscow would discuss point 3",
                                java.time.LocalDate.of(2026, 6, 30),
                                List.of(new org.redlines.positions.SourceInfo(
                                        "Wire agency", null, "https://news.example/ru-3", null)))));
        page.navigate(url("watches"));
        Locator items = page.locator("li.rl-watch");
        items.first().waitFor();
        assertThat(items.count()).isEqualTo(2);
        Locator point = items.filter(new Locator.FilterOptions().setHasText("Point 3"));
        Locator compare = items.filter(new Locator.FilterOptions().setHasText("Party vs party"));
        assertThat(point.getAttribute("data-link")).isEqualTo("points/US-UA-20/3");
        assertThat(compare.getAttribute("data-link")).startsWith("compare/actors?");
        assertThat(point.locator(".rl-watch-unseen").innerText()).contains("1");
        assertThat(compare.locator(".rl-watch-unseen").innerText()).contains("1");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/my-watches-views.png")));

        point.locator(".rl-watch-title").click();
        page.waitForURL(u -> u.contains("/points/US-UA-20/3"));
        page.locator("vaadin-menu-bar-item#watch-view").waitFor();
        BrowserSupport.waitForVaadin(page);
        page.navigate(url("watches"));
        items.first().waitFor();
        assertThat(items.filter(new Locator.FilterOptions().setHasText("Point 3"))
                        .locator(".rl-watch-unseen")
                        .count())
                .isZero();
        assertThat(items.filter(new Locator.FilterOptions().setHasText("Party vs party"))
                        .locator(".rl-watch-unseen")
                        .count())
                .isEqualTo(1);
    }
}
