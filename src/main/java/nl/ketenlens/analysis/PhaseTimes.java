package nl.ketenlens.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall and thread-CPU seconds per named phase of one computation, in the order the phases ran, for benchmarks that
 * need to say where the time went on a shared machine (ADR 0020, session 4). CPU is the sum over the live threads
 * (the caller and the pool's workers; GC and JIT not included); caller CPU is the calling thread's alone, which
 * takes one share of every parallel step, so on an idle machine it approximates the wall time of the phase
 * whatever the load is now. Never part of an answer.
 */
public final class PhaseTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<String, Phase> phases = new LinkedHashMap<>();
    private long lastWall = System.nanoTime();
    private long lastCpu = threadCpu();
    private long lastCaller = THREADS.getCurrentThreadCpuTime();

    /** One phase: wall seconds, the CPU seconds all threads spent in it, and those of the calling thread. */
    public record Phase(double wallSeconds, double cpuSeconds, double callerCpuSeconds) {
    }

    /** Ends the running phase under {@code name} and starts the next one. */
    synchronized void lap(String name) {
        long wall = System.nanoTime();
        long cpu = threadCpu();
        long caller = THREADS.getCurrentThreadCpuTime();
        phases.merge(name, new Phase((wall - lastWall) / 1e9, (cpu - lastCpu) / 1e9, (caller - lastCaller) / 1e9),
                (x, y) -> new Phase(x.wallSeconds() + y.wallSeconds(), x.cpuSeconds() + y.cpuSeconds(),
                        x.callerCpuSeconds() + y.callerCpuSeconds()));
        lastWall = wall;
        lastCpu = cpu;
        lastCaller = caller;
    }

    synchronized Map<String, Phase> phases() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    }

    private static long threadCpu() {
        if (!THREADS.isThreadCpuTimeSupported()) {
            return 0;
        }
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }
}
