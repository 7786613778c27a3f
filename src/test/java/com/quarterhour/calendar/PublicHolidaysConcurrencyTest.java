package com.quarterhour.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The first requests after a restart ask for the holidays of several countries at once. Jollyday keeps its state in
 * static caches, which this test's JVM has long filled, so each round starts a fresh JVM (this class's main) in which
 * sixteen threads ask for eight countries' holidays at the same instant.
 */
class PublicHolidaysConcurrencyTest {

    private static final List<String> COUNTRIES = List.of("GB", "US", "DE", "FR", "NL", "IE", "ES", "IT");

    @Test
    void manyThreadsAskingAtOnceRightAfterAStartAllGetTheirHolidays() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 3; round++) {
            Process jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    PublicHolidaysConcurrencyTest.class.getName())
                    .redirectErrorStream(true).start();
            String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(jvm.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(jvm.exitValue()).as(output).isZero();
            assertThat(output).contains("16 of 16 threads got New Year's Day");
        }
    }

    /** A JVM that has just started: sixteen threads ask at once; the exit code counts those that failed. */
    public static void main(String[] args) throws Exception {
        int threads = 16;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String country = COUNTRIES.get(i % COUNTRIES.size());
            answers.add(pool.submit(() -> {
                together.await();
                return PublicHolidays.of(country).test(LocalDate.of(2026, 1, 1));
            }));
        }
        int holidays = 0;
        for (Future<Boolean> answer : answers) {
            try {
                holidays += answer.get() ? 1 : 0;
            } catch (Exception e) {
                e.getCause().printStackTrace(System.out);
            }
        }
        pool.shutdownNow();
        System.out.println(holidays + " of " + threads + " threads got New Year's Day");
        System.exit(threads - holidays);
    }
}
