package org.redlines.positions.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * Every row of the data as it is now, or as it was recorded in one revision: the live tables, or their Envers
 * audit tables ({@code _aud}), where an entity's state at revision N is its newest row up to N unless that row
 * records its removal (revtype 2). One statement per table, whatever the size of the data.
 */
@Repository
public class SnapshotRepository {

    /** Plain rows of the tables a dataset is made of; column lists fix the order of each {@code Object[]}. */
    public enum Table {
        DATASET_INFO("dataset_info", "id", "title, description"),
        ACTOR("actor", "id", "id, code, name, sort_order"),
        TOPIC("topic", "id", "id, code, name, sort_order"),
        PLAN("plan", "id", "id, code, title, plan_date, origin, summary, sort_order"),
        POINT("point", "id", "id, plan_id, ref, sort_order, title, summary, topic_id, note"),
        SOURCE("source", "id", "id, publisher, title, url, source_date, grade"),
        POSITION("position_entry", "id", "id, point_id, actor_id, stance, red_line, summary, as_of, seq"),
        PLAN_POSITION("plan_position", "id", "id, plan_id, actor_id, stance, red_line, summary, as_of, seq"),
        POINT_DERIVATION(
                "point_derivation", "point_id, sort_order, derived_from_id", "point_id, sort_order, derived_from_id"),
        POINT_SOURCE("point_source", "point_id, sort_order, source_id", "point_id, sort_order, source_id"),
        PLAN_SOURCE("plan_source", "plan_id, sort_order, source_id", "plan_id, sort_order, source_id"),
        POSITION_SOURCE(
                "position_entry_source",
                "position_entry_id, sort_order, source_id",
                "position_entry_id, sort_order, source_id"),
        PLAN_POSITION_SOURCE(
                "plan_position_source",
                "plan_position_id, sort_order, source_id",
                "plan_position_id, sort_order, source_id"),
        EVENT("negotiation_event", "id", "id, event_date, title, kind, summary, seq"),
        EVENT_ACTOR("negotiation_event_actor", "event_id, sort_order, actor_id", "event_id, sort_order, actor_id"),
        EVENT_SOURCE("negotiation_event_source", "event_id, sort_order, source_id", "event_id, sort_order, source_id");

        private final String name;
        private final List<String> key;
        private final String columns;

        Table(String name, String key, String columns) {
            this.name = name;
            this.key = List.of(key.split(",\\s*"));
            this.columns = columns;
        }
    }

    @PersistenceContext
    private EntityManager entityManager;

    /** The table's rows now ({@code revision} null) or as recorded in that revision. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(Table table, Long revision) {
        Query query;
        if (revision == null) {
            query = entityManager.createNativeQuery("select " + table.columns + " from " + table.name);
        } else {
            String prefixed = String.join(
                    ", ",
                    java.util.Arrays.stream(table.columns.split(",\\s*"))
                            .map(c -> "t." + c)
                            .toList());
            String sameKey = String.join(
                    " and ", table.key.stream().map(k -> "u." + k + " = t." + k).toList());
            query = entityManager
                    .createNativeQuery("select " + prefixed + " from " + table.name + "_aud t"
                            + " where t.revtype <> 2 and t.rev = (select max(u.rev) from " + table.name + "_aud u"
                            + " where " + sameKey + " and u.rev <= :rev)")
                    .setParameter("rev", revision);
        }
        List<?> result = query.getResultList();
        if (!result.isEmpty() && !(result.getFirst() instanceof Object[])) {
            return ((List<Object>) result).stream().map(v -> new Object[] {v}).toList();
        }
        return (List<Object[]>) result;
    }

    /**
     * Copies every row into the audit tables as added in {@code revision}: the history's starting point for
     * a database that held data before auditing began.
     */
    public void copyIntoHistory(long revision) {
        for (Table table : Table.values()) {
            java.util.LinkedHashSet<String> columns = new java.util.LinkedHashSet<>(table.key);
            columns.addAll(List.of(table.columns.split(",\\s*")));
            String list = String.join(", ", columns);
            entityManager
                    .createNativeQuery("insert into " + table.name + "_aud (rev, revtype, " + list + ")"
                            + " select :rev, 0, " + list + " from " + table.name)
                    .setParameter("rev", revision)
                    .executeUpdate();
        }
    }

    /** The newest recorded revision, or 0 before anything was written. */
    public long latestRevision() {
        Object max = entityManager
                .createNativeQuery("select coalesce(max(id), 0) from audit_revision")
                .getSingleResult();
        return ((Number) max).longValue();
    }

    /** The revision with this number or, if none has it, the newest one before it: id, time, user and note. */
    public java.util.Optional<Object[]> revisionUpTo(long number) {
        List<?> rows = entityManager
                .createNativeQuery("select id, changed_at, username, note from audit_revision"
                        + " where id <= :n order by id desc fetch first 1 rows only")
                .setParameter("n", number)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).findFirst();
    }
}
