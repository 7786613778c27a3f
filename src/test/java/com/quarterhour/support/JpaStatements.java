package com.quarterhour.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the JPA statements prepared while some read runs: a read model's queries must not grow with its rows. The
 * count is the application's, over all its threads, so work left running in the background (an after-commit mail
 * listener of an earlier request) adds to it: the read runs three times and the fewest count is its own.
 */
public final class JpaStatements {

    public interface Work {
        void run() throws Exception;
    }

    private static final int RUNS = 3;

    private JpaStatements() {
    }

    public static long during(EntityManagerFactory factory, Work work) throws Exception {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long fewest = Long.MAX_VALUE;
            for (int run = 0; run < RUNS; run++) {
                statistics.clear();
                work.run();
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
            return fewest;
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
