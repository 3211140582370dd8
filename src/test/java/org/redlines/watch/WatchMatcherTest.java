package org.redlines.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.MatrixService;
import org.redlines.positions.SourceInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which watched links one change affects, on the fixture (plan P1: points 1-5; parties AA, BB, CC), worked by
 * hand: CC draws a red line against point 2 of P1, dated 2025-06-01, where CC had no position.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:watch-matcher;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json"
        })
class WatchMatcherTest {

    @Autowired
    WatchMatcher matcher;

    @Autowired
    MatrixService matrices;

    @Autowired
    CurationService curation;

    @Test
    void one_change_affects_exactly_the_views_that_show_it() {
        long before = matrices.latestRevision();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "ana", null, List.of(new SimpleGrantedAuthority("ROLE_ANALYST"))));
        try {
            curation.addPosition(
                    "P1",
                    "2",
                    "CC",
                    new PositionDraft(
                            Stance.OPPOSES,
                            true,
                            "CC rules this out",
                            LocalDate.of(2025, 6, 1),
                            List.of(new SourceInfo("Agency", null, "https://news.example/cc", null))));
        } finally {
            SecurityContextHolder.clearContext();
        }
        long after = matrices.latestRevision();
        assertThat(after).isGreaterThan(before);

        // CC's column shows the new cell: one cell difference, from nothing to opposes with a red line
        List<WatchMatcher.Difference> column = matcher.differences("matrix?plan=P1&actors=CC", before, after);
        assertThat(column).hasSize(1);
        assertThat(column.getFirst().kind()).isEqualTo(WatchMatcher.Kind.CELL);
        assertThat(column.getFirst().ref()).isEqualTo("2");
        assertThat(column.getFirst().actor()).isEqualTo("CC");
        assertThat(column.getFirst().before()).isNull();
        assertThat(column.getFirst().after().redLine()).isTrue();

        // the whole plan shows it too
        assertThat(matcher.differences("matrix?plan=P1", before, after))
                .extracting(WatchMatcher.Difference::kind, WatchMatcher.Difference::ref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WatchMatcher.Kind.CELL, "2"));

        // CC's red lines only: point 2 enters the view
        assertThat(matcher.differences("matrix?plan=P1&actors=CC&redline=true", before, after))
                .extracting(WatchMatcher.Difference::kind, WatchMatcher.Difference::ref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WatchMatcher.Kind.ROW_ADDED, "2"));

        // views that do not show it: another party, another plan, a day before the entry, another topic
        assertThat(matcher.differences("matrix?plan=P1&actors=AA,BB", before, after))
                .isEmpty();
        assertThat(matcher.differences("matrix?plan=P2", before, after)).isEmpty();
        assertThat(matcher.differences("matrix?plan=P1&actors=CC&asOf=2025-05-31", before, after))
                .isEmpty();
        assertThat(matcher.differences("matrix?plan=P1&topics=t1", before, after))
                .isEmpty();
        // opposes-only on CC: point 2 enters; AA's red lines only: nothing
        assertThat(matcher.differences("matrix?plan=P1&actors=CC&stances=opposes", before, after))
                .extracting(WatchMatcher.Difference::kind)
                .containsExactly(WatchMatcher.Kind.ROW_ADDED);
        assertThat(matcher.differences("matrix?plan=P1&actors=AA&redline=true", before, after))
                .isEmpty();
    }
}
