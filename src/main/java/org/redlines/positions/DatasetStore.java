package org.redlines.positions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.redlines.access.RequiresRole;
import org.redlines.access.Role;
import org.redlines.dataset.Dataset;
import org.redlines.positions.internal.Actor;
import org.redlines.positions.internal.ActorRepository;
import org.redlines.positions.internal.AuditRevision;
import org.redlines.positions.internal.DataRevisionRepository;
import org.redlines.positions.internal.DatasetInfo;
import org.redlines.positions.internal.DatasetInfoRepository;
import org.redlines.positions.internal.EventRepository;
import org.redlines.positions.internal.NegotiationEvent;
import org.redlines.positions.internal.Plan;
import org.redlines.positions.internal.PlanPosition;
import org.redlines.positions.internal.PlanPositionRepository;
import org.redlines.positions.internal.PlanRepository;
import org.redlines.positions.internal.Point;
import org.redlines.positions.internal.PointRepository;
import org.redlines.positions.internal.Position;
import org.redlines.positions.internal.PositionRepository;
import org.redlines.positions.internal.Source;
import org.redlines.positions.internal.SourceRepository;
import org.redlines.positions.internal.Topic;
import org.redlines.positions.internal.TopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a validated dataset into the database, all of it or, on any failure, nothing. */
@Service
public class DatasetStore {

    private final PlanRepository plans;
    private final ActorRepository actors;
    private final TopicRepository topics;
    private final PointRepository points;
    private final PositionRepository positions;
    private final PlanPositionRepository planPositions;
    private final SourceRepository sources;
    private final DataRevisionRepository revisions;
    private final DatasetInfoRepository info;
    private final EventRepository events;

    @PersistenceContext
    private EntityManager entityManager;

    DatasetStore(
            PlanRepository plans,
            ActorRepository actors,
            TopicRepository topics,
            PointRepository points,
            PositionRepository positions,
            PlanPositionRepository planPositions,
            SourceRepository sources,
            DataRevisionRepository revisions,
            DatasetInfoRepository info,
            EventRepository events) {
        this.plans = plans;
        this.actors = actors;
        this.topics = topics;
        this.points = points;
        this.positions = positions;
        this.planPositions = planPositions;
        this.sources = sources;
        this.revisions = revisions;
        this.info = info;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return plans.count() == 0 && actors.count() == 0 && topics.count() == 0;
    }

    /**
     * Removes everything and writes the dataset instead, in the caller's transaction: one revision in the
     * history, all of it or nothing. Entities are removed one by one so that the history records each removal.
     */
    @RequiresRole(Role.ADMIN)
    @Transactional
    public void replaceAll(Dataset dataset, String note) {
        events.deleteAll();
        positions.deleteAll();
        planPositions.deleteAll();
        points.findAll().forEach(p -> p.getDerivedFrom().clear());
        points.flush();
        points.deleteAll();
        plans.deleteAll();
        sources.deleteAll();
        topics.deleteAll();
        actors.deleteAll();
        info.deleteAll();
        points.flush();
        save(dataset, note);
    }

    /** Writes the dataset into an empty database; {@code note} is what the history says about it. */
    @Transactional
    public void save(Dataset dataset, String note) {
        if (!isEmpty()) {
            // Only the first start loads a dataset this way; replacing data is the import's job, with its role.
            throw new IllegalStateException("The database already holds a dataset");
        }
        AuditReaderFactory.get(entityManager)
                .getCurrentRevision(AuditRevision.class, false)
                .setNote(note == null ? null : note.length() > 500 ? note.substring(0, 500) : note);
        revisions.increase();
        info.save(new DatasetInfo(dataset.title(), dataset.description()));
        Map<Dataset.SourceEntry, Source> sourceCache = new HashMap<>();
        Map<String, Actor> actorByCode = new HashMap<>();
        int i = 0;
        for (Dataset.ActorEntry a : dataset.actors()) {
            actorByCode.put(a.code(), actors.save(new Actor(a.code(), a.name(), i++)));
        }
        Map<String, Topic> topicByCode = new HashMap<>();
        i = 0;
        for (Dataset.TopicEntry t : dataset.topics()) {
            topicByCode.put(t.code(), topics.save(new Topic(t.code(), t.name(), i++)));
        }
        Map<String, Plan> planByCode = new HashMap<>();
        i = 0;
        for (Dataset.PlanEntry p : dataset.plans()) {
            Plan plan = new Plan(p.code(), p.title(), p.date(), p.origin(), p.summary(), i++);
            plan.getSources().addAll(sourcesOf(p.sources(), sourceCache));
            planByCode.put(p.code(), plans.save(plan));
        }
        Map<Dataset.PointKey, Point> pointByKey = new HashMap<>();
        i = 0;
        for (Dataset.PointEntry p : dataset.points()) {
            int order = p.order() != null ? p.order() : i;
            Point point = new Point(
                    planByCode.get(p.plan()),
                    p.ref(),
                    order,
                    p.title(),
                    p.summary(),
                    topicByCode.get(p.topic()),
                    p.note());
            point.getSources().addAll(sourcesOf(p.sources(), sourceCache));
            pointByKey.put(new Dataset.PointKey(p.plan(), p.ref()), points.save(point));
            i++;
        }
        for (Dataset.PointEntry p : dataset.points()) {
            Point point = pointByKey.get(new Dataset.PointKey(p.plan(), p.ref()));
            p.derivedFrom().forEach(key -> point.getDerivedFrom().add(pointByKey.get(key)));
        }
        i = 0;
        for (Dataset.PositionEntry e : dataset.planPositions()) {
            PlanPosition pp = new PlanPosition(
                    planByCode.get(e.plan()),
                    actorByCode.get(e.actor()),
                    e.stance(),
                    e.redLine(),
                    e.summary(),
                    e.asOf(),
                    i++);
            pp.getSources().addAll(sourcesOf(e.sources(), sourceCache));
            planPositions.save(pp);
        }
        i = 0;
        for (Dataset.PositionEntry e : dataset.positions()) {
            Position position = new Position(
                    pointByKey.get(new Dataset.PointKey(e.plan(), e.point())),
                    actorByCode.get(e.actor()),
                    e.stance(),
                    e.redLine(),
                    e.summary(),
                    e.asOf(),
                    i++);
            position.getSources().addAll(sourcesOf(e.sources(), sourceCache));
            positions.save(position);
        }
        i = 0;
        for (Dataset.EventEntry e : dataset.events()) {
            NegotiationEvent event = new NegotiationEvent(e.date(), e.title(), e.kind(), e.summary(), i++);
            e.actors().forEach(code -> event.getActors().add(actorByCode.get(code)));
            event.getSources().addAll(sourcesOf(e.sources(), sourceCache));
            events.save(event);
        }
    }

    private List<Source> sourcesOf(List<Dataset.SourceEntry> entries, Map<Dataset.SourceEntry, Source> cache) {
        return entries.stream()
                .map(s -> cache.computeIfAbsent(
                        s, k -> sources.save(new Source(k.publisher(), k.title(), k.url(), k.date(), k.grade()))))
                .toList();
    }
}
