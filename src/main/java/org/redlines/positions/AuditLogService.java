package org.redlines.positions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.redlines.access.RequiresRole;
import org.redlines.access.Role;
import org.redlines.positions.internal.AbstractEntity;
import org.redlines.positions.internal.Actor;
import org.redlines.positions.internal.AuditLabels;
import org.redlines.positions.internal.AuditRevision;
import org.redlines.positions.internal.DatasetInfo;
import org.redlines.positions.internal.NegotiationEvent;
import org.redlines.positions.internal.Plan;
import org.redlines.positions.internal.PlanPosition;
import org.redlines.positions.internal.Point;
import org.redlines.positions.internal.Position;
import org.redlines.positions.internal.Source;
import org.redlines.positions.internal.Topic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' log of every recorded revision, newest first, and what one revision changed: read from the
 * Envers history with its own queries, a bounded number of them whatever the revision touched.
 */
@Service
// One snapshot per read: a write committed halfway through never mixes old and new rows (ADR 11).
@Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
public class AuditLogService {

    public static final int LIMIT = 200;

    /** The kinds of entity that the history records, by the code links and the log use. */
    public enum EntityType {
        POSITION(Position.class),
        POINT(Point.class),
        SOURCE(Source.class),
        PLAN(Plan.class),
        ACTOR(Actor.class),
        TOPIC(Topic.class),
        PLAN_POSITION(PlanPosition.class),
        DATASET(DatasetInfo.class),
        EVENT(NegotiationEvent.class);

        private final Class<?> entity;

        EntityType(Class<?> entity) {
            this.entity = entity;
        }

        public String code() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** One revision in the log, with how many entities of each kind it touched. */
    public record AuditEntry(RevisionInfo revision, Map<EntityType, Integer> counts) {}

    /** One entity that a revision touched, named by a phrase (its party, plan, point, stance...). */
    public record AuditChange(EntityType type, Phrase label, HistoryService.Kind kind) {}

    /** Empty values mean no condition. */
    public record AuditFilter(String user, LocalDate from, LocalDate to, EntityType type) {}

    @PersistenceContext
    private EntityManager entityManager;

    /** The newest revisions first, at most {@link #LIMIT}, that match the filter. */
    @RequiresRole(Role.ADMIN)
    public List<AuditEntry> audit(AuditFilter filter) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<Long> ofType = filter.type() == null ? null : revisionsOf(reader, filter.type(), null);
        if (ofType != null && ofType.isEmpty()) {
            return List.of();
        }
        String user = filter.user() == null || filter.user().isBlank()
                ? null
                : filter.user().strip();
        List<AuditRevision> revisions = entityManager
                .createQuery("""
                        select r from AuditRevision r
                        where (:user is null or r.username = :user)
                          and (:from is null or r.timestamp >= :from)
                          and (:to is null or r.timestamp < :to)
                          and (:anyType = true or r.id in :ofType)
                        order by r.id desc""", AuditRevision.class)
                .setParameter("user", user)
                .setParameter("from", filter.from() == null ? null : millis(filter.from()))
                .setParameter(
                        "to", filter.to() == null ? null : millis(filter.to().plusDays(1)))
                .setParameter("anyType", ofType == null)
                .setParameter("ofType", ofType == null ? List.of(-1L) : ofType)
                .setMaxResults(LIMIT)
                .getResultList();
        if (revisions.isEmpty()) {
            return List.of();
        }
        List<Long> ids = revisions.stream().map(AuditRevision::getId).toList();
        Map<Long, Map<EntityType, Integer>> counts = new HashMap<>();
        for (EntityType type : EntityType.values()) {
            for (Long rev : revisionsOf(reader, type, ids)) {
                counts.computeIfAbsent(rev, k -> new LinkedHashMap<>()).merge(type, 1, Integer::sum);
            }
        }
        return revisions.stream()
                .map(r -> new AuditEntry(r.info(), counts.getOrDefault(r.getId(), Map.of())))
                .toList();
    }

    /** What one revision changed, at most {@link #LIMIT} entities of each kind. */
    @RequiresRole(Role.ADMIN)
    public List<AuditChange> changesIn(long revision) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<AuditChange> out = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = reader.createQuery()
                    .forRevisionsOfEntity(type.entity, false, true)
                    .add(AuditEntity.revisionNumber().eq(revision))
                    .addOrder(AuditEntity.id().asc())
                    .setMaxResults(LIMIT)
                    .getResultList();
            List<Object> removed = new ArrayList<>();
            for (Object[] row : rows) {
                if (row[2] == RevisionType.DEL) {
                    removed.add(id(row[0]));
                }
            }
            // A removed entity is named as it was just before the revision that removed it.
            Map<Object, Object> before = removed.isEmpty() || revision < 2
                    ? Map.of()
                    : byId(reader.createQuery()
                            .forEntitiesAtRevision(type.entity, revision - 1)
                            .add(AuditEntity.id().in(removed))
                            .getResultList());
            for (Object[] row : rows) {
                RevisionType kind = (RevisionType) row[2];
                Object entity = kind == RevisionType.DEL ? before.get(id(row[0])) : row[0];
                out.add(new AuditChange(
                        type,
                        entity == null
                                ? Phrase.of("history.label.unknown", String.valueOf(id(row[0])))
                                : AuditLabels.of(entity),
                        kind == RevisionType.ADD
                                ? HistoryService.Kind.ADDED
                                : kind == RevisionType.MOD
                                        ? HistoryService.Kind.CHANGED
                                        : HistoryService.Kind.REMOVED));
            }
        }
        return out;
    }

    /** The revisions in which entities of {@code type} were written, once per entity; all when {@code in} is null. */
    @SuppressWarnings("unchecked")
    private static List<Long> revisionsOf(AuditReader reader, EntityType type, List<Long> in) {
        var query = reader.createQuery()
                .forRevisionsOfEntity(type.entity, false, true)
                .addProjection(AuditEntity.revisionNumber());
        if (in != null) {
            query.add(AuditEntity.revisionNumber().in(in));
        }
        return ((List<Number>) query.getResultList())
                .stream().map(Number::longValue).toList();
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static Object id(Object entity) {
        return ((AbstractEntity) entity).getId();
    }

    private static Map<Object, Object> byId(List<?> entities) {
        Map<Object, Object> out = new HashMap<>();
        entities.forEach(e -> out.put(id(e), e));
        return out;
    }
}
