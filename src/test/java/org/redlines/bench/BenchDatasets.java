package org.redlines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at a generated dataset (S is the default dataset: nothing to do). */
public final class BenchDatasets {

    private BenchDatasets() {}

    /** The size from {@code -Dbench.size}, S by default. */
    public static String size() {
        return System.getProperty("bench.size", "S");
    }

    /** Generates the dataset once under target/bench and loads it into its own in-memory database. */
    public static void register(DynamicPropertyRegistry registry, String size, String database) throws IOException {
        if (size.equals("S")) {
            return;
        }
        Path file = Path.of("target/bench/" + size + ".json");
        if (!Files.exists(file)) {
            DatasetGenerator.write(DatasetGenerator.Size.parse(size), file);
        }
        registry.add("redlines.dataset.location", () -> "file:" + file.toAbsolutePath());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + "-" + size + ";DB_CLOSE_DELAY=-1");
    }
}
