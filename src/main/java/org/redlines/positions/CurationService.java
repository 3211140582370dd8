package org.redlines.positions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.redlines.access.RequiresRole;
import org.redlines.access.Role;
import org.redlines.dataset.Grade;
import org.redlines.positions.Drafts.EditConflictException;
import org.redlines.positions.Drafts.EventDraft;
import org.redlines.positions.Drafts.InvalidDraftException;
import org.redlines.positions.Drafts.PlanDraft;
import org.redlines.positions.Drafts.PointDraft;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.internal.AbstractEntity;
import org.redlines.positions.internal.Actor;
import org.redlines.positions.internal.ActorRepository;
import org.redlines.positions.internal.CodedEntity;
import org.redlines.positions.internal.DataRevisionRepository;
import org.redlines.positions.internal.EventRepository;
import org.redlines.positions.internal.NegotiationEvent;
import org.redlines.positions.internal.Plan;
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

/**
 * Every edit of the data. Each method checks its role itself, validates as the dataset format does, refuses an
 * edit of something that changed since the form was opened, and increases the data revision (ADR 7); Envers
 * records who changed what in the same transaction.
 */
@Service
@Transactional
public class CurationService {

    private final PlanRepository plans;
    private final ActorRepository actors;
    private final TopicRepository topics;
    private final PointRepository points;
    private final PositionRepository positions;
    private final SourceRepository sources;
    private final DataRevisionRepository revisions;
    private final EventRepository events;

    @PersistenceContext
    private EntityManager entityManager;

    CurationService(
            PlanRepository plans,
            ActorRepository actors,
            TopicRepository topics,
            PointRepository points,
            PositionRepository positions,
            SourceRepository sources,
            DataRevisionRepository revisions,
            EventRepository events) {
        this.plans = plans;
        this.actors = actors;
        this.topics = topics;
        this.points = points;
        this.positions = positions;
        this.sources = sources;
        this.revisions = revisions;
        this.events = events;
    }

    /** A stored position entry as a form edits it. */
    public record PositionEdit(long id, long version, String plan, String ref, String actorCode, PositionDraft draft) {}

    /** A stored point as a form edits it. */
    public record PointEdit(String plan, String ref, long version, PointDraft draft) {}

    /** A plan, party or topic as an administrator's form edits it. */
    public record NamedEdit(String code, long version, String name) {}

    public record PlanEdit(long version, PlanDraft draft) {}

    /** A stored event as a form edits it. */
    public record EventEdit(long id, long version, EventDraft draft) {}

    // Positions

    @RequiresRole(Role.ANALYST)
    public PositionInfo addPosition(String plan, String ref, String actorCode, PositionDraft draft) {
        check(draft.problems(true));
        Point point = points.findByKey(plan, ref).orElseThrow(() -> gone("curation.gone.point", plan, ref));
        Actor actor = actors.findByCode(actorCode).orElseThrow(() -> gone("curation.gone.party", actorCode));
        revisions.increase();
        Position position = new Position(
                point,
                actor,
                draft.stance(),
                draft.redLine(),
                draft.summary().strip(),
                draft.asOf(),
                positions.maxSeq() + 1);
        position.getSources().addAll(stored(draft.sources()));
        return info(positions.saveAndFlush(position));
    }

    @RequiresRole(Role.ANALYST)
    @Transactional(readOnly = true)
    public PositionEdit positionForEdit(long id) {
        return edit(positions.findById(id).orElseThrow(() -> gone("curation.gone.position")));
    }

    @RequiresRole(Role.ANALYST)
    public PositionInfo correctPosition(long id, long version, PositionDraft draft) {
        Position position = forChange(
                positions.findById(id),
                Phrase.of("curation.gone.position"),
                version,
                Phrase.of("curation.conflict.position"),
                this::edit,
                p -> draft.problems(p.getAsOf() != null));
        position.correct(draft.stance(), draft.redLine(), draft.summary().strip(), draft.asOf());
        replaceSources(position.getSources(), stored(draft.sources()));
        return info(positions.saveAndFlush(position));
    }

    private PositionEdit edit(Position p) {
        return new PositionEdit(
                p.getId(),
                p.getVersion(),
                p.getPoint().getPlan().getCode(),
                p.getPoint().getRef(),
                p.getActor().getCode(),
                new PositionDraft(
                        p.getStance(),
                        p.isRedLine(),
                        p.getSummary(),
                        p.getAsOf(),
                        p.getSources().stream().map(CurationService::info).toList()));
    }

    private static PositionInfo info(Position p) {
        return new PositionInfo(
                p.getId(),
                p.getPoint().getPlan().getCode(),
                p.getPoint().getRef(),
                p.getActor().getCode(),
                p.getStance(),
                p.isRedLine(),
                p.getSummary(),
                p.getAsOf(),
                p.getSeq(),
                p.getSources().size());
    }

    // Points

    @RequiresRole(Role.ANALYST)
    @Transactional(readOnly = true)
    public PointEdit pointForEdit(String plan, String ref) {
        return edit(points.findByKey(plan, ref).orElseThrow(() -> gone("curation.gone.point", plan, ref)));
    }

    @RequiresRole(Role.ANALYST)
    public PointEdit editPoint(String plan, String ref, long version, PointDraft draft) {
        Point point = forChange(
                points.findByKey(plan, ref),
                Phrase.of("curation.gone.point", plan, ref),
                version,
                Phrase.of("curation.conflict.point"),
                this::edit,
                p -> draft.problems());
        Topic topic = topics.findByCode(draft.topicCode())
                .orElseThrow(() ->
                        new InvalidDraftException(Map.of("topic", Phrase.of("curation.no-topic", draft.topicCode()))));
        point.edit(draft.title().strip(), draft.summary().strip(), topic, blankToNull(draft.note()));
        replaceSources(point.getSources(), stored(draft.sources()));
        return edit(points.saveAndFlush(point));
    }

    private PointEdit edit(Point p) {
        return new PointEdit(
                p.getPlan().getCode(),
                p.getRef(),
                p.getVersion(),
                new PointDraft(
                        p.getTitle(),
                        p.getSummary(),
                        p.getTopic().getCode(),
                        p.getNote(),
                        p.getSources().stream().map(CurationService::info).toList()));
    }

    // Events

    @RequiresRole(Role.ANALYST)
    public EventEdit addEvent(EventDraft draft) {
        check(eventProblems(draft, null));
        revisions.increase();
        NegotiationEvent event = new NegotiationEvent(
                draft.date(), draft.title().strip(), draft.kind(), blankToNull(draft.summary()), events.maxSeq() + 1);
        event.getActors().addAll(actorsOf(draft.actors()));
        event.getSources().addAll(stored(draft.sources()));
        return edit(events.saveAndFlush(event));
    }

    @RequiresRole(Role.ANALYST)
    @Transactional(readOnly = true)
    public EventEdit eventForEdit(long id) {
        return edit(events.findById(id).orElseThrow(() -> gone("curation.gone.event")));
    }

    @RequiresRole(Role.ANALYST)
    public EventEdit correctEvent(long id, long version, EventDraft draft) {
        NegotiationEvent event = forChange(
                events.findById(id),
                Phrase.of("curation.gone.event"),
                version,
                Phrase.of("curation.conflict.event"),
                this::edit,
                e -> eventProblems(draft, e.getId()));
        event.edit(draft.date(), draft.title().strip(), draft.kind(), blankToNull(draft.summary()));
        List<Actor> wanted = actorsOf(draft.actors());
        if (!event.getActors().equals(wanted)) {
            event.getActors().clear();
            event.getActors().addAll(wanted);
        }
        replaceSources(event.getSources(), stored(draft.sources()));
        return edit(events.saveAndFlush(event));
    }

    /** Removes an event, unless someone changed it after the form was opened; the history keeps it. */
    @RequiresRole(Role.ANALYST)
    public void deleteEvent(long id, long version) {
        NegotiationEvent event = forChange(
                events.findById(id),
                Phrase.of("curation.gone.event"),
                version,
                Phrase.of("curation.conflict.event"),
                this::edit,
                e -> Map.of());
        events.delete(event);
        events.flush();
    }

    /** What is wrong with an event draft, the rules of the format and a duplicate of another event; {@code self}: its id. */
    @RequiresRole(Role.ANALYST)
    @Transactional(readOnly = true)
    public Map<String, Phrase> eventProblems(EventDraft draft, Long self) {
        Map<String, Phrase> problems = new LinkedHashMap<>(draft.problems());
        if (draft.date() != null && draft.title() != null) {
            events.findByDateAndTitle(draft.date(), draft.title().strip())
                    .filter(other -> !other.getId().equals(self))
                    .ifPresent(other -> problems.put(
                            "title",
                            Phrase.of(
                                    "curation.event-exists",
                                    draft.date(),
                                    draft.title().strip())));
        }
        for (String code : draft.actors() == null ? List.<String>of() : draft.actors()) {
            if (actors.findByCode(code).isEmpty()) {
                problems.putIfAbsent("actors", Phrase.of("curation.no-party", code));
            }
        }
        return problems;
    }

    private List<Actor> actorsOf(List<String> codes) {
        return (codes == null ? List.<String>of() : codes)
                .stream().map(code -> actors.findByCode(code).orElseThrow()).toList();
    }

    private EventEdit edit(NegotiationEvent e) {
        return new EventEdit(
                e.getId(),
                e.getVersion(),
                new EventDraft(
                        e.getDate(),
                        e.getTitle(),
                        e.getKind(),
                        e.getActors().stream().map(Actor::getCode).toList(),
                        e.getSummary(),
                        e.getSources().stream().map(CurationService::info).toList()));
    }

    // Plans, parties and topics

    @RequiresRole(Role.ADMIN)
    @Transactional(readOnly = true)
    public PlanEdit planForEdit(String code) {
        return edit(plans.findByCode(code).orElseThrow(() -> gone("curation.gone.plan", code)));
    }

    @RequiresRole(Role.ADMIN)
    public void editPlan(String code, long version, PlanDraft draft) {
        Plan plan = forChange(
                plans.findByCode(code),
                Phrase.of("curation.gone.plan", code),
                version,
                Phrase.of("curation.conflict.plan"),
                this::edit,
                p -> draft.problems());
        plan.edit(draft.title().strip(), draft.date(), blankToNull(draft.origin()), blankToNull(draft.summary()));
        plans.saveAndFlush(plan);
    }

    private PlanEdit edit(Plan plan) {
        return new PlanEdit(
                plan.getVersion(),
                new PlanDraft(plan.getCode(), plan.getTitle(), plan.getDate(), plan.getOrigin(), plan.getSummary()));
    }

    /**
     * A new plan; with {@code basedOn}, it starts with a copy of that plan's points, each derived from the point
     * it copies, so that the lineage between the versions is there from the start.
     */
    @RequiresRole(Role.ADMIN)
    public void addPlan(PlanDraft draft, String basedOn) {
        Map<String, Phrase> problems = new LinkedHashMap<>(draft.problems());
        if (draft.code() != null && plans.findByCode(draft.code()).isPresent()) {
            problems.put("code", Phrase.of("curation.plan-exists", draft.code()));
        }
        check(problems);
        revisions.increase();
        Plan plan = plans.save(new Plan(
                draft.code(),
                draft.title().strip(),
                draft.date(),
                blankToNull(draft.origin()),
                blankToNull(draft.summary()),
                plans.maxSortOrder() + 1));
        if (basedOn != null) {
            Plan base = plans.findByCode(basedOn).orElseThrow(() -> gone("curation.gone.plan", basedOn));
            if (base.getDate().isAfter(draft.date())) {
                throw new InvalidDraftException(
                        Map.of("date", Phrase.of("curation.plan-before-base", basedOn, base.getDate())));
            }
            for (Point original : points.findByPlan(basedOn)) {
                Point copy = new Point(
                        plan,
                        original.getRef(),
                        original.getSortOrder(),
                        original.getTitle(),
                        original.getSummary(),
                        original.getTopic(),
                        original.getNote());
                copy.getDerivedFrom().add(original);
                copy.getSources().addAll(original.getSources());
                points.save(copy);
            }
        }
        plans.flush();
    }

    @RequiresRole(Role.ADMIN)
    @Transactional(readOnly = true)
    public NamedEdit actorForEdit(String code) {
        return named(actors.findByCode(code).orElseThrow(() -> gone("curation.gone.party", code)));
    }

    @RequiresRole(Role.ADMIN)
    public void renameActor(String code, long version, String name) {
        rename(actors.findByCode(code), "curation.gone.party", "curation.conflict.party", code, version, name);
    }

    @RequiresRole(Role.ADMIN)
    @Transactional(readOnly = true)
    public NamedEdit topicForEdit(String code) {
        return named(topics.findByCode(code).orElseThrow(() -> gone("curation.gone.topic", code)));
    }

    @RequiresRole(Role.ADMIN)
    public void renameTopic(String code, long version, String name) {
        rename(topics.findByCode(code), "curation.gone.topic", "curation.conflict.topic", code, version, name);
    }

    private void rename(
            Optional<? extends CodedEntity> found,
            String gone,
            String conflict,
            String code,
            long version,
            String name) {
        CodedEntity entity = forChange(
                found,
                Phrase.of(gone, code),
                version,
                Phrase.of(conflict),
                CurationService::named,
                e -> Drafts.name(name));
        entity.setName(name.strip());
        entityManager.flush();
    }

    private static NamedEdit named(CodedEntity e) {
        return new NamedEdit(e.getCode(), e.getVersion(), e.getName());
    }

    // The steps every change of a stored entry takes

    /**
     * The entry to change: refused when it is gone or when someone saved it after the form was opened (with what
     * is stored now), or when the draft breaks a rule; otherwise counted as a new data revision (ADR 7).
     */
    private <E extends AbstractEntity> E forChange(
            Optional<E> found,
            Phrase gone,
            long version,
            Phrase conflict,
            Function<E, Object> stored,
            Function<E, Map<String, Phrase>> problems) {
        E entity = found.orElseThrow(() -> new EditConflictException(gone, null));
        if (entity.getVersion() != version) {
            throw new EditConflictException(conflict, stored.apply(entity));
        }
        check(problems.apply(entity));
        revisions.increase();
        return entity;
    }

    /** The sources as stored rows: an identical source already stored is reused, others are added. */
    private List<Source> stored(List<SourceInfo> wanted) {
        List<Source> out = new ArrayList<>();
        for (SourceInfo s : wanted == null ? List.<SourceInfo>of() : wanted) {
            SourceInfo clean = new SourceInfo(
                    s.publisher().strip(),
                    blankToNull(s.title()),
                    s.url().strip(),
                    s.date(),
                    s.grade() == null
                            ? null
                            : Grade.parse(s.grade()).map(Grade::code).orElse(null));
            Source found = sources.findByUrl(clean.url()).stream()
                    .filter(x -> info(x).equals(clean))
                    .findFirst()
                    .orElseGet(() -> sources.save(
                            new Source(clean.publisher(), clean.title(), clean.url(), clean.date(), clean.grade())));
            out.add(found);
        }
        return out;
    }

    /** Replaces the list only when it changes, so that an unchanged list records no change in the history. */
    private static void replaceSources(List<Source> current, List<Source> wanted) {
        List<Long> now = current.stream().map(Source::getId).toList();
        if (!now.equals(wanted.stream().map(Source::getId).toList())) {
            current.clear();
            current.addAll(wanted);
        }
    }

    static SourceInfo info(Source s) {
        return new SourceInfo(s.getPublisher(), s.getTitle(), s.getUrl(), s.getDate(), s.getGrade());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void check(Map<String, Phrase> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
    }

    /** Refuses an edit of something removed meanwhile; the phrase says what is gone. */
    private static EditConflictException gone(String key, Object... args) {
        return new EditConflictException(Phrase.of(key, args), null);
    }
}
