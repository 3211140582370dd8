package org.redlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.ui.FrozenBanner;
import org.redlines.ui.NoticeBox;
import org.springframework.boot.test.context.SpringBootTest;

/** Every view reads rev=N: a banner says the data is frozen, its links keep rev, and a bad rev gets a notice. */
@SpringBootTest
@ViewPackages(packages = "org.redlines")
class FrozenViewsTest extends SpringBrowserlessTest {

    private static final List<String> VIEWS =
            List.of("matrix", "points/US-28/21", "compare/actors", "compare/plans", "changes", "charts");

    private void open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
    }

    @Test
    void a_frozen_link_shows_the_banner_in_every_view_and_its_links_stay_frozen() {
        for (String view : VIEWS) {
            open(view, "rev=1");
            FrozenBanner banner = find(FrozenBanner.class).single();
            assertThat(banner.isVisible()).as(view).isTrue();
            assertThat(banner.getElement().getTextRecursively()).as(view).contains("revision 1", "by system");
            assertThat(find(Anchor.class).id("open-live-view").getHref())
                    .as(view)
                    .doesNotContain("rev=");
            List<String> internal = find(Anchor.class).all().stream()
                    .map(Anchor::getHref)
                    .filter(h -> h != null
                            && (h.startsWith("matrix?")
                                    || h.startsWith("points/")
                                    || h.startsWith("compare/")
                                    || h.startsWith("charts?")))
                    .filter(h ->
                            !h.equals(find(Anchor.class).id("open-live-view").getHref()))
                    .toList();
            assertThat(internal).as(view).allSatisfy(h -> assertThat(h).contains("rev=1"));
        }
    }

    @Test
    void a_revision_that_does_not_exist_shows_the_live_data_with_a_notice() {
        for (String view : VIEWS) {
            for (String bad : List.of("rev=999999999", "rev=-3", "rev=abc", "rev=0", "rev=1e5")) {
                open(view, bad);
                assertThat(find(FrozenBanner.class).all()).as(view + "?" + bad).isEmpty();
                assertThat(find(NoticeBox.class).single().getElement().getTextRecursively())
                        .as(view + "?" + bad)
                        .contains("Ignored rev");
            }
        }
    }
}
