package nl.ketenlens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap use between resets, summed over the heap pools (what a -Xmx limit constrains). */
public final class Heap {

    private Heap() {
    }

    public static void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    public static long peakMegabytes() {
        long bytes = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return bytes / (1024 * 1024);
    }

    public static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
