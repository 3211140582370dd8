package org.redlines.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.positions.DatasetStore;
import org.redlines.positions.MatrixService;
import org.redlines.positions.internal.DataRevisionRepository;
import org.redlines.positions.internal.LiveReadModel;
import org.redlines.positions.internal.ReadModels;
import org.redlines.positions.internal.SnapshotRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

/** First start on an empty database (Flyway schema, no seeding in this slice), with good and bad datasets. */
@DataJpaTest(properties = "spring.flyway.enabled=true")
@Import({
    DatasetStore.class,
    MatrixService.class,
    DataRevisionRepository.class,
    ReadModels.class,
    LiveReadModel.class,
    SnapshotRepository.class
})
class DatasetSeederTest {

    @Autowired
    DatasetStore store;

    @Autowired
    MatrixService matrices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    private DatasetSeeder seeder(String location) {
        return new DatasetSeeder(store, new DefaultResourceLoader(), location);
    }

    private Map<String, Integer> counts() {
        return Map.of(
                "plan",
                count("plan"),
                "point",
                count("point"),
                "position_entry",
                count("position_entry"),
                "source",
                count("source"),
                "point_derivation",
                count("point_derivation"));
    }

    private int count(String table) {
        entityManager.flush();
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void an_empty_database_is_loaded_once_and_never_again() {
        assertThat(store.isEmpty()).isTrue();
        seeder("classpath:fixtures/matrix-fixture.json").afterSingletonsInstantiated();
        Map<String, Integer> loaded = counts();
        assertThat(loaded)
                .containsEntry("plan", 2)
                .containsEntry("point", 6)
                .containsEntry("position_entry", 11)
                .containsEntry("point_derivation", 1);
        assertThat(matrices.catalog().actors()).extracting(a -> a.code()).containsExactly("AA", "BB", "CC");

        seeder("classpath:fixtures/matrix-fixture.json").afterSingletonsInstantiated();
        seeder("classpath:dataset/ukraine-peace-plans.json").afterSingletonsInstantiated();
        assertThat(counts()).isEqualTo(loaded);
    }

    @Test
    void identical_sources_are_stored_once() {
        seeder("classpath:fixtures/matrix-fixture.json").afterSingletonsInstantiated();
        assertThat(count("source")).as("the fixture cites 13 distinct sources").isEqualTo(13);
    }

    @Test
    void an_invalid_dataset_stops_start_up_with_every_problem_and_writes_nothing() {
        assertThatThrownBy(
                        () -> seeder("classpath:fixtures/invalid-dataset.json").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is invalid and was not loaded")
                .hasMessageContaining("positions[0].actor: unknown actor \"XX\"")
                .hasMessageContaining("positions[1].asOf: \"2025-13-45\" is not a date (YYYY-MM-DD)");
        assertThat(store.isEmpty()).isTrue();
        assertThat(count("point")).isZero();
    }

    @Test
    void a_missing_dataset_is_named() {
        assertThatThrownBy(() -> seeder("file:/nonexistent/x.json").afterSingletonsInstantiated())
                .hasMessageContaining("no dataset at file:/nonexistent/x.json");
    }
}
