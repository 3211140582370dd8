package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * Every page opened directly by its address (a bookmark, a link from an e-mail, a reload) has all of its components
 * working: no custom element is left undefined. The production bundle loads each route's components with the
 * route; a component that only another route's chunk carries would stay an empty element here (it happened to the
 * Share menu, and to the API tokens' list).
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:direct-routes;DB_CLOSE_DELAY=-1")
class DirectRoutesIT extends BrowserTestBase {

    static final String PASSWORD = "direct-password-12";

    @Autowired
    UserService users;

    @Test
    void every_page_opened_directly_has_all_its_components_defined() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            users.create("dora", PASSWORD, Role.ADMIN);
        } finally {
            SecurityContextHolder.clearContext();
        }
        signIn("dora", PASSWORD);
        List<String> undefined = new ArrayList<>();
        for (String route : List.of(
                "matrix?plan=US-UA-20",
                "points/US-UA-20/3",
                "compare/actors",
                "compare/plans",
                "changes",
                "events",
                "charts",
                "watches",
                "tokens",
                "webhooks",
                "audit",
                "review",
                "releases",
                "import",
                "users",
                "manage")) {
            page.navigate(url(route));
            page.locator("#signed-in-as").waitFor();
            BrowserSupport.waitForVaadin(page);
            page.waitForTimeout(300);
            Object tags = page.evaluate("() => [...document.querySelectorAll(':not(:defined)')]"
                    + ".map(e => e.localName)"
                    // web components only: flow-container-* and grid cell contents are plain elements by design
                    + ".filter(n => n.startsWith('vaadin-') && n !== 'vaadin-grid-cell-content'"
                    + " || n.startsWith('rl-'))");
            if (tags instanceof List<?> list && !list.isEmpty()) {
                undefined.add(route + ": " + list);
            }
        }
        assertThat(undefined)
                .as("components left undefined on a page opened directly")
                .isEmpty();
    }
}
