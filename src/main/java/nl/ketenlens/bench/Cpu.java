package nl.ketenlens.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time of this process (all threads, JIT and GC included). On a shared machine wall time measures the
 * neighbours as much as the code; CPU time divided by the cores a run can use is the better estimate.
 */
final class Cpu {
    private Cpu() {
    }

    static double processSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** The 1-minute load average, printed next to wall times (the machine is shared); -1 when unknown. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
