package org.redlines.positions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.redlines.access.RequiresRole;
import org.redlines.access.Role;
import org.redlines.positions.Drafts.EditConflictException;
import org.redlines.positions.Drafts.EventDraft;
import org.redlines.positions.Drafts.InvalidDraftException;
import org.redlines.positions.Drafts.PointDraft;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.internal.ActorRepository;
import org.redlines.positions.internal.AuditRevision;
import org.redlines.positions.internal.PendingChange;
import org.redlines.positions.internal.PendingChangeRepository;
import org.redlines.positions.internal.PointRepository;
import org.redlines.positions.internal.PositionRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Review before publishing (ADR 23). Forms and the API send every change of the data here. With
 * {@code redlines.review.required=false} (the default) it is published at once through {@link CurationService};
 * with {@code true} it is checked by the same rules and kept as a draft, which viewers, exports, feeds and frozen
 * links never see, until another analyst or an administrator approves it (then it is applied as that change, in the
 * author's name, with the reviewer in the history's note) or rejects it with a reason the author reads. Nobody
 * approves their own change, and a draft over a published value that changed since is a conflict, never applied.
 */
@Service
@Transactional
public class ReviewService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_REASON = 1000;

    private final CurationService curation;
    private final PendingChangeRepository changes;
    private final PointRepository points;
    private final PositionRepository positions;
    private final ActorRepository actors;
    private final boolean required;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    ReviewService(
            CurationService curation,
            PendingChangeRepository changes,
            PointRepository points,
            PositionRepository positions,
            ActorRepository actors,
            @Value("${redlines.review.required:false}") boolean required,
            Optional<Clock> clock) {
        this.curation = curation;
        this.changes = changes;
        this.points = points;
        this.positions = positions;
        this.actors = actors;
        this.required = required;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Whether changes wait for review before they are published. */
    public boolean required() {
        return required;
    }

    // Sending changes

    @RequiresRole(Role.ANALYST)
    public Submission<PositionInfo> addPosition(String plan, String ref, String actor, PositionDraft draft) {
        if (!required) {
            return Submission.published(curation.addPosition(plan, ref, actor, draft));
        }
        check(draft.problems(true));
        points.findByKey(plan, ref).orElseThrow(() -> gone("curation.gone.point", plan, ref));
        actors.findByCode(actor).orElseThrow(() -> gone("curation.gone.party", actor));
        return keep(ChangeKind.ADD_POSITION, plan, ref, actor, null, cellState(plan, ref, actor), draft);
    }

    @RequiresRole(Role.ANALYST)
    public Submission<PositionInfo> correctPosition(long id, long version, PositionDraft draft) {
        if (!required) {
            return Submission.published(curation.correctPosition(id, version, draft));
        }
        CurationService.PositionEdit stored = curation.positionForEdit(id);
        if (stored.version() != version) {
            throw new EditConflictException(Phrase.of("curation.conflict.position"), stored);
        }
        check(draft.problems(stored.draft().asOf() != null));
        return keep(
                ChangeKind.CORRECT_POSITION,
                stored.plan(),
                stored.ref(),
                stored.actorCode(),
                id,
                String.valueOf(version),
                draft);
    }

    @RequiresRole(Role.ANALYST)
    public Submission<Void> editPoint(String plan, String ref, long version, PointDraft draft) {
        if (!required) {
            curation.editPoint(plan, ref, version, draft);
            return Submission.published(null);
        }
        CurationService.PointEdit stored = curation.pointForEdit(plan, ref);
        if (stored.version() != version) {
            throw new EditConflictException(Phrase.of("curation.conflict.point"), stored);
        }
        check(draft.problems());
        return keep(ChangeKind.EDIT_POINT, plan, ref, null, null, String.valueOf(version), draft);
    }

    @RequiresRole(Role.ANALYST)
    public Submission<Void> addEvent(EventDraft draft) {
        if (!required) {
            curation.addEvent(draft);
            return Submission.published(null);
        }
        check(curation.eventProblems(draft, null));
        return keep(ChangeKind.ADD_EVENT, null, null, null, null, null, draft);
    }

    @RequiresRole(Role.ANALYST)
    public Submission<Void> correctEvent(long id, long version, EventDraft draft) {
        if (!required) {
            curation.correctEvent(id, version, draft);
            return Submission.published(null);
        }
        CurationService.EventEdit stored = curation.eventForEdit(id);
        if (stored.version() != version) {
            throw new EditConflictException(Phrase.of("curation.conflict.event"), stored);
        }
        check(curation.eventProblems(draft, id));
        return keep(ChangeKind.CORRECT_EVENT, null, null, null, id, String.valueOf(version), draft);
    }

    @RequiresRole(Role.ANALYST)
    public Submission<Void> deleteEvent(long id, long version) {
        if (!required) {
            curation.deleteEvent(id, version);
            return Submission.published(null);
        }
        CurationService.EventEdit stored = curation.eventForEdit(id);
        if (stored.version() != version) {
            throw new EditConflictException(Phrase.of("curation.conflict.event"), stored);
        }
        return keep(ChangeKind.DELETE_EVENT, null, null, null, id, String.valueOf(version), null);
    }

    private <T> Submission<T> keep(
            ChangeKind kind, String plan, String ref, String actor, Long target, String base, Object draft) {
        PendingChange change = changes.save(new PendingChange(
                kind, plan, ref, actor, target, base, JSON.writeValueAsString(draft), user(), clock.instant()));
        return Submission.pending(change.getId());
    }

    // Reading drafts

    /** Drafts waiting for review, oldest first; only those on these parties and plans when given. */
    @RequiresRole(Role.ANALYST)
    @Transactional(readOnly = true)
    public List<DraftInfo> pending(Collection<String> actorCodes, Collection<String> planCodes) {
        return changes.findByStatusOrderByCreatedAtAscIdAsc(ReviewStatus.PENDING).stream()
                .filter(c -> actorCodes.isEmpty() || actorCodes.contains(c.getActor()))
                .filter(c -> planCodes.isEmpty() || planCodes.contains(c.getPlan()))
                .map(this::info)
                .toList();
    }

    /** Drafts waiting on one plan's points, for the marks in the matrix and on the point page. */
    @RequiresRole(Role.ANALYST)
    @Transactional(readOnly = true)
    public List<DraftInfo> pendingOnPlan(String plan) {
        return changes.findByStatusAndPlanOrderByCreatedAtAscIdAsc(ReviewStatus.PENDING, plan).stream()
                .map(this::info)
                .toList();
    }

    /** The signed-in user's own drafts, newest first, with what their reviewers decided. */
    @RequiresRole(Role.ANALYST)
    @Transactional(readOnly = true)
    public List<DraftInfo> mine() {
        return changes.findByAuthorOrderByCreatedAtDescIdDesc(user()).stream()
                .map(this::info)
                .toList();
    }

    @RequiresRole(Role.ANALYST)
    @Transactional(readOnly = true)
    public long pendingCount() {
        return changes.countByStatus(ReviewStatus.PENDING);
    }

    // Reviewing

    /**
     * Publishes a draft as the change it is, attributed to its author with the reviewer in the history's note.
     * Refused for one's own draft, for a draft someone reviewed meanwhile, and for a conflict.
     */
    @RequiresRole(Role.ANALYST)
    public DraftInfo approve(long id, long version) {
        PendingChange change = forReview(id, version);
        String reviewer = user();
        if (change.getAuthor().equals(reviewer)) {
            throw new ReviewRefusedException(Phrase.of("review.own"));
        }
        if (conflict(change)) {
            throw new EditConflictException(Phrase.of("review.conflict"), info(change));
        }
        apply(change);
        AuditRevision revision = AuditReaderFactory.get(entityManager).getCurrentRevision(AuditRevision.class, true);
        revision.attribute(change.getAuthor(), RevisionNotes.approved(reviewer, change.getId()));
        change.approve(reviewer, clock.instant(), revision.getId());
        return info(changes.saveAndFlush(change));
    }

    /** Sends a draft back with a reason its author reads; the author may also withdraw their own this way. */
    @RequiresRole(Role.ANALYST)
    public DraftInfo reject(long id, long version, String reason) {
        PendingChange change = forReview(id, version);
        if (reason == null || reason.isBlank()) {
            throw new InvalidDraftException(Map.of("reason", Phrase.of("review.reason-required")));
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidDraftException(Map.of(
                    "reason",
                    Phrase.of("draft.too-long", MAX_REASON, reason.strip().length())));
        }
        change.reject(user(), clock.instant(), reason.strip());
        return info(changes.saveAndFlush(change));
    }

    private PendingChange forReview(long id, long version) {
        PendingChange change =
                changes.findById(id).orElseThrow(() -> new EditConflictException(Phrase.of("review.gone"), null));
        if (change.getVersion() != version || change.getStatus() != ReviewStatus.PENDING) {
            throw new EditConflictException(Phrase.of("review.reviewed", change.getReviewer()), info(change));
        }
        return change;
    }

    private void apply(PendingChange c) {
        long base = c.getBase() == null || !c.getBase().chars().allMatch(Character::isDigit)
                ? -1
                : Long.parseLong(c.getBase());
        switch (c.getKind()) {
            case ADD_POSITION ->
                curation.addPosition(c.getPlan(), c.getRef(), c.getActor(), draft(c, PositionDraft.class));
            case CORRECT_POSITION -> curation.correctPosition(c.getTargetId(), base, draft(c, PositionDraft.class));
            case EDIT_POINT -> curation.editPoint(c.getPlan(), c.getRef(), base, draft(c, PointDraft.class));
            case ADD_EVENT -> curation.addEvent(draft(c, EventDraft.class));
            case CORRECT_EVENT -> curation.correctEvent(c.getTargetId(), base, draft(c, EventDraft.class));
            case DELETE_EVENT -> curation.deleteEvent(c.getTargetId(), base);
        }
    }

    /** Whether the published value the draft was made over has changed since (or is gone). */
    private boolean conflict(PendingChange c) {
        return !Objects.equals(c.getBase(), currentBase(c));
    }

    private String currentBase(PendingChange c) {
        try {
            return switch (c.getKind()) {
                case ADD_POSITION -> cellState(c.getPlan(), c.getRef(), c.getActor());
                case CORRECT_POSITION ->
                    String.valueOf(curation.positionForEdit(c.getTargetId()).version());
                case EDIT_POINT ->
                    String.valueOf(
                            curation.pointForEdit(c.getPlan(), c.getRef()).version());
                case ADD_EVENT -> null;
                case CORRECT_EVENT, DELETE_EVENT ->
                    String.valueOf(curation.eventForEdit(c.getTargetId()).version());
            };
        } catch (EditConflictException gone) {
            return "gone";
        }
    }

    /** The cell's newest entry as "id:version", or "none": a new entry is made over what the cell showed. */
    private String cellState(String plan, String ref, String actor) {
        return newest(plan, ref, actor)
                .map(p -> p.id() + ":" + curation.positionForEdit(p.id()).version())
                .orElse("none");
    }

    private Optional<PositionInfo> newest(String plan, String ref, String actor) {
        return positions.findInfoByPoint(plan, ref).stream()
                .filter(p -> p.actorCode().equals(actor))
                .max(MatrixEngine.HISTORY_ORDER);
    }

    private DraftInfo info(PendingChange c) {
        boolean pending = c.getStatus() == ReviewStatus.PENDING;
        return new DraftInfo(
                c.getId(),
                c.getVersion(),
                c.getKind(),
                c.getPlan(),
                c.getRef(),
                c.getActor(),
                c.getTargetId(),
                pending ? before(c) : null,
                c.getKind() == ChangeKind.DELETE_EVENT ? null : draft(c, type(c.getKind())),
                pending && conflict(c),
                c.getAuthor(),
                c.getCreatedAt(),
                c.getStatus(),
                c.getReviewer(),
                c.getReviewedAt(),
                c.getReason(),
                c.getPublishedRevision());
    }

    /** The published value now, as the draft's type; null when there is none (a new entry or event, or gone). */
    private Object before(PendingChange c) {
        try {
            return switch (c.getKind()) {
                case ADD_POSITION ->
                    newest(c.getPlan(), c.getRef(), c.getActor())
                            .map(p -> curation.positionForEdit(p.id()).draft())
                            .orElse(null);
                case CORRECT_POSITION ->
                    curation.positionForEdit(c.getTargetId()).draft();
                case EDIT_POINT ->
                    curation.pointForEdit(c.getPlan(), c.getRef()).draft();
                case ADD_EVENT -> null;
                case CORRECT_EVENT, DELETE_EVENT ->
                    curation.eventForEdit(c.getTargetId()).draft();
            };
        } catch (EditConflictException gone) {
            return null;
        }
    }

    private static Class<?> type(ChangeKind kind) {
        return switch (kind) {
            case ADD_POSITION, CORRECT_POSITION -> PositionDraft.class;
            case EDIT_POINT -> PointDraft.class;
            case ADD_EVENT, CORRECT_EVENT, DELETE_EVENT -> EventDraft.class;
        };
    }

    private static <T> T draft(PendingChange c, Class<T> type) {
        return JSON.readValue(c.getPayload(), type);
    }

    private static String user() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static void check(Map<String, Phrase> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
    }

    private static EditConflictException gone(String key, Object... args) {
        return new EditConflictException(Phrase.of(key, args), null);
    }

    /** A review step that the rules refuse, such as approving one's own change; the phrase says why. */
    public static class ReviewRefusedException extends RuntimeException {
        private final Phrase reason;

        public ReviewRefusedException(Phrase reason) {
            super(reason.toString());
            this.reason = reason;
        }

        public Phrase reason() {
            return reason;
        }
    }
}
