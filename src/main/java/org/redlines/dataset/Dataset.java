package org.redlines.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One negotiation in the {@code redlines-dataset/1} format, already validated: parties, topics, plans,
 * points and positions with their sources. Readers produce it; {@link DatasetStore} writes it.
 */
public record Dataset(
        String title,
        String description,
        List<ActorEntry> actors,
        List<TopicEntry> topics,
        List<PlanEntry> plans,
        List<PointEntry> points,
        List<PositionEntry> planPositions,
        List<PositionEntry> positions,
        List<EventEntry> events) {

    /** A dataset without events, as files written before events existed are. */
    public Dataset(
            String title,
            String description,
            List<ActorEntry> actors,
            List<TopicEntry> topics,
            List<PlanEntry> plans,
            List<PointEntry> points,
            List<PositionEntry> planPositions,
            List<PositionEntry> positions) {
        this(title, description, actors, topics, plans, points, planPositions, positions, List.of());
    }

    public record ActorEntry(String code, String name) {}

    public record TopicEntry(String code, String name) {}

    /** {@code grade} is the source's Admiralty code ({@link Grade}), or null when it is ungraded. */
    public record SourceEntry(String publisher, String title, String url, LocalDate date, String grade) {

        public SourceEntry(String publisher, String title, String url, LocalDate date) {
            this(publisher, title, url, date, null);
        }
    }

    public record PlanEntry(
            String code, String title, LocalDate date, String origin, String summary, List<SourceEntry> sources) {}

    public record PointKey(String plan, String ref) {}

    /** {@code order} is null when the file gives none; the file's order then applies. */
    public record PointEntry(
            String plan,
            String ref,
            Integer order,
            String title,
            String summary,
            String topic,
            String note,
            List<PointKey> derivedFrom,
            List<SourceEntry> sources) {}

    /**
     * A dated happening of the negotiation (talks, a text, a statement, a decision, or one scheduled for a later
     * day), the parties involved by code in the file's order, and its sources.
     */
    public record EventEntry(
            LocalDate date,
            String title,
            EventKind kind,
            List<String> actors,
            String summary,
            List<SourceEntry> sources) {}

    /** A position on a point, or, with {@code point} null, on a plan as a whole. */
    public record PositionEntry(
            String plan,
            String point,
            String actor,
            Stance stance,
            boolean redLine,
            String summary,
            LocalDate asOf,
            List<SourceEntry> sources) {}

    /** The same dataset where points without an {@code order} have their place in the file, as loading gives them. */
    public Dataset withOrders() {
        List<PointEntry> ordered = new ArrayList<>();
        for (PointEntry p : points) {
            ordered.add(
                    p.order() != null
                            ? p
                            : new PointEntry(
                                    p.plan(),
                                    p.ref(),
                                    ordered.size(),
                                    p.title(),
                                    p.summary(),
                                    p.topic(),
                                    p.note(),
                                    p.derivedFrom(),
                                    p.sources()));
        }
        return new Dataset(title, description, actors, topics, plans, ordered, planPositions, positions, events);
    }
}
