package org.redlines.positions;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The codes a link may name: plans, parties (in column order), topics and each plan's point refs.
 * {@code plans} keeps the dataset's order. {@code frozen} is the revision a frozen link shows, null for live data;
 * {@code revisionNotices} say why a link's {@code rev} was ignored.
 */
public record Catalog(
        List<PlanInfo> plans,
        List<ActorInfo> actors,
        List<TopicInfo> topics,
        Map<String, Set<String>> refsByPlan,
        RevisionInfo frozen,
        List<Notice> revisionNotices) {

    public Catalog {
        revisionNotices = revisionNotices == null ? List.of() : List.copyOf(revisionNotices);
    }

    /** The live data's catalogue. */
    public Catalog(
            List<PlanInfo> plans, List<ActorInfo> actors, List<TopicInfo> topics, Map<String, Set<String>> refsByPlan) {
        this(plans, actors, topics, refsByPlan, null, List.of());
    }

    /** The notices about the link's revision first, then {@code others}. */
    public List<Notice> withRevisionNotices(List<Notice> others) {
        if (revisionNotices.isEmpty()) {
            return others;
        }
        List<Notice> out = new java.util.ArrayList<>(revisionNotices);
        out.addAll(others);
        return List.copyOf(out);
    }

    /** The plan with the newest date; of several on that date, the one listed last. */
    public Optional<PlanInfo> defaultPlan() {
        return plans.stream().reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
    }

    public Optional<PlanInfo> plan(String code) {
        return plans.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<ActorInfo> actor(String code) {
        return actors.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<TopicInfo> topic(String code) {
        return topics.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public boolean hasPoint(String plan, String ref) {
        return refsByPlan.getOrDefault(plan, Set.of()).contains(ref);
    }

    /** Plans newest first, as a plan selector lists them. */
    public List<PlanInfo> plansNewestFirst() {
        List<PlanInfo> lastListedFirst = new java.util.ArrayList<>(plans);
        java.util.Collections.reverse(lastListedFirst);
        return lastListedFirst.stream()
                .sorted(Comparator.comparing(PlanInfo::date).reversed())
                .toList();
    }
}
