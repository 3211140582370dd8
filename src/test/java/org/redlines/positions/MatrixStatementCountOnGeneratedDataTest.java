package org.redlines.positions;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.redlines.bench.DatasetGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The statement bound of {@link MatrixStatementCountTest}, on the generated M dataset (600 points, 8 parties). */
@SpringBootTest
class MatrixStatementCountOnGeneratedDataTest {

    @DynamicPropertySource
    static void generatedDataset(DynamicPropertyRegistry registry) throws IOException {
        Path file = Path.of("target/bench/M-test.json");
        DatasetGenerator.write(DatasetGenerator.Size.parse("M"), file);
        registry.add("redlines.dataset.location", () -> "file:" + file.toAbsolutePath());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:generated-m;DB_CLOSE_DELAY=-1");
    }

    @Autowired
    MatrixService matrices;

    @Autowired
    EntityManagerFactory factory;

    @Test
    void the_same_constant_holds_for_a_larger_dataset() {
        StatementCounter counter = new StatementCounter(factory);
        for (String link : new String[] {
            "",
            "plan=PLAN-1",
            "plan=PLAN-2&actors=A1,A2&redline=true",
            "topics=territory&stances=opposes&contested=true",
            "q=ceasefire&asOf=2025-12-01"
        }) {
            matrices.open(QueryParameters.fromString(link).getParameters());
            long count = counter.count(
                    () -> matrices.open(QueryParameters.fromString(link).getParameters()));
            assertThat(count).as(link).isEqualTo(MatrixStatementCountTest.STATEMENTS_PER_MATRIX);
        }
        MatrixPage page =
                matrices.open(QueryParameters.fromString("plan=PLAN-3").getParameters());
        assertThat(page.matrix().rows()).hasSize(200);
        assertThat(page.matrix().actors()).hasSize(8);
    }
}
