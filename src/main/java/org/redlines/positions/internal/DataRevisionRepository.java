package org.redlines.positions.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.redlines.positions.DataRevised;
import org.redlines.positions.RevisionInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data revision: read before a cached plan is reused, increased by every service that writes. A native
 * query through JPA, so that Hibernate's statement counts include it.
 */
@Repository
public class DataRevisionRepository {

    @PersistenceContext
    private EntityManager entityManager;

    private final ApplicationEventPublisher events;

    DataRevisionRepository(ApplicationEventPublisher events) {
        this.events = events;
    }

    public long current() {
        Object revision = entityManager
                .createNativeQuery("select revision from data_revision where id = 1")
                .getSingleResult();
        return ((Number) revision).longValue();
    }

    /**
     * Call inside the writing transaction, so that readers see the new number with the new data. The number
     * also jumps to at least the current time in milliseconds, so that a database recreated and loaded again
     * never repeats a number that running instances have cached.
     *
     * <p>Just before the transaction commits (when the write has succeeded), its audit revision is given its number
     * and {@link DataRevised} is published with it, in the same transaction (the outbox, ADR 21). A write that fails
     * takes no revision number. The update of the revision row serialises writers, so revisions are numbered in
     * the order they commit.
     */
    public void increase() {
        entityManager
                .createNativeQuery("update data_revision set revision = case when revision + 1 > :now "
                        + "then revision + 1 else :now end where id = 1")
                .setParameter("now", System.currentTimeMillis())
                .executeUpdate();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(PUBLISHING)) {
            TransactionSynchronizationManager.bindResource(PUBLISHING, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // What the database refuses is refused here, before the revision takes a number.
                    entityManager.flush();
                    RevisionInfo revision = AuditReaderFactory.get(entityManager)
                            .getCurrentRevision(AuditRevision.class, true)
                            .info();
                    events.publishEvent(new DataRevised(revision.number(), revision.changedAt(), revision.username()));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PUBLISHING);
                }
            });
        }
    }

    /** Marks a transaction whose change event is already arranged. */
    private static final Object PUBLISHING = new Object();
}
