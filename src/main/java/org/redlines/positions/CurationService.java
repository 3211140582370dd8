package org.redlines.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.redlines.i18n.Messages;
import org.redlines.positions.Drafts.EditConflictException;
import org.redlines.positions.Drafts.InvalidDraftException;
import org.redlines.positions.Drafts.PlanDraft;
import org.redlines.positions.Drafts.PointDraft;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.internal.ActorRepository;
import org.redlines.positions.internal.DataRevisionRepository;
import org.redlines.positions.internal.PlanRepository;
import org.redlines.positions.internal.PointRepository;
import org.redlines.positions.internal.PositionRepository;
import org.redlines.positions.internal.SourceRepository;
import org.redlines.positions.internal.TopicRepository;
import org.springframework.security.access.prepost.PreAuthorize;
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

    CurationService(
            PlanRepository plans,
            ActorRepository actors,
            TopicRepository topics,
            PointRepository points,
            PositionRepository positions,
            SourceRepository sources,
            DataRevisionRepository revisions) {
        this.plans = plans;
        this.actors = actors;
        this.topics = topics;
        this.points = points;
        this.positions = positions;
        this.sources = sources;
        this.revisions = revisions;
    }

    /** A stored position entry as a form edits it. */
    public record PositionEdit(long id, long version, String plan, String ref, String actorCode, PositionDraft draft) {}

    /** A stored point as a form edits it. */
    public record PointEdit(String plan, String ref, long version, PointDraft draft) {}

    /** A stored source as a form edits it. */
    public record SourceEdit(long id, long version, SourceInfo source) {}

    /** A plan, party or topic as an administrator's form edits it. */
    public record NamedEdit(String code, long version, String name) {}

    public record PlanEdit(long version, PlanDraft draft) {}

    // Positions

    @PreAuthorize("hasRole('ANALYST')")
    public PositionInfo addPosition(String plan, String ref, String actorCode, PositionDraft draft) {
        check(draft.problems(true));
        Point point = points.findByKey(plan, ref).orElseThrow(() -> gone(Messages.t("curation.gone.point", plan, ref)));
        Actor actor =
                actors.findByCode(actorCode).orElseThrow(() -> gone(Messages.t("curation.gone.party", actorCode)));
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
        Position saved = positions.saveAndFlush(position);
        return info(saved);
    }

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public PositionEdit positionForEdit(long id) {
        return edit(positions.findById(id).orElseThrow(() -> gone(Messages.t("curation.gone.position"))));
    }

    @PreAuthorize("hasRole('ANALYST')")
    public PositionInfo correctPosition(long id, long version, PositionDraft draft) {
        Position position = positions.findById(id).orElseThrow(() -> gone(Messages.t("curation.gone.position")));
        if (position.getVersion() != version) {
            throw new EditConflictException(Messages.t("curation.conflict.position"), edit(position));
        }
        check(draft.problems(position.getAsOf() != null));
        revisions.increase();
        position.correct(draft.stance(), draft.redLine(), draft.summary().strip(), draft.asOf());
        List<Source> wanted = stored(draft.sources());
        if (!sameSources(position.getSources(), wanted)) {
            position.getSources().clear();
            position.getSources().addAll(wanted);
        }
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

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public PointEdit pointForEdit(String plan, String ref) {
        return edit(points.findByKey(plan, ref).orElseThrow(() -> gone(Messages.t("curation.gone.point", plan, ref))));
    }

    @PreAuthorize("hasRole('ANALYST')")
    public PointEdit editPoint(String plan, String ref, long version, PointDraft draft) {
        Point point = points.findByKey(plan, ref).orElseThrow(() -> gone(Messages.t("curation.gone.point", plan, ref)));
        if (point.getVersion() != version) {
            throw new EditConflictException(Messages.t("curation.conflict.point"), edit(point));
        }
        check(draft.problems());
        Topic topic = topics.findByCode(draft.topicCode())
                .orElseThrow(() ->
                        new InvalidDraftException(Map.of("topic", Messages.t("curation.no-topic", draft.topicCode()))));
        revisions.increase();
        point.edit(draft.title().strip(), draft.summary().strip(), topic, blankToNull(draft.note()));
        List<Source> wanted = stored(draft.sources());
        if (!sameSources(point.getSources(), wanted)) {
            point.getSources().clear();
            point.getSources().addAll(wanted);
        }
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

    // Sources

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public List<SourceEdit> sourcesForEdit(String url) {
        return sources.findByUrl(url).stream()
                .map(s -> new SourceEdit(s.getId(), s.getVersion(), info(s)))
                .toList();
    }

    /** Corrects a source everywhere it is cited. */
    @PreAuthorize("hasRole('ANALYST')")
    public SourceEdit editSource(long id, long version, SourceInfo draft) {
        Source source = sources.findById(id).orElseThrow(() -> gone(Messages.t("curation.gone.source")));
        if (source.getVersion() != version) {
            throw new EditConflictException(
                    Messages.t("curation.conflict.source"), new SourceEdit(id, source.getVersion(), info(source)));
        }
        check(Drafts.source(draft));
        revisions.increase();
        source.edit(
                draft.publisher().strip(),
                blankToNull(draft.title()),
                draft.url().strip(),
                draft.date());
        Source saved = sources.saveAndFlush(source);
        return new SourceEdit(saved.getId(), saved.getVersion(), info(saved));
    }

    // Plans, parties and topics

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public PlanEdit planForEdit(String code) {
        Plan plan = plans.findByCode(code).orElseThrow(() -> gone(Messages.t("curation.gone.plan", code)));
        return new PlanEdit(
                plan.getVersion(),
                new PlanDraft(plan.getCode(), plan.getTitle(), plan.getDate(), plan.getOrigin(), plan.getSummary()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void editPlan(String code, long version, PlanDraft draft) {
        Plan plan = plans.findByCode(code).orElseThrow(() -> gone(Messages.t("curation.gone.plan", code)));
        if (plan.getVersion() != version) {
            throw new EditConflictException(Messages.t("curation.conflict.plan"), planForEdit(code));
        }
        check(draft.problems());
        revisions.increase();
        plan.edit(draft.title().strip(), draft.date(), blankToNull(draft.origin()), blankToNull(draft.summary()));
        plans.saveAndFlush(plan);
    }

    /**
     * A new plan; with {@code basedOn}, it starts with a copy of that plan's points, each derived from the point
     * it copies, so that the lineage between the versions is there from the start.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void addPlan(PlanDraft draft, String basedOn) {
        Map<String, String> problems = new java.util.LinkedHashMap<>(draft.problems());
        if (draft.code() != null && plans.findByCode(draft.code()).isPresent()) {
            problems.put("code", Messages.t("curation.plan-exists", draft.code()));
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
            Plan base = plans.findByCode(basedOn).orElseThrow(() -> gone(Messages.t("curation.gone.plan", basedOn)));
            if (base.getDate().isAfter(draft.date())) {
                throw new InvalidDraftException(
                        Map.of("date", Messages.t("curation.plan-before-base", basedOn, base.getDate())));
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

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public NamedEdit actorForEdit(String code) {
        Actor a = actors.findByCode(code).orElseThrow(() -> gone(Messages.t("curation.gone.party", code)));
        return new NamedEdit(a.getCode(), a.getVersion(), a.getName());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void renameActor(String code, long version, String name) {
        Actor actor = actors.findByCode(code).orElseThrow(() -> gone(Messages.t("curation.gone.party", code)));
        if (actor.getVersion() != version) {
            throw new EditConflictException(
                    Messages.t("curation.conflict.party"), new NamedEdit(code, actor.getVersion(), actor.getName()));
        }
        check(Drafts.name(name));
        revisions.increase();
        actor.setName(name.strip());
        actors.saveAndFlush(actor);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public NamedEdit topicForEdit(String code) {
        Topic t = topics.findByCode(code).orElseThrow(() -> gone(Messages.t("curation.gone.topic", code)));
        return new NamedEdit(t.getCode(), t.getVersion(), t.getName());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void renameTopic(String code, long version, String name) {
        Topic topic = topics.findByCode(code).orElseThrow(() -> gone(Messages.t("curation.gone.topic", code)));
        if (topic.getVersion() != version) {
            throw new EditConflictException(
                    Messages.t("curation.conflict.topic"), new NamedEdit(code, topic.getVersion(), topic.getName()));
        }
        check(Drafts.name(name));
        revisions.increase();
        topic.setName(name.strip());
        topics.saveAndFlush(topic);
    }

    // Helpers

    /** The sources as stored rows: an identical source already stored is reused, others are added. */
    private List<Source> stored(List<SourceInfo> wanted) {
        List<Source> out = new ArrayList<>();
        for (SourceInfo s : wanted == null ? List.<SourceInfo>of() : wanted) {
            SourceInfo clean = new SourceInfo(
                    s.publisher().strip(), blankToNull(s.title()), s.url().strip(), s.date());
            Source found = sources.findByUrl(clean.url()).stream()
                    .filter(x -> info(x).equals(clean))
                    .findFirst()
                    .orElseGet(() ->
                            sources.save(new Source(clean.publisher(), clean.title(), clean.url(), clean.date())));
            out.add(found);
        }
        return out;
    }

    private static boolean sameSources(List<Source> a, List<Source> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(a.get(i).getId(), b.get(i).getId())) {
                return false;
            }
        }
        return true;
    }

    static SourceInfo info(Source s) {
        return new SourceInfo(s.getPublisher(), s.getTitle(), s.getUrl(), s.getDate());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void check(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
    }

    /** Refuses an edit of something removed meanwhile; {@code message} says what is gone. */
    private static EditConflictException gone(String message) {
        return new EditConflictException(message, null);
    }
}
