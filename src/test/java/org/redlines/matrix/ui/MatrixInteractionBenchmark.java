package org.redlines.matrix.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.redlines.bench.BenchDatasets;
import org.redlines.dataset.Stance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Server time per matrix interaction, in-process without a browser: many repetitions after a warm-up, median and
 * 95th percentile. Not part of the normal test run (tag "benchmark"); see docs/PERFORMANCE.md for the command.
 * {@code -Dbench.size=S} (the default dataset) or {@code M}, {@code L}.
 */
@Tag("benchmark")
@SpringBootTest
@ViewPackages(packages = "org.redlines")
class MatrixInteractionBenchmark extends SpringBrowserlessTest {

    private static final String SIZE = BenchDatasets.size();
    private static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    private static final int RUNS = Integer.getInteger("bench.runs", 100);

    @DynamicPropertySource
    static void dataset(DynamicPropertyRegistry registry) throws IOException {
        BenchDatasets.register(registry, SIZE, "bench");
    }

    private MatrixView view() {
        return (MatrixView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    @Test
    void measure() throws IOException {
        boolean synthetic = !SIZE.equals("S");
        String plan = synthetic ? "PLAN-3" : "US-28";
        String firstPoint = synthetic ? "1" : "21";
        Runnable onMatrix = () -> UI.getCurrent().navigate("matrix", QueryParameters.fromString("plan=" + plan));
        Runnable elsewhere = () -> UI.getCurrent().navigate("no-such-page", QueryParameters.empty());
        Map<String, Runnable[]> actions = new LinkedHashMap<>();
        actions.put("open /matrix", new Runnable[] {elsewhere, onMatrix});
        actions.put("toggle red lines only", new Runnable[] {
            () -> {}, () -> test(view().filterBar.redLineOnly).click()
        });
        actions.put("toggle contested only", new Runnable[] {
            () -> {}, () -> test(view().filterBar.contestedOnly).click()
        });
        actions.put("change topics", new Runnable[] {
            () -> {},
            () -> view().filterBar
                    .topics
                    .setValue(
                            view().filterBar.topics.getValue().isEmpty()
                                    ? Set.of(view().filterBar
                                            .topics
                                            .getListDataView()
                                            .getItem(1))
                                    : Set.of())
        });
        actions.put("change stances", new Runnable[] {
            () -> {},
            () -> view().filterBar
                    .stances
                    .setValue(view().filterBar.stances.getValue().isEmpty() ? Set.of(Stance.OPPOSES) : Set.of())
        });
        actions.put("change parties", new Runnable[] {
            () -> {},
            () -> view().filterBar
                    .actors
                    .setValue(
                            view().filterBar.actors.getValue().isEmpty()
                                    ? Set.of(
                                            view().filterBar
                                                    .actors
                                                    .getListDataView()
                                                    .getItem(0),
                                            view().filterBar
                                                    .actors
                                                    .getListDataView()
                                                    .getItem(1))
                                    : Set.of())
        });
        actions.put("type a search", new Runnable[] {
            () -> {},
            () -> view().filterBar
                    .query
                    .setValue(view().filterBar.query.getValue().isEmpty() ? "ceasefire" : "")
        });
        actions.put("change as-of date", new Runnable[] {
            () -> {},
            () -> view().filterBar
                    .asOf
                    .setValue(view().filterBar.asOf.getValue() == null ? LocalDate.of(2025, 12, 10) : null)
        });
        actions.put("select a row", new Runnable[] {
            onMatrix,
            () -> UI.getCurrent()
                    .navigate("matrix", QueryParameters.fromString("plan=" + plan + "&point=" + firstPoint))
        });
        actions.put("open a point page", new Runnable[] {
            onMatrix, () -> UI.getCurrent().navigate("points/" + plan + "/" + firstPoint, QueryParameters.empty())
        });

        onMatrix.run();
        StringBuilder report = new StringBuilder("dataset " + SIZE + ", " + RUNS + " runs after " + WARMUP
                + " warm-up runs, server time per interaction in ms (untimed preparation between runs)\n");
        report.append(String.format("%-24s %8s %8s %8s%n", "interaction", "median", "p95", "max"));
        for (Map.Entry<String, Runnable[]> action : actions.entrySet()) {
            Runnable prepare = action.getValue()[0];
            Runnable act = action.getValue()[1];
            for (int i = 0; i < WARMUP; i++) {
                prepare.run();
                act.run();
            }
            long[] times = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                prepare.run();
                long start = System.nanoTime();
                act.run();
                times[i] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            report.append(String.format(
                    "%-24s %8.2f %8.2f %8.2f%n",
                    action.getKey(),
                    times[RUNS / 2] / 1e6,
                    times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
                    times[RUNS - 1] / 1e6));
            onMatrix.run();
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/interactions-" + SIZE + ".txt"), report);
    }
}
