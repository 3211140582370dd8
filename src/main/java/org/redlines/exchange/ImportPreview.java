package org.redlines.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.redlines.dataset.Dataset;
import org.redlines.i18n.Messages;
import org.redlines.positions.DatasetImportService;

/**
 * What importing a file would do to the data now: per plan and party, and for the lists of parties and topics,
 * how many entries it would add, change and remove, in the reader's language.
 */
public final class ImportPreview {

    private ImportPreview() {}

    /** One line of the preview: a plan, a party or the lists of parties and topics. */
    public record Line(String scope, String what, int added, int changed, int removed) {
        public boolean unchanged() {
            return added == 0 && changed == 0 && removed == 0;
        }
    }

    /** What applying the file would do, against the data of {@code revision}. */
    public record Preview(long revision, List<Line> lines) {
        public boolean unchanged() {
            return lines.stream().allMatch(Line::unchanged);
        }
    }

    public static Preview of(DatasetImportService.Current now, Dataset incoming) {
        return new Preview(now.revision(), compare(now.dataset(), incoming.withOrders()));
    }

    static List<Line> compare(Dataset now, Dataset incoming) {
        List<Line> lines = new ArrayList<>();
        String dataset = Messages.t("import.scope.dataset");
        lines.add(count(
                dataset,
                Messages.t("import.what.parties"),
                keyed(now.actors(), Dataset.ActorEntry::code),
                keyed(incoming.actors(), Dataset.ActorEntry::code)));
        lines.add(count(
                dataset,
                Messages.t("import.what.topics"),
                keyed(now.topics(), Dataset.TopicEntry::code),
                keyed(incoming.topics(), Dataset.TopicEntry::code)));
        Set<String> planCodes = new LinkedHashSet<>();
        now.plans().forEach(p -> planCodes.add(p.code()));
        incoming.plans().forEach(p -> planCodes.add(p.code()));
        Map<String, Dataset.PlanEntry> plansNow = keyed(now.plans(), Dataset.PlanEntry::code);
        Map<String, Dataset.PlanEntry> plansIncoming = keyed(incoming.plans(), Dataset.PlanEntry::code);
        for (String plan : planCodes) {
            Dataset.PlanEntry a = plansNow.get(plan);
            Dataset.PlanEntry b = plansIncoming.get(plan);
            String scope = Messages.t("import.scope.plan", plan);
            lines.add(new Line(
                    scope,
                    Messages.t("import.what.plan"),
                    a == null ? 1 : 0,
                    a != null && b != null && !a.equals(b) ? 1 : 0,
                    b == null ? 1 : 0));
            lines.add(count(
                    scope,
                    Messages.t("import.what.points"),
                    keyed(
                            now.points().stream()
                                    .filter(p -> p.plan().equals(plan))
                                    .toList(),
                            Dataset.PointEntry::ref),
                    keyed(
                            incoming.points().stream()
                                    .filter(p -> p.plan().equals(plan))
                                    .toList(),
                            Dataset.PointEntry::ref)));
            lines.add(count(
                    scope,
                    Messages.t("import.what.positions"),
                    cells(now.positions(), plan, null),
                    cells(incoming.positions(), plan, null)));
        }
        Set<String> actorCodes = new LinkedHashSet<>();
        now.actors().forEach(a -> actorCodes.add(a.code()));
        incoming.actors().forEach(a -> actorCodes.add(a.code()));
        for (String actor : actorCodes) {
            lines.add(count(
                    Messages.t("import.scope.party", actor),
                    Messages.t("import.what.positions"),
                    cells(now.positions(), null, actor),
                    cells(incoming.positions(), null, actor)));
        }
        if (!Objects.equals(now.title(), incoming.title())
                || !Objects.equals(now.description(), incoming.description())) {
            lines.add(new Line(dataset, Messages.t("import.what.title"), 0, 1, 0));
        }
        return lines;
    }

    /** Entries keyed by plan, point, party and date (and their order among equal keys). */
    private static Map<String, Dataset.PositionEntry> cells(
            List<Dataset.PositionEntry> entries, String plan, String actor) {
        Map<String, Dataset.PositionEntry> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Dataset.PositionEntry e : entries) {
            if ((plan == null || e.plan().equals(plan))
                    && (actor == null || e.actor().equals(actor))) {
                String key = e.plan() + "\u0000" + e.point() + "\u0000" + e.actor() + "\u0000" + e.asOf();
                int n = seen.merge(key, 1, Integer::sum);
                out.put(key + "\u0000" + n, e);
            }
        }
        return out;
    }

    private static <T> Map<String, T> keyed(List<T> entries, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(key.apply(e), e));
        return out;
    }

    private static <T> Line count(String scope, String what, Map<String, T> now, Map<String, T> incoming) {
        int added = 0;
        int changed = 0;
        int removed = 0;
        for (Map.Entry<String, T> e : incoming.entrySet()) {
            T before = now.get(e.getKey());
            if (before == null) {
                added++;
            } else if (!before.equals(e.getValue())) {
                changed++;
            }
        }
        for (String key : now.keySet()) {
            if (!incoming.containsKey(key)) {
                removed++;
            }
        }
        return new Line(scope, what, added, changed, removed);
    }
}
