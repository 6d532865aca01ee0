package nl.ketenlens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.stream.Stream;

/** Peak heap use between resets, summed over the heap pools (what a -Xmx limit constrains; an upper bound). */
public final class Heap {

    private Heap() {
    }

    /** Collects garbage, then starts a new peak. */
    public static void reset() {
        System.gc();
        resetPeak();
    }

    /** Starts a new peak without collecting garbage first. */
    public static void resetPeak() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    public static long peakBytes() {
        return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    public static long peakMegabytes() {
        return peakBytes() / (1024 * 1024);
    }

    public static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }
}
