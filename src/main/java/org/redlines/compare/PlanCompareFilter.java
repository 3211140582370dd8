package org.redlines.compare;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redlines.positions.Catalog;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.Notice;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.QueryReader;
import org.redlines.positions.TopicInfo;

/** The plan-versions view's state: which plans, and which topics. */
public record PlanCompareFilter(List<String> plans, Set<String> topics) {

    public static final String PLANS = "plans";

    public record Parsed(PlanCompareFilter filter, List<Notice> notices) {}

    public PlanCompareFilter {
        plans = List.copyOf(plans);
        topics = Set.copyOf(topics);
    }

    public PlanCompareFilter withPlans(List<String> newPlans) {
        return new PlanCompareFilter(newPlans, topics);
    }

    public PlanCompareFilter withTopics(Set<String> newTopics) {
        return new PlanCompareFilter(plans, newTopics);
    }

    /** Without plans, every plan that has points is shown. */
    public static Parsed parse(Map<String, List<String>> params, Catalog catalog) {
        QueryReader in = new QueryReader(params);
        List<String> plans = in.codes(PLANS, c -> catalog.plan(c).isPresent());
        if (plans.isEmpty()) {
            plans = catalog.plans().stream()
                    .map(PlanInfo::code)
                    .filter(c -> !catalog.refsByPlan().getOrDefault(c, Set.of()).isEmpty())
                    .toList();
        }
        Set<String> topics = new LinkedHashSet<>(
                in.codes(MatrixParams.TOPICS, c -> catalog.topic(c).isPresent()));
        return new Parsed(new PlanCompareFilter(plans, topics), in.notices());
    }

    public Map<String, List<String>> toParameters(Catalog catalog) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(
                PLANS,
                List.of(String.join(
                        ",",
                        catalog.plans().stream()
                                .map(PlanInfo::code)
                                .filter(plans::contains)
                                .toList())));
        if (!topics.isEmpty()) {
            out.put(
                    MatrixParams.TOPICS,
                    List.of(String.join(
                            ",",
                            catalog.topics().stream()
                                    .map(TopicInfo::code)
                                    .filter(topics::contains)
                                    .toList())));
        }
        return MatrixParams.withRevision(out, catalog);
    }
}
