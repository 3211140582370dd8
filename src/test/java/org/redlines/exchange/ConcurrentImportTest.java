package org.redlines.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.redlines.bench.DatasetGenerator;
import org.redlines.dataset.Dataset;
import org.redlines.positions.DatasetImportService;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/** Readers while an import replaces everything: no reader fails, and each sees the old data or the new, never a mix. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:concurrent-import;DB_CLOSE_DELAY=-1")
@DirtiesContext
class ConcurrentImportTest {

    @Autowired
    DatasetImportService imports;

    @Autowired
    MatrixService matrices;

    @Test
    void readers_during_an_import_see_the_old_or_the_new_data_and_never_an_error() throws Exception {
        Dataset incoming = DatasetGenerator.generate(DatasetGenerator.Size.parse("M"));
        String oldPlan = matrices.catalog().defaultPlan().orElseThrow().code();
        int oldRows = matrices.open(Map.of()).matrix().rows().size();
        AtomicReference<Throwable> importFailure = new AtomicReference<>();
        Thread importer = new Thread(() -> {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "ada", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
            try {
                imports.apply(incoming, imports.current().revision(), "m.json");
            } catch (Throwable t) {
                importFailure.set(t);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        Set<String> seen = ConcurrentHashMap.newKeySet();
        importer.start();
        int reads = 0;
        while (importer.isAlive() || reads < 5) {
            MatrixPage page = matrices.open(Map.of());
            String plan = page.matrix().plan().code();
            int rows = page.matrix().rows().size();
            seen.add(plan + ":" + rows);
            assertThat(plan.equals(oldPlan) && rows == oldRows || !plan.equals(oldPlan))
                    .as("a reader saw %s with %d rows", plan, rows)
                    .isTrue();
            reads++;
        }
        importer.join();
        assertThat(importFailure.get()).isNull();
        assertThat(reads).isGreaterThan(5);
        assertThat(seen).hasSizeLessThanOrEqualTo(2);
        assertThat(matrices.catalog().defaultPlan().orElseThrow().code()).isNotEqualTo(oldPlan);
    }
}
