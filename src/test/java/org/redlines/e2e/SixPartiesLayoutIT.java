package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.bench.BenchDatasets;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** See {@link GeneratedLayout}: the matrix on a generated dataset. */
class SixPartiesLayoutIT extends GeneratedLayout {

    static final String SIZE = "20,6,1,1";

    @DynamicPropertySource
    static void dataset(DynamicPropertyRegistry registry) throws IOException {
        BenchDatasets.register(registry, SIZE, "layout");
    }

    @Override
    String size() {
        return SIZE;
    }

    @Test
    void every_party_fits_a_laptop_and_a_tablet() {
        for (int[] size : List.of(LAPTOP, WIDE_LAPTOP, TABLET)) {
            everyPartyFits(size, "plan=PLAN-1", parties(), "3");
        }
        at(LAPTOP, "matrix?plan=PLAN-1");
        assertThat(page.locator("#parties-off-screen").isVisible()).isFalse();
    }
}
