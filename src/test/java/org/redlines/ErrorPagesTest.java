package org.redlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.redlines")
class ErrorPagesTest extends SpringBrowserlessTest {

    @Test
    void an_unknown_path_shows_a_plain_page_that_leads_to_the_matrix() {
        UI.getCurrent().navigate("no/such/view");
        NotFoundView page = find(NotFoundView.class).single();
        assertThat(page.getElement().getTextRecursively())
                .contains("No such page", "/no/such/view", "Open the red-lines matrix")
                .doesNotContain("Exception");
    }
}
