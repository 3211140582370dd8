package org.redlines.releases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.redlines.positions.ReleaseService;
import org.redlines.releases.ReleaseFiles;
import org.redlines.ui.FrozenBanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An administrator publishes a release from the Releases page; its page lists the files with the checksums the
 * downloads have, the cite-as texts and the revision; a frozen view of that revision names the release.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:release-view;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json",
            "redlines.public-url=https://redlines.example.org/"
        })
@ViewPackages(packages = "org.redlines")
class ReleaseViewTest extends SpringBrowserlessTest {

    @Autowired
    ReleaseService releases;

    @Autowired
    ReleaseFiles files;

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"VIEWER", "ANALYST", "ADMIN"})
    void an_administrator_publishes_and_the_page_shows_files_checksums_and_citation() {
        UI.getCurrent().navigate(ReleasesView.class);
        ReleasesView list = (ReleasesView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        test(list.name).setValue("bad name!");
        test(list.publish).click();
        assertThat(list.name.isInvalid()).isTrue();
        test(list.name).setValue("2026.06");
        test(list.notes).setValue("Positions up to June 2026.");
        test(list.publish).click();

        ReleaseView page = (ReleaseView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        String text = page.getElement().getTextRecursively();
        var release = releases.byName("2026.06").orElseThrow();
        assertThat(text)
                .contains("Release 2026.06", "This is the current release.", "Positions up to June 2026.")
                .contains("freezes revision " + release.revision());
        for (ReleaseFiles.ReleaseFile f : files.of(release)) {
            assertThat(text).contains(f.name()).contains(f.sha256());
        }
        assertThat($(Paragraph.class).id("cite-plain").getText())
                .contains("release 2026.06 (data revision " + release.revision() + ")")
                .endsWith("https://redlines.example.org/releases/2026.06");
        assertThat($(Pre.class).id("cite-bibtex").getText())
                .startsWith("@misc{redlines-2026.06,")
                .contains(files.of(release).getFirst().sha256());

        UI.getCurrent().navigate("matrix", QueryParameters.of("rev", String.valueOf(release.revision())));
        assertThat($(FrozenBanner.class).single().getElement().getTextRecursively())
                .contains("This is release 2026.06.");

        UI.getCurrent().navigate(ReleaseView.class, new RouteParameters("name", "nope"));
        assertThat($(Paragraph.class).id("release-missing").getText()).isEqualTo("There is no release named \"nope\".");
    }
}
