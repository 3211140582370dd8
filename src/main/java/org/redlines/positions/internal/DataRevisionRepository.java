package org.redlines.positions.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.redlines.positions.DataRevised;
import org.redlines.positions.RevisionInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;

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
     * <p>The update locks the row until the commit, so writers take their audit revision (persisted here, with
     * its number) one after the other, in the order they commit; {@link DataRevised} names it.
     */
    public void increase() {
        entityManager
                .createNativeQuery("update data_revision set revision = case when revision + 1 > :now "
                        + "then revision + 1 else :now end where id = 1")
                .setParameter("now", System.currentTimeMillis())
                .executeUpdate();
        RevisionInfo revision = AuditReaderFactory.get(entityManager)
                .getCurrentRevision(AuditRevision.class, true)
                .info();
        events.publishEvent(new DataRevised(revision.number(), revision.changedAt(), revision.username()));
    }
}
