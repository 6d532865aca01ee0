package nl.ketenlens.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap in use right after a collection, summed over the heap pools, from GC notifications: what the
 * program keeps (plus old-generation garbage not yet collected), unlike {@link Heap}'s pool peaks, which add the
 * young generation's peak and the old generation's peak although they happen at different times.
 */
public final class LiveHeap implements AutoCloseable {
    private final AtomicLong max = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (n, h) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> isHeap(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            max.accumulateAndGet(used, Math::max);
        }
    };

    /** Starts listening; close to stop. */
    public static LiveHeap watch() {
        LiveHeap h = new LiveHeap();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(h.listener, null, null);
                h.emitters.add(e);
            }
        }
        return h;
    }

    private static boolean isHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(pool) && p.getType() == java.lang.management.MemoryType.HEAP);
    }

    /** Bytes. */
    public long max() {
        return max.get();
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
