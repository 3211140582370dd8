package org.redlines.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.redlines.AccessDeniedView;
import org.redlines.MainLayout;
import org.redlines.security.ui.LoginView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Who reaches which page and which buttons, by role, on the seeded dataset (nothing here writes). A context of
 * its own: each Spring context installs its own security context holder strategy JVM-wide when it starts, and
 * the simulated users of this class must be visible to this context's Vaadin security.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:access-test;DB_CLOSE_DELAY=-1")
@ViewPackages(packages = "org.redlines")
class AccessTest extends SpringBrowserlessTest {

    private void open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
    }

    private long buttons(String className) {
        return find(Button.class).all().stream()
                .filter(b -> b.hasClassName(className))
                .count();
    }

    @Test
    void anonymous_readers_read_without_editing_and_are_sent_to_sign_in_for_admin_pages() {
        open("matrix", "plan=US-UA-20&point=4");
        assertThat(buttons("rl-add-position")).isZero();
        assertThat(buttons("rl-position-history")).isPositive();
        assertThat(find(Anchor.class).id("sign-in").getText()).isEqualTo("Sign in");
        for (String adminPage : new String[] {"import", "audit", "users", "manage"}) {
            open(adminPage, "");
            assertThat(find(LoginView.class).all()).as(adminPage).hasSize(1);
        }
    }

    @Test
    @WithMockUser(username = "vera", roles = "VIEWER")
    void viewers_see_who_they_are_no_editing_and_a_plain_refusal_on_admin_pages() {
        open("matrix", "plan=US-UA-20&point=4");
        assertThat(find(Span.class).id("signed-in-as").getText()).isEqualTo("Signed in as vera");
        assertThat(buttons("rl-add-position")).isZero();
        assertThat(buttons("rl-correct-position")).isZero();
        open("import", "");
        assertThat(find(AccessDeniedView.class).single().getElement().getTextRecursively())
                .contains("Not for your role")
                .doesNotContain("Exception");
        open("points/US-UA-20/4", "");
        assertThat(buttons("rl-add-position")).isZero();
    }

    @Test
    @WithMockUser(
            username = "ana",
            roles = {"VIEWER", "ANALYST"})
    void analysts_edit_positions_but_do_not_reach_admin_pages() {
        open("matrix", "plan=US-UA-20&point=4");
        assertThat(buttons("rl-add-position")).isEqualTo(4);
        assertThat(buttons("rl-correct-position")).isEqualTo(4);
        open("points/US-UA-20/4", "");
        assertThat(buttons("rl-add-position")).isEqualTo(4);
        open("manage", "");
        assertThat(find(AccessDeniedView.class).all()).hasSize(1);
        assertThat(find(MainLayout.class).single().getElement().getTextRecursively())
                .doesNotContain("Audit log");
    }

    @Test
    @WithMockUser(
            username = "ana",
            roles = {"VIEWER", "ANALYST"})
    void a_frozen_view_offers_no_editing_even_to_analysts() {
        open("matrix", "plan=US-UA-20&point=4&rev=1");
        assertThat(buttons("rl-add-position")).isZero();
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .id("frozen-banner")
                        .isVisible())
                .isTrue();
    }

    @Test
    @WithMockUser(
            username = "ada",
            roles = {"VIEWER", "ANALYST", "ADMIN"})
    void administrators_reach_the_admin_pages() {
        open("audit", "");
        assertThat(find(org.redlines.curation.ui.AuditView.class).all()).hasSize(1);
        open("import", "");
        assertThat(find(org.redlines.exchange.ui.ImportView.class).all()).hasSize(1);
        open("users", "");
        assertThat(find(org.redlines.security.ui.UsersView.class).all()).hasSize(1);
        open("manage", "");
        assertThat(find(org.redlines.curation.ui.CatalogView.class).all()).hasSize(1);
        assertThat(find(MainLayout.class).single().getElement().getTextRecursively())
                .contains("Audit log", "Users");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.redlines.ui.edit.EditActions edits;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "vera", roles = "VIEWER")
    void a_viewer_driving_an_editing_button_the_ui_never_showed_them_is_refused_and_nothing_is_written() {
        open("points/US-UA-20/4", "");
        int before = jdbc.queryForObject("select count(*) from position_entry", Integer.class);
        org.redlines.positions.ActorInfo russia = new org.redlines.positions.ActorInfo("RU", "Russia");
        Button crafted = edits.addPosition("US-UA-20", "4", russia);
        UI.getCurrent().add(crafted);
        test(crafted).click();
        org.redlines.ui.edit.PositionDialog dialog =
                find(org.redlines.ui.edit.PositionDialog.class).single();
        test(dialog.stanceField()).selectItem("Supports");
        dialog.summaryField().setValue("Crafted");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> test(dialog.saveButton()).click())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from position_entry", Integer.class))
                .isEqualTo(before);
    }
}
