package nl.ketenlens.analysis;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * The first {@code limit} vertices of a ranking without sorting all of them: a bounded heap holding the best so far,
 * {@code O(n log limit)} instead of sorting every candidate ({@code O(n log n)} boxed comparisons — ~1M reached
 * facilities at 1M, for a top 10). {@code order} must be total (the rankings end on the id), so the result is
 * exactly the sorted list's prefix.
 */
final class Top {
    private Top() {
    }

    static int[] of(int n, IntPredicate candidate, Comparator<Integer> order, int limit) {
        if (limit == 0) {
            return new int[0];
        }
        PriorityQueue<Integer> worstFirst = new PriorityQueue<>(Math.min(limit, 1024) + 1, order.reversed());
        for (int v = 0; v < n; v++) {
            if (!candidate.test(v)) {
                continue;
            }
            if (worstFirst.size() < limit) {
                worstFirst.add(v);
            } else if (order.compare(v, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(v);
            }
        }
        int[] out = new int[worstFirst.size()];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = worstFirst.poll();
        }
        return out;
    }
}
