package nl.ketenlens.analysis;

import java.util.concurrent.ForkJoinPool;
import java.util.function.BinaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Splits independent work items (bit blocks, BFS sources) over the common pool, one accumulator per task. */
final class Parallel {
    private Parallel() {
    }

    static int threads() {
        return Math.max(1, ForkJoinPool.getCommonPoolParallelism() + 1);
    }

    /**
     * Runs {@code work(acc, item)} for every item in {@code 0..items-1}; items are dealt round-robin over at most
     * {@link #threads()} tasks (round-robin keeps cheap and expensive items mixed), each with a fresh accumulator,
     * and the accumulators are merged. Sequential when there is one item or one thread. The caller's {@link Deadline}
     * is checked before every item.
     */
    static <A> A run(int items, Supplier<A> newAcc, ObjIntConsumer<A> work, BinaryOperator<A> merge) {
        int tasks = Math.max(1, Math.min(items, threads()));
        Deadline deadline = Deadline.current(); // thread-local: captured here, checked on the pool's threads
        if (tasks == 1) {
            A acc = newAcc.get();
            for (int i = 0; i < items; i++) {
                deadline.checkPassed();
                work.accept(acc, i);
            }
            return acc;
        }
        return IntStream.range(0, tasks).parallel().mapToObj(t -> {
            A acc = newAcc.get();
            for (int i = t; i < items; i += tasks) {
                deadline.checkPassed();
                work.accept(acc, i);
            }
            return acc;
        }).reduce(merge).orElseThrow();
    }
}
