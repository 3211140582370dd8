package org.redlines.positions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.redlines.positions.internal.Actor;
import org.redlines.positions.internal.AuditRevision;
import org.redlines.positions.internal.NegotiationEvent;
import org.redlines.positions.internal.Point;
import org.redlines.positions.internal.PointRepository;
import org.redlines.positions.internal.Position;
import org.redlines.positions.internal.Source;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed one position or point, when, and what: its recorded revisions from the Envers history, each with the
 * fields that differ from the revision before. Fields are named by code and hold typed values (a stance, a date,
 * a list of sources), which the history dialog puts into words.
 */
@Service
// One snapshot per read: a write committed halfway through never mixes old and new rows (ADR 11).
@Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
public class HistoryService {

    /** The fields a position's history compares, in the order the dialog lists them. */
    public static final String STANCE = "stance";

    public static final String RED_LINE = "red-line";
    public static final String SUMMARY = "summary";
    public static final String AS_OF = "as-of";
    public static final String SOURCES = "sources";
    public static final String TITLE = "title";
    public static final String TOPIC = "topic";
    public static final String NOTE = "note";
    public static final String DATE = "date";
    public static final String KIND = "kind";
    public static final String PARTIES = "parties";

    public enum Kind {
        ADDED,
        CHANGED,
        REMOVED
    }

    /** A field that a revision changed: its code, and its value before and after (null when there was none). */
    public record FieldChange(String field, Object before, Object after) {}

    /** One revision of one entity: what it was changed to, compared with the revision before. */
    public record HistoryItem(RevisionInfo revision, Kind kind, List<FieldChange> changes) {}

    @PersistenceContext
    private EntityManager entityManager;

    private final PointRepository points;

    HistoryService(PointRepository points) {
        this.points = points;
    }

    public List<HistoryItem> ofPosition(long id) {
        return history(Position.class, id, p -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put(STANCE, p.getStance());
            f.put(RED_LINE, p.isRedLine());
            f.put(SUMMARY, p.getSummary());
            f.put(AS_OF, p.getAsOf());
            f.put(SOURCES, sources(p.getSources()));
            return f;
        });
    }

    public List<HistoryItem> ofPoint(String plan, String ref) {
        return points.findByKey(plan, ref)
                .map(point -> history(Point.class, point.getId(), p -> {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put(TITLE, p.getTitle());
                    f.put(SUMMARY, p.getSummary());
                    f.put(TOPIC, p.getTopic() == null ? null : p.getTopic().getName());
                    f.put(NOTE, p.getNote());
                    f.put(SOURCES, sources(p.getSources()));
                    return f;
                }))
                .orElse(List.of());
    }

    public List<HistoryItem> ofEvent(long id) {
        return history(NegotiationEvent.class, id, e -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put(DATE, e.getDate());
            f.put(TITLE, e.getTitle());
            f.put(KIND, e.getKind());
            f.put(PARTIES, e.getActors().stream().map(Actor::getName).toList());
            f.put(SUMMARY, e.getSummary());
            f.put(SOURCES, sources(e.getSources()));
            return f;
        });
    }

    private <T> List<HistoryItem> history(Class<T> type, long id, Function<T, Map<String, Object>> fields) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryItem> out = new ArrayList<>();
        Map<String, Object> before = Map.of();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T entity = (T) row[0];
            RevisionInfo revision = ((AuditRevision) row[1]).info();
            if (row[2] == RevisionType.DEL) {
                out.add(new HistoryItem(revision, Kind.REMOVED, List.of()));
                before = Map.of();
                continue;
            }
            Map<String, Object> now = fields.apply(entity);
            List<FieldChange> changes = new ArrayList<>();
            for (Map.Entry<String, Object> e : now.entrySet()) {
                Object old = before.get(e.getKey());
                if (!Objects.equals(empty(old), empty(e.getValue()))) {
                    changes.add(new FieldChange(e.getKey(), old, e.getValue()));
                }
            }
            out.add(new HistoryItem(revision, row[2] == RevisionType.ADD ? Kind.ADDED : Kind.CHANGED, changes));
            before = now;
        }
        return out.reversed();
    }

    /** No value and an empty text are the same to a reader. */
    private static Object empty(Object value) {
        return value == null ? "" : value;
    }

    private static List<SourceInfo> sources(List<Source> sources) {
        return sources.stream().map(CurationService::info).toList();
    }
}
