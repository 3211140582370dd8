package org.redlines.positions.internal;

import org.redlines.positions.Phrase;

/** How the audit log names an entity that a revision touched: by its codes and a few words of its own. */
public final class AuditLabels {

    private AuditLabels() {}

    public static Phrase of(Object entity) {
        return switch (entity) {
            case Position p
            when p.getAsOf() == null ->
                Phrase.of(
                        "history.label.position",
                        p.getActor().getCode(),
                        p.getPoint().getPlan().getCode(),
                        p.getPoint().getRef(),
                        p.getStance());
            case Position p ->
                Phrase.of(
                        "history.label.position-dated",
                        p.getActor().getCode(),
                        p.getPoint().getPlan().getCode(),
                        p.getPoint().getRef(),
                        p.getStance(),
                        p.getAsOf());
            case Point p -> Phrase.of("history.label.point", p.getPlan().getCode(), p.getRef(), p.getTitle());
            case Source s -> Phrase.of("history.label.source", s.getPublisher(), s.getUrl());
            case Plan p -> Phrase.of("history.label.coded", p.getCode(), p.getTitle());
            case CodedEntity c -> Phrase.of("history.label.coded", c.getCode(), c.getName());
            case PlanPosition p ->
                Phrase.of(
                        "history.label.plan-position",
                        p.getActor().getCode(),
                        p.getPlan().getCode());
            case DatasetInfo d -> Phrase.of("history.label.text", d.getTitle());
            case NegotiationEvent e -> Phrase.of("history.label.event", e.getDate(), e.getTitle());
            default -> throw new IllegalArgumentException("Not an audited entity: " + entity.getClass());
        };
    }
}
