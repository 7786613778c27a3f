package com.quarterhour.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap figures of one measured stretch of work, three ways:
 * <ul>
 * <li>{@link #peakOfPools()}: the JVM's own peak usage of each heap pool (eden, survivor, old), reset at the start,
 * added up. The pools peak at different moments, so the sum overstates the real peak; garbage not yet collected
 * counts.</li>
 * <li>{@link #sampledMax()}: the largest used heap seen by a sampler every 10 ms (garbage included).</li>
 * <li>{@link #maxAfterGc()}: the largest heap left after any garbage collection: the live data the work held at
 * once. This is the figure that shows whether memory grows with the data; the other two mostly show how much eden
 * the collector let fill up before collecting.</li>
 * </ul>
 */
final class HeapWatch implements AutoCloseable {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final AtomicLong sampledMax = new AtomicLong();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<Runnable> unregister = new ArrayList<>();
    private volatile boolean running;
    private Thread sampler;

    void start() {
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampledMax.set(usedHeap());
        maxAfterGc.set(0);
        running = true;
        sampler = new Thread(() -> {
            while (running) {
                sampledMax.accumulateAndGet(usedHeap(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = this::afterGc;
                emitter.addNotificationListener(listener, null, null);
                unregister.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (Exception ignored) {
                        // already gone
                    }
                });
            }
        }
    }

    private void afterGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData());
        long after = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            if (usage != null) {
                after += usage.getUsed();
            }
        }
        collections.incrementAndGet();
        maxAfterGc.accumulateAndGet(after, Math::max);
    }

    void stop() {
        running = false;
        sampledMax.accumulateAndGet(usedHeap(), Math::max);
        unregister.forEach(Runnable::run);
        unregister.clear();
    }

    long peakOfPools() {
        return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    long sampledMax() {
        return sampledMax.get();
    }

    long maxAfterGc() {
        return maxAfterGc.get();
    }

    long collections() {
        return collections.get();
    }

    private long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        stop();
    }
}
