package org.redlines.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.ui.NoticeBox;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * At least 200 generated malformed or hostile links per view: every one opens its view (never an error page),
 * shows a notice about what it ignored, and no page text carries exception text or the raw hostile markup as
 * markup (Flow renders text, so the markup appears only as text).
 */
@SpringBootTest
@ViewPackages(packages = "org.redlines")
class HostileLinksTest extends SpringBrowserlessTest {

    static final int PER_VIEW = 220;

    private void check(String view, String path, Class<? extends Component> expected) {
        List<String> failures = new ArrayList<>();
        for (HostileLinks.Link link : HostileLinks.generate(view, path, PER_VIEW)) {
            try {
                UI.getCurrent().navigate(link.path(), new QueryParameters(Map.copyOf(link.params())));
                Object target = UI.getCurrent()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .getFirst();
                String text = UI.getCurrent().getElement().getTextRecursively();
                if (!expected.isInstance(target)) {
                    failures.add(
                            link.describe() + " opened " + target.getClass().getSimpleName());
                } else if (find(NoticeBox.class).all().isEmpty()) {
                    failures.add(link.describe() + " showed no notice");
                } else if (text.contains("Exception")
                        || text.contains("at org.")
                        || text.contains("Something went wrong")) {
                    failures.add(
                            link.describe() + " showed an error: " + text.substring(0, Math.min(200, text.length())));
                }
            } catch (RuntimeException e) {
                failures.add(link.describe() + " threw " + e);
            }
        }
        assertThat(failures).as(view).isEmpty();
    }

    @Test
    void the_matrix() {
        check("matrix", "matrix", classOf("org.redlines.matrix.ui.MatrixView"));
    }

    @Test
    void the_charts() {
        check("charts", "charts", classOf("org.redlines.charts.ui.ChartsView"));
    }

    @Test
    void party_against_party() {
        check("compare/actors", "compare/actors", classOf("org.redlines.compare.ui.CompareActorsView"));
    }

    @Test
    void plan_versions() {
        check("compare/plans", "compare/plans", classOf("org.redlines.compare.ui.ComparePlansView"));
    }

    @Test
    void what_moved() {
        check("changes", "changes", classOf("org.redlines.changes.ui.ChangesView"));
    }

    @Test
    void the_point_page() {
        check("points", "points/US-28/21", classOf("org.redlines.point.ui.PointView"));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Component> classOf(String name) {
        try {
            return (Class<? extends Component>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
