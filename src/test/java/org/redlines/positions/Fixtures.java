package org.redlines.positions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.DatasetReader;
import org.redlines.dataset.Grade;

/** The small fixture dataset of the filter tests, turned into what the matrix service would read from the database. */
public final class Fixtures {

    private Fixtures() {}

    public static Dataset dataset(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            return DatasetReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dataset matrixFixture() {
        return dataset("matrix-fixture.json");
    }

    public static Catalog catalog(Dataset d) {
        Map<String, Set<String>> refs = new HashMap<>();
        d.points()
                .forEach(p -> refs.computeIfAbsent(p.plan(), k -> new LinkedHashSet<>())
                        .add(p.ref()));
        return new Catalog(
                d.plans().stream().map(Fixtures::plan).toList(),
                d.actors().stream().map(a -> new ActorInfo(a.code(), a.name())).toList(),
                d.topics().stream().map(t -> new TopicInfo(t.code(), t.name())).toList(),
                refs);
    }

    public static PlanData planData(Dataset d, String planCode) {
        Map<String, String> topicNames = new HashMap<>();
        d.topics().forEach(t -> topicNames.put(t.code(), t.name()));
        List<PointInfo> points = new ArrayList<>();
        int i = 0;
        for (Dataset.PointEntry p : d.points()) {
            if (p.plan().equals(planCode)) {
                points.add(new PointInfo(
                        p.plan(),
                        p.ref(),
                        p.order() == null ? i : p.order(),
                        p.title(),
                        p.summary(),
                        p.topic(),
                        topicNames.get(p.topic()),
                        p.note()));
            }
            i++;
        }
        return new PlanData(
                d.plans().stream()
                        .filter(p -> p.code().equals(planCode))
                        .map(Fixtures::plan)
                        .findFirst()
                        .orElseThrow(),
                points,
                positions(d.positions(), planCode),
                positions(d.planPositions(), planCode),
                grades(d.positions(), planCode));
    }

    /** The grades of each entry's graded sources, by the id {@link #positions} gives the entry (its index). */
    private static Map<Long, List<Grade>> grades(List<Dataset.PositionEntry> entries, String planCode) {
        Map<Long, List<Grade>> out = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Dataset.PositionEntry e = entries.get(i);
            if (e.plan().equals(planCode)) {
                out.put(
                        (long) i,
                        e.sources().stream()
                                .flatMap(s -> Grade.parse(s.grade()).stream())
                                .toList());
            }
        }
        return out;
    }

    private static List<PositionInfo> positions(List<Dataset.PositionEntry> entries, String planCode) {
        List<PositionInfo> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Dataset.PositionEntry e = entries.get(i);
            if (e.plan().equals(planCode)) {
                out.add(new PositionInfo(
                        i,
                        e.plan(),
                        e.point(),
                        e.actor(),
                        e.stance(),
                        e.redLine(),
                        e.summary(),
                        e.asOf(),
                        i,
                        e.sources().size()));
            }
        }
        return out;
    }

    private static PlanInfo plan(Dataset.PlanEntry p) {
        return new PlanInfo(p.code(), p.title(), p.date(), p.origin(), p.summary());
    }
}
