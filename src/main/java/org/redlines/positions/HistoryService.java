package org.redlines.positions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.redlines.i18n.Messages;
import org.redlines.positions.internal.PointRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what and when, from the Envers history: the revisions of one position, point or source with the
 * differences between them, and for administrators the log of every revision.
 */
@Service
// One snapshot per read: a write committed halfway through never mixes old and new rows (ADR 11).
@Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
public class HistoryService {

    /** The kinds of entity that the history records, by the name the audit log shows. */
    public enum EntityType {
        POSITION("positions", "position_entry"),
        POINT("points", "point"),
        SOURCE("sources", "source"),
        PLAN("plans", "plan"),
        ACTOR("parties", "actor"),
        TOPIC("topics", "topic"),
        PLAN_POSITION("plan-positions", "plan_position"),
        DATASET("dataset", "dataset_info");

        private final String key;
        private final String table;

        EntityType(String key, String table) {
            this.key = key;
            this.table = table;
        }

        /** The name in the current language (keys {@code history.entity.*}). */
        public String label() {
            return Messages.t("history.entity." + key);
        }
    }

    public enum Kind {
        ADDED("added"),
        CHANGED("changed"),
        REMOVED("removed");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The name in the current language (keys {@code history.kind.*}). */
        public String label() {
            return Messages.t("history.kind." + key);
        }
    }

    public record FieldChange(String field, String before, String after) {}

    /** One revision of one entity: what it was changed to, compared with the revision before. */
    public record HistoryItem(RevisionInfo revision, Kind kind, List<FieldChange> changes) {}

    /** One revision in the audit log, with how many entities of each kind it touched. */
    public record AuditEntry(RevisionInfo revision, Map<EntityType, Integer> counts) {}

    /** One entity that a revision touched. */
    public record AuditChange(EntityType type, String label, Kind kind) {}

    public record AuditFilter(String user, LocalDate from, LocalDate to, EntityType type) {}

    public static final int AUDIT_LIMIT = 200;

    @PersistenceContext
    private EntityManager entityManager;

    private final PointRepository points;
    private final ReadModels models;

    HistoryService(PointRepository points, ReadModels models) {
        this.points = points;
        this.models = models;
    }

    public List<HistoryItem> ofPosition(long id) {
        return history(Position.class, id, p -> {
            Map<String, String> f = new LinkedHashMap<>();
            f.put(
                    Messages.t("common.stance"),
                    p.getStance() == null ? "" : p.getStance().label());
            f.put(Messages.t("common.red-line-label"), Messages.t(p.isRedLine() ? "common.yes" : "common.no"));
            f.put(Messages.t("history.field.summary"), p.getSummary());
            f.put(Messages.t("common.as-of-label"), Messages.date(p.getAsOf()));
            f.put(Messages.t("common.sources"), sources(p.getSources()));
            return f;
        });
    }

    public List<HistoryItem> ofPoint(String plan, String ref) {
        return points.findByKey(plan, ref)
                .map(point -> history(Point.class, point.getId(), p -> {
                    Map<String, String> f = new LinkedHashMap<>();
                    f.put(Messages.t("common.title"), p.getTitle());
                    f.put(Messages.t("history.field.summary"), p.getSummary());
                    f.put(
                            Messages.t("common.topic"),
                            p.getTopic() == null ? "" : p.getTopic().getName());
                    f.put(Messages.t("common.note-label"), p.getNote());
                    f.put(Messages.t("common.sources"), sources(p.getSources()));
                    return f;
                }))
                .orElse(List.of());
    }

    public List<HistoryItem> ofSource(long id) {
        return history(Source.class, id, s -> {
            Map<String, String> f = new LinkedHashMap<>();
            f.put(Messages.t("common.publisher"), s.getPublisher());
            f.put(Messages.t("common.title"), s.getTitle());
            f.put(Messages.t("history.field.address"), s.getUrl());
            f.put(Messages.t("common.date"), Messages.date(s.getDate()));
            return f;
        });
    }

    /** The newest revision, for a frozen link made now. */
    public RevisionInfo latest() {
        return models.revision(models.latestRevision());
    }

    private <T> List<HistoryItem> history(Class<T> type, long id, Function<T, Map<String, String>> fields) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryItem> out = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T entity = (T) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            RevisionInfo info = new RevisionInfo(
                    revision.getId(), revision.getChangedAt(), revision.getUsername(), revision.getNote());
            if (revisionType == RevisionType.DEL) {
                out.add(new HistoryItem(info, Kind.REMOVED, List.of()));
                before = Map.of();
                continue;
            }
            Map<String, String> now = fields.apply(entity);
            List<FieldChange> changes = new ArrayList<>();
            for (Map.Entry<String, String> e : now.entrySet()) {
                String old = before.get(e.getKey());
                if (!Objects.equals(blank(old), blank(e.getValue()))) {
                    changes.add(new FieldChange(e.getKey(), blank(old), blank(e.getValue())));
                }
            }
            out.add(new HistoryItem(info, revisionType == RevisionType.ADD ? Kind.ADDED : Kind.CHANGED, changes));
            before = now;
        }
        return out.reversed();
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static String sources(List<Source> sources) {
        return sources.stream()
                .map(s -> s.getPublisher() + " (" + s.getUrl() + ")")
                .collect(Collectors.joining("\n"));
    }

    /** The newest revisions first, at most {@link #AUDIT_LIMIT}, that match the filter. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> audit(AuditFilter filter) {
        StringBuilder sql =
                new StringBuilder("select r.id, r.changed_at, r.username, r.note from audit_revision r where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.user() != null && !filter.user().isBlank()) {
            sql.append(" and r.username = :user");
            params.put("user", filter.user().strip());
        }
        if (filter.from() != null) {
            sql.append(" and r.changed_at >= :from");
            params.put(
                    "from",
                    filter.from().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
        }
        if (filter.to() != null) {
            sql.append(" and r.changed_at < :to");
            params.put(
                    "to",
                    filter.to()
                            .plusDays(1)
                            .atStartOfDay()
                            .toInstant(ZoneOffset.UTC)
                            .toEpochMilli());
        }
        if (filter.type() != null) {
            sql.append(" and exists (select 1 from ")
                    .append(filter.type().table)
                    .append("_aud a where a.rev = r.id)");
        }
        sql.append(" order by r.id desc fetch first ").append(AUDIT_LIMIT).append(" rows only");
        var query = entityManager.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Map<EntityType, Integer>> counts = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            @SuppressWarnings("unchecked")
            List<Object[]> byRev = entityManager
                    .createNativeQuery(
                            "select rev, count(*) from " + type.table + "_aud where rev in (:ids) group by rev")
                    .setParameter("ids", ids)
                    .getResultList();
            for (Object[] r : byRev) {
                counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new LinkedHashMap<>())
                        .put(type, ((Number) r[1]).intValue());
            }
        }
        return rows.stream()
                .map(r -> {
                    long id = ((Number) r[0]).longValue();
                    return new AuditEntry(
                            new RevisionInfo(
                                    id,
                                    java.time.Instant.ofEpochMilli(((Number) r[1]).longValue()),
                                    (String) r[2],
                                    (String) r[3]),
                            counts.getOrDefault(id, Map.of()));
                })
                .toList();
    }

    /** What one revision changed, at most {@link #AUDIT_LIMIT} entities of each kind. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditChange> changesIn(long revision) {
        List<AuditChange> out = new ArrayList<>();
        AuditReader reader = AuditReaderFactory.get(entityManager);
        for (EntityType type : EntityType.values()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager
                    .createNativeQuery("select id, revtype from " + type.table
                            + "_aud where rev = :rev order by id fetch first " + AUDIT_LIMIT + " rows only")
                    .setParameter("rev", revision)
                    .getResultList();
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                int revtype = ((Number) r[1]).intValue();
                Kind kind = revtype == 0 ? Kind.ADDED : revtype == 1 ? Kind.CHANGED : Kind.REMOVED;
                long at = kind == Kind.REMOVED ? revision - 1 : revision;
                out.add(new AuditChange(type, label(reader, type, id, at), kind));
            }
        }
        return out;
    }

    private String label(AuditReader reader, EntityType type, long id, long revision) {
        if (revision < 1) {
            return "#" + id;
        }
        try {
            return switch (type) {
                case POSITION -> {
                    Position p = reader.find(Position.class, id, revision);
                    yield p == null
                            ? "#" + id
                            : p.getAsOf() == null
                                    ? Messages.t(
                                            "history.label.position",
                                            p.getActor().getCode(),
                                            p.getPoint().getPlan().getCode(),
                                            p.getPoint().getRef(),
                                            p.getStance().label())
                                    : Messages.t(
                                            "history.label.position-dated",
                                            p.getActor().getCode(),
                                            p.getPoint().getPlan().getCode(),
                                            p.getPoint().getRef(),
                                            p.getStance().label(),
                                            p.getAsOf());
                }
                case POINT -> {
                    Point p = reader.find(Point.class, id, revision);
                    yield p == null
                            ? "#" + id
                            : Messages.t("history.label.point", p.getPlan().getCode(), p.getRef(), p.getTitle());
                }
                case SOURCE -> {
                    Source s = reader.find(Source.class, id, revision);
                    yield s == null ? "#" + id : s.getPublisher() + " (" + s.getUrl() + ")";
                }
                case PLAN -> {
                    Plan p = reader.find(Plan.class, id, revision);
                    yield p == null ? "#" + id : p.getCode() + ": " + p.getTitle();
                }
                case ACTOR -> {
                    Actor a = reader.find(Actor.class, id, revision);
                    yield a == null ? "#" + id : a.getCode() + ": " + a.getName();
                }
                case TOPIC -> {
                    Topic t = reader.find(Topic.class, id, revision);
                    yield t == null ? "#" + id : t.getCode() + ": " + t.getName();
                }
                case PLAN_POSITION -> {
                    PlanPosition p = reader.find(PlanPosition.class, id, revision);
                    yield p == null
                            ? "#" + id
                            : Messages.t(
                                    "history.label.plan-position",
                                    p.getActor().getCode(),
                                    p.getPlan().getCode());
                }
                case DATASET -> {
                    DatasetInfo d = reader.find(DatasetInfo.class, id, revision);
                    yield d == null ? "#" + id : d.getTitle();
                }
            };
        } catch (RuntimeException e) {
            return "#" + id;
        }
    }
}
