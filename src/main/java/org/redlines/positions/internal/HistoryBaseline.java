package org.redlines.positions.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.redlines.positions.RevisionNotes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A database that held data before the history existed (created before Flyway V3) gets one baseline revision
 * holding everything as it is, so that frozen links, exports of a revision and histories start from there.
 */
@Service
public class HistoryBaseline {

    static final String NOTE = RevisionNotes.BASELINE;
    private static final Logger log = LoggerFactory.getLogger(HistoryBaseline.class);

    private final SnapshotRepository snapshots;
    private final PlanRepository plans;

    @PersistenceContext
    private EntityManager entityManager;

    HistoryBaseline(SnapshotRepository snapshots, PlanRepository plans) {
        this.snapshots = snapshots;
        this.plans = plans;
    }

    /** Does nothing when there is a history already, or no data. */
    @Transactional
    public boolean startIfMissing() {
        if (snapshots.latestRevision() > 0 || plans.count() == 0) {
            return false;
        }
        AuditRevision baseline = new AuditRevision(System.currentTimeMillis(), "system", NOTE);
        entityManager.persist(baseline);
        entityManager.flush();
        snapshots.copyIntoHistory(baseline.getId());
        log.info("Recorded the existing data as revision {}, where its history starts", baseline.getId());
        return true;
    }
}
