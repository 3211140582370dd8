package org.redlines.e2e;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.bench.BenchDatasets;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** See {@link GeneratedLayout}: the matrix on a generated dataset. */
class FivePartiesLayoutIT extends GeneratedLayout {

    static final String SIZE = "20,5,1,1";

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
    }
}
