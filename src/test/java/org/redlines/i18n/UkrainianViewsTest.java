package org.redlines.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every view opened in Ukrainian, as an administrator sees it: no text falls back to a bare key, which is what a
 * key missing from every file looks like on screen (keys built from codes at run time included).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ukrainian-views;DB_CLOSE_DELAY=-1")
@ViewPackages(packages = "org.redlines")
@WithMockUser(
        username = "olena",
        roles = {"VIEWER", "ANALYST", "ADMIN"})
class UkrainianViewsTest extends SpringBrowserlessTest {

    private static final Pattern BARE_KEY = Pattern.compile("![a-z][a-z0-9._-]*!");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}{3,}");

    @AfterEach
    void english_again() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** All text, attribute values and string properties of the view and the layout around it. */
    private static String everything() {
        List<String> out = new ArrayList<>();
        // The route's outermost layout, which the UI may hold outside its element tree, and the UI (notifications).
        collect(
                UI.getCurrent()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .getLast()
                        .getElement(),
                out);
        collect(UI.getCurrent().getElement(), out);
        return String.join("\n", out);
    }

    private static void collect(Element element, List<String> out) {
        if (element.isTextNode()) {
            out.add(element.getText());
            return;
        }
        element.getAttributeNames().forEach(a -> out.add(element.getAttribute(a)));
        element.getPropertyNames().forEach(p -> out.add(String.valueOf(element.getPropertyRaw(p))));
        element.getChildren().forEach(child -> collect(child, out));
    }

    private String open(String path, String query) {
        UI.getCurrent().setLocale(Locale.of("uk"));
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
        return everything();
    }

    @Test
    void every_view_speaks_ukrainian_without_a_bare_key() {
        List<String[]> views = List.of(
                new String[] {"matrix", "plan=US-28&point=4&actors=RU,UA&stances=opposes&redline=true"},
                new String[] {"matrix", "plan=nope&actors=XX&asof=tomorrow&rev=99999"},
                new String[] {"points/US-28/4", ""},
                new String[] {"compare/actors", "a=UA&b=RU"},
                new String[] {"compare/plans", "plans=US-28,E3-28,US-UA-20"},
                new String[] {"changes", "from=2025-11-01&to=2025-12-31"},
                new String[] {"charts", "chart=stances"},
                new String[] {"charts", "chart=alignment"},
                new String[] {"charts", "chart=topics"},
                new String[] {"charts", "chart=convergence"},
                new String[] {"charts", "chart=timeline&plan=US-28&point=4"},
                new String[] {"manage", ""},
                new String[] {"audit", ""},
                new String[] {"import", ""},
                new String[] {"users", ""},
                new String[] {"login", "error"},
                new String[] {"no/such/page", ""});
        for (String[] view : views) {
            String text = open(view[0], view[1]);
            String where = view[0] + "?" + view[1];
            List<String> own = new ArrayList<>();
            collect(
                    UI.getCurrent()
                            .getInternals()
                            .getActiveRouterTargetsChain()
                            .getFirst()
                            .getElement(),
                    own);
            assertThat(BARE_KEY.matcher(text).results().map(r -> r.group()).toList())
                    .as(where)
                    .isEmpty();
            assertThat(CYRILLIC.matcher(String.join("\n", own)).find())
                    .as(where + ": the view itself is in Ukrainian")
                    .isTrue();
        }
    }
}
