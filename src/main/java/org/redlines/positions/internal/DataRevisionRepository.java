package org.redlines.positions.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Repository;

/**
 * The data revision: read before a cached plan is reused, increased by every service that writes. A native
 * query through JPA, so that Hibernate's statement counts include it.
 */
@Repository
public class DataRevisionRepository {

    @PersistenceContext
    private EntityManager entityManager;

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
     */
    public void increase() {
        entityManager
                .createNativeQuery("update data_revision set revision = case when revision + 1 > :now "
                        + "then revision + 1 else :now end where id = 1")
                .setParameter("now", System.currentTimeMillis())
                .executeUpdate();
    }
}
