package org.redlines.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.redlines.security.ui.LoginView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** With redlines.security.read-requires-login=true, every view but the login page needs a signed-in user. */
@SpringBootTest(properties = "redlines.security.read-requires-login=true")
@ViewPackages(packages = "org.redlines")
class ReadRequiresLoginTest extends SpringBrowserlessTest {

    @Test
    void anonymous_users_get_the_login_page_for_every_view() {
        for (String view : new String[] {
            "matrix", "points/US-28/21", "compare/actors", "compare/plans", "changes", "events", "charts"
        }) {
            UI.getCurrent().navigate(view);
            assertThat(find(LoginView.class).all()).as(view).hasSize(1);
        }
    }

    @Test
    @WithMockUser(username = "vera", roles = "VIEWER")
    void signed_in_viewers_read() {
        UI.getCurrent().navigate("matrix");
        assertThat(find(LoginView.class).all()).isEmpty();
        assertThat(find(Grid.class)
                        .id("matrix-grid")
                        .getGenericDataView()
                        .getItems()
                        .count())
                .isPositive();
    }
}
