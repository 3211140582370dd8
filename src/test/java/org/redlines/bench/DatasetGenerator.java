package org.redlines.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.DatasetWriter;
import org.redlines.dataset.Stance;

/**
 * Writes a deterministic synthetic dataset in {@code redlines-dataset/1}: the same size and seed always give the
 * same file. Usage: {@code DatasetGenerator SIZE FILE}, SIZE one of {@code M} (200 points x 8 parties x 3 plans x
 * 2 entries per cell) and {@code L} (1,000 points x 25 parties x 3 plans x 4 entries per cell), or
 * {@code points,actors,plans,entries}.
 */
public final class DatasetGenerator {

    public record Size(int pointsPerPlan, int actors, int plans, int entriesPerCell) {

        public static Size parse(String text) {
            return switch (text) {
                case "M" -> new Size(200, 8, 3, 2);
                case "L" -> new Size(1000, 25, 3, 4);
                default -> {
                    String[] p = text.split(",");
                    yield new Size(
                            Integer.parseInt(p[0]),
                            Integer.parseInt(p[1]),
                            Integer.parseInt(p[2]),
                            Integer.parseInt(p[3]));
                }
            };
        }

        public long positions() {
            return (long) pointsPerPlan * actors * plans * entriesPerCell;
        }
    }

    private static final String[] WORDS = ("ceasefire line withdrawal guarantees sanctions relief assets frozen "
                    + "reconstruction fund monitoring mission elections referendum amnesty prisoners exchange corridor "
                    + "nuclear plant control navigation grain export army cap peacetime alliance membership neutrality "
                    + "recognition territory referendum timetable verification observers council chair implementation "
                    + "phased conditional binding treaty protocol annex clause review commission compensation energy")
            .split(" ");
    private static final String[] TOPICS = {
        "territory",
        "security-guarantees",
        "armed-forces",
        "nato-alliances",
        "sanctions-economy",
        "frozen-assets",
        "nuclear-energy",
        "humanitarian",
        "governance-elections",
        "implementation",
        "sovereignty",
        "other"
    };
    private static final int SOURCE_POOL = 500;

    private DatasetGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DatasetGenerator M|L|points,actors,plans,entries FILE");
            System.exit(2);
        }
        Size size = Size.parse(args[0]);
        Path file = Path.of(args[1]);
        long start = System.nanoTime();
        write(size, file);
        System.out.printf(
                "wrote %s (%d points, %d positions, %.1f MB) in %.1f s%n",
                file,
                (long) size.pointsPerPlan() * size.plans(),
                size.positions(),
                Files.size(file) / 1e6,
                (System.nanoTime() - start) / 1e9);
    }

    public static void write(Size size, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            DatasetWriter.writeCompact(generate(size), out);
        }
    }

    public static Dataset generate(Size size) {
        SplittableRandom random = new SplittableRandom(20251120L);
        List<Dataset.ActorEntry> actors = new ArrayList<>();
        for (int a = 0; a < size.actors(); a++) {
            actors.add(new Dataset.ActorEntry("A" + a, "Party " + a + " " + words(random, 2)));
        }
        List<Dataset.TopicEntry> topics = new ArrayList<>();
        for (String t : TOPICS) {
            topics.add(new Dataset.TopicEntry(
                    t, Character.toUpperCase(t.charAt(0)) + t.substring(1).replace('-', ' ')));
        }
        List<Dataset.SourceEntry> pool = new ArrayList<>();
        for (int s = 0; s < SOURCE_POOL; s++) {
            pool.add(new Dataset.SourceEntry(
                    "Publisher " + (s % 40),
                    "Report " + s + ": " + words(random, 6),
                    "https://example.org/reports/" + s,
                    LocalDate.of(2025, 11, 1).plusDays(s % 120)));
        }
        LocalDate first = LocalDate.of(2025, 11, 20);
        List<Dataset.PlanEntry> plans = new ArrayList<>();
        List<Dataset.PointEntry> points = new ArrayList<>();
        List<Dataset.PositionEntry> planPositions = new ArrayList<>();
        List<Dataset.PositionEntry> positions = new ArrayList<>();
        for (int p = 0; p < size.plans(); p++) {
            String plan = "PLAN-" + (p + 1);
            LocalDate date = first.plusDays(30L * p);
            plans.add(new Dataset.PlanEntry(
                    plan,
                    "Synthetic plan version " + (p + 1),
                    date,
                    "Generated",
                    words(random, 30),
                    List.of(pool.get(p))));
            for (int a = 0; a < size.actors(); a++) {
                planPositions.add(new Dataset.PositionEntry(
                        plan,
                        null,
                        "A" + a,
                        stance(random),
                        false,
                        words(random, 18),
                        date.plusDays(1),
                        List.of(pool.get(random.nextInt(SOURCE_POOL)))));
            }
            for (int i = 1; i <= size.pointsPerPlan(); i++) {
                String ref = String.valueOf(i);
                List<Dataset.PointKey> from =
                        p == 0 ? List.of() : List.of(new Dataset.PointKey("PLAN-" + p, String.valueOf(i)));
                points.add(new Dataset.PointEntry(
                        plan,
                        ref,
                        i,
                        "Point " + i + ": " + words(random, 4),
                        words(random, 40),
                        TOPICS[random.nextInt(TOPICS.length)],
                        i % 10 == 0 ? words(random, 12) : null,
                        from,
                        List.of(pool.get(random.nextInt(SOURCE_POOL)))));
                for (int a = 0; a < size.actors(); a++) {
                    for (int e = 0; e < size.entriesPerCell(); e++) {
                        Stance stance = stance(random);
                        boolean redLine = stance != Stance.UNCLEAR && random.nextInt(20) == 0;
                        positions.add(new Dataset.PositionEntry(
                                plan,
                                ref,
                                "A" + a,
                                stance,
                                redLine,
                                words(random, 22),
                                date.plusDays(1 + 7L * e + random.nextInt(6)),
                                stance == Stance.UNCLEAR ? List.of() : List.of(pool.get(random.nextInt(SOURCE_POOL)))));
                    }
                }
            }
        }
        return new Dataset(
                "Synthetic negotiation: " + size.pointsPerPlan() + " points x " + size.actors() + " parties x "
                        + size.plans() + " plans x " + size.entriesPerCell() + " entries per cell",
                "Generated for benchmarks; not real positions.",
                actors,
                topics,
                plans,
                points,
                planPositions,
                positions);
    }

    private static Stance stance(SplittableRandom random) {
        int r = random.nextInt(10);
        return r < 4 ? Stance.SUPPORTS : r < 6 ? Stance.CONDITIONAL : r < 8 ? Stance.OPPOSES : Stance.UNCLEAR;
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.append('.').toString();
    }
}
