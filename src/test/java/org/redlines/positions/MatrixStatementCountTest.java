package org.redlines.positions;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redlines.positions.internal.DataRevisionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The matrix reads a constant number of SQL statements, whatever the filter and however large the plan (no N+1):
 * the catalogue (plans, parties, topics, point refs) and the data revision, plus, the first time a plan is shown
 * after the data changed, that plan's points, positions and plan-level stances and the revision once more (to
 * share only a read that no write overlapped). The same bounds hold on the
 * generated M dataset ({@link MatrixStatementCountOnGeneratedDataTest}).
 */
@SpringBootTest
class MatrixStatementCountTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    static final long STATEMENTS_PER_MATRIX = 5;
    static final long STATEMENTS_AFTER_A_CHANGE = 9;
    static final long STATEMENTS_FOR_DETAIL = 1;

    @Autowired
    MatrixService matrices;

    @Autowired
    EntityManagerFactory factory;

    @Autowired
    DataRevisionRepository revisions;

    @Autowired
    PlatformTransactionManager transactions;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plan=US-28",
                "plan=US-28&actors=UA,RU&redline=true",
                "topics=territory&stances=opposes,conditional&contested=true",
                "q=army&asOf=2025-12-01",
                "plan=XX&redline=maybe"
            })
    void opening_the_matrix_takes_a_constant_number_of_statements(String link) {
        matrices.open(QueryParameters.fromString(link).getParameters());
        long count = new StatementCounter(factory)
                .count(() -> matrices.open(QueryParameters.fromString(link).getParameters()));
        assertThat(count).isEqualTo(STATEMENTS_PER_MATRIX);
    }

    @Test
    void after_the_data_changed_the_plan_is_read_again() {
        matrices.open(QueryParameters.fromString("plan=US-28").getParameters());
        new TransactionTemplate(transactions).executeWithoutResult(t -> revisions.increase());
        // The change's listener (module watch) runs in the background; its statements are not the matrix's.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null", Long.class)
                        == 0);
        StatementCounter counter = new StatementCounter(factory);
        assertThat(counter.count(() ->
                        matrices.open(QueryParameters.fromString("plan=US-28").getParameters())))
                .isEqualTo(STATEMENTS_AFTER_A_CHANGE);
        assertThat(counter.count(() -> matrices.open(
                        QueryParameters.fromString("plan=US-28&redline=true").getParameters())))
                .isEqualTo(STATEMENTS_PER_MATRIX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan=US-28&point=21", "point=4&actors=UA"})
    void the_detail_of_a_selected_point_adds_one_statement(String link) {
        matrices.open(QueryParameters.fromString(link).getParameters());
        StatementCounter counter = new StatementCounter(factory);
        long count = counter.count(() -> {
            MatrixPage page = matrices.open(QueryParameters.fromString(link).getParameters());
            matrices.detail(
                    page.catalog(), page.matrix(), page.matrix().selected().orElseThrow());
        });
        assertThat(count).isEqualTo(STATEMENTS_PER_MATRIX + STATEMENTS_FOR_DETAIL);
    }
}
