package com.quarterhour.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the JPA statements prepared while some work runs: a read model's queries must not grow with its rows. */
public final class JpaStatements {

    public interface Work {
        void run() throws Exception;
    }

    private JpaStatements() {
    }

    public static long during(EntityManagerFactory factory, Work work) throws Exception {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            work.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
