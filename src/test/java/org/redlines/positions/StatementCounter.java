package org.redlines.positions;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares while an action runs (hibernate.generate_statistics is on). */
public final class StatementCounter {

    private final Statistics statistics;

    public StatementCounter(EntityManagerFactory factory) {
        this.statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    public long count(Runnable action) {
        statistics.clear();
        action.run();
        return statistics.getPrepareStatementCount();
    }
}
