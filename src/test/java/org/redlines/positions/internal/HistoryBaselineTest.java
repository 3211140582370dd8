package org.redlines.positions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PositionInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** A database with data but no history (made before auditing began) gets a baseline that frozen links read. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:baseline-test;DB_CLOSE_DELAY=-1")
@DirtiesContext
class HistoryBaselineTest {

    @Autowired
    HistoryBaseline baseline;

    @Autowired
    MatrixService matrices;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_data_present_becomes_the_first_revision_and_a_frozen_link_to_it_shows_the_same_matrix() {
        for (String table : List.of(
                "actor",
                "topic",
                "plan",
                "point",
                "source",
                "position_entry",
                "plan_position",
                "dataset_info",
                "point_derivation",
                "point_source",
                "plan_source",
                "position_entry_source",
                "plan_position_source",
                "negotiation_event_actor",
                "negotiation_event_source",
                "negotiation_event")) {
            jdbc.update("delete from " + table + "_aud");
        }
        jdbc.update("delete from audit_revision");
        assertThat(matrices.latestRevision()).isZero();

        assertThat(baseline.startIfMissing()).isTrue();
        assertThat(baseline.startIfMissing()).isFalse();

        long rev = matrices.latestRevision();
        assertThat(rev).isPositive();
        for (String plan : List.of("US-28", "US-UA-20")) {
            MatrixPage live = matrices.open(Map.of("plan", List.of(plan)));
            MatrixPage frozen = matrices.open(Map.of("plan", List.of(plan), "rev", List.of(String.valueOf(rev))));
            assertThat(frozen.catalog().frozen()).isNotNull();
            assertThat(frozen.matrix().rows()).hasSameSizeAs(live.matrix().rows());
            for (int i = 0; i < live.matrix().rows().size(); i++) {
                Matrix.Row a = live.matrix().rows().get(i);
                Matrix.Row b = frozen.matrix().rows().get(i);
                assertThat(b.point()).isEqualTo(a.point());
                assertThat(b.cells().values())
                        .extracting(
                                PositionInfo::stance,
                                PositionInfo::redLine,
                                PositionInfo::summary,
                                PositionInfo::asOf,
                                PositionInfo::sourceCount)
                        .isEqualTo(a.cells().values().stream()
                                .map(p -> org.assertj.core.groups.Tuple.tuple(
                                        p.stance(), p.redLine(), p.summary(), p.asOf(), p.sourceCount()))
                                .toList());
            }
        }
        assertThat(jdbc.queryForObject("select note from audit_revision where id = ?", String.class, rev))
                .isEqualTo(HistoryBaseline.NOTE);
    }
}
