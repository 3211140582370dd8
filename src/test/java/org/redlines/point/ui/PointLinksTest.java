package org.redlines.point.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redlines.positions.Links;

/** Refs such as "5(1)(a)" or "II.3" survive the way into a link and back out of the route. */
class PointLinksTest {

    @Test
    void refs_that_need_encoding_come_back_unchanged() {
        for (String ref : new String[] {"5(1)(a)", "II.3", "21", "a b", "ü/ß", "x+y", "100%"}) {
            String link = Links.point("US-28", ref);
            String segment = link.substring(link.lastIndexOf('/') + 1);
            assertThat(segment).doesNotContain("/", " ");
            assertThat(PointView.decode(segment)).isEqualTo(ref);
        }
    }

    @Test
    void a_broken_encoding_is_kept_as_it_is() {
        assertThat(PointView.decode("%E0%A4%A")).isEqualTo("%E0%A4%A");
    }
}
