package com.quarterhour.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Calls made at the same moment, each on its own thread, for tests of concurrent use. */
public final class Together {

    private Together() {
    }

    /** Starts the calls at once and waits until every one has answered; the answers in the order of the calls. */
    public static <T> List<T> call(int count, IntFunction<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return call.apply(n);
                }));
            }
            start.countDown();
            List<T> done = new ArrayList<>();
            for (Future<T> answer : answers) {
                done.add(answer.get());
            }
            return done;
        } finally {
            threads.shutdown();
        }
    }
}
