package nl.ketenlens.analysis;

import java.time.Duration;

/**
 * Cooperative cancellation of one analysis: the caller (the web layer's analysis gate) opens a deadline on the
 * request thread, and the long loops of the kernels call {@link #check()} — per source in betweenness, per block
 * in reach, per round in the plan — which throws {@link AnalysisTimeoutException} once it has passed. A deadline
 * rather than {@link Thread#interrupt()}: the work runs partly on the common fork-join pool, which a thread-local
 * interrupt does not reach, and an interrupt that lands in a Bolt read would close the driver's connection.
 * {@link Parallel} captures the caller's deadline and checks it on the pool's threads. Without an open deadline
 * (CLI, benchmarks, tests) {@link #check()} costs one thread-local read and never throws.
 */
public final class Deadline implements AutoCloseable {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
    private static final Deadline NONE = new Deadline(Long.MAX_VALUE, null, null);

    private final long atNanos;
    private final Duration limit;
    private final Deadline outer;

    private Deadline(long atNanos, Duration limit, Deadline outer) {
        this.atNanos = atNanos;
        this.limit = limit;
        this.outer = outer;
    }

    /** Starts a deadline {@code limit} from now on this thread; close it (try-with-resources) when the work ends. */
    public static Deadline open(Duration limit) {
        long now = System.nanoTime();
        long nanos = limit.toNanos();
        Deadline d = new Deadline(nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos, limit, CURRENT.get());
        CURRENT.set(d);
        return d;
    }

    /** The deadline of the calling thread, to be checked on other threads working for it; never null. */
    public static Deadline current() {
        Deadline d = CURRENT.get();
        return d == null ? NONE : d;
    }

    /** Throws if the calling thread's deadline has passed. */
    public static void check() {
        Deadline d = CURRENT.get();
        if (d != null) {
            d.checkPassed();
        }
    }

    /** Throws if this deadline has passed (for work done on another thread). */
    public void checkPassed() {
        if (atNanos != Long.MAX_VALUE && System.nanoTime() - atNanos > 0) {
            throw new AnalysisTimeoutException(limit);
        }
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
