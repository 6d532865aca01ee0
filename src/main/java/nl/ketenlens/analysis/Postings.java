package nl.ketenlens.analysis;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The transpose of sorted row lists (per column the ascending rows holding it) and the lexicographic order of those
 * postings, both over the cores when the lists are large (ADR 0020, session 4). Same arrays, same order as the
 * sequential scatter and the comparator sort they replace; only the schedule differs.
 */
final class Postings {
    /** Below this many entries the work stays on the calling thread (small groups run in parallel already). */
    static final long PARALLEL_ENTRIES = 1 << 18;
    private static final int[] NONE = {};
    /** Tests only: when positive, every input is split into this many parts (small test graphs stay sequential). */
    private static volatile int forcedParts;

    private Postings() {
    }

    /** Parts to split {@code entries} of work into: the pool's threads when large, else one. */
    static int parts(long entries) {
        int forced = forcedParts;
        if (forced > 0) {
            return forced;
        }
        return entries >= PARALLEL_ENTRIES ? Parallel.threads() : 1;
    }

    /** Tests only: split every input into {@code parts} parts (0: back to the size rule). */
    static void forceParts(int parts) {
        forcedParts = parts;
    }

    /**
     * Per column its rows ascending; {@code count} (length {@code columns}) receives the posting lengths. Each part
     * owns a range of columns and walks every row's segment in that range, so rows are appended in ascending order
     * and no two parts write the same posting.
     */
    static int[][] of(int[][] lists, int columns, int[] count, long entries) {
        int parts = parts(entries);
        int[][] post = new int[columns][];
        Parallel.run(parts, () -> post, (x, part) -> countRange(lists, count, bound(columns, part, parts),
                bound(columns, part + 1, parts)), (x, y) -> x);
        int[] cut = LightWords.cuts(count, parts);
        Parallel.run(parts, () -> post, (x, part) -> fillRange(lists, count, post, cut[part], cut[part + 1]),
                (x, y) -> x);
        return post;
    }

    private static int bound(int n, int part, int parts) {
        return (int) ((long) n * part / parts);
    }

    private static void countRange(int[][] lists, int[] count, int lo, int hi) {
        for (int[] list : lists) {
            for (int j = lowerBound(list, lo); j < list.length && list[j] < hi; j++) {
                count[list[j]]++;
            }
        }
    }

    private static void fillRange(int[][] lists, int[] count, int[][] post, int lo, int hi) {
        for (int t = lo; t < hi; t++) {
            post[t] = count[t] == 0 ? NONE : new int[count[t]];
        }
        int[] fill = new int[hi - lo];
        for (int a = 0; a < lists.length; a++) {
            int[] list = lists[a];
            for (int j = lowerBound(list, lo); j < list.length && list[j] < hi; j++) {
                int t = list[j];
                post[t][fill[t - lo]++] = a;
            }
        }
    }

    /** First index of {@code list} (ascending) holding a value ≥ {@code value}. */
    static int lowerBound(int[] list, int value) {
        int hi = list.length;
        if (hi == 0 || list[0] >= value) {
            return 0; // the first part, and most postings of the others: no search
        }
        if (list[hi - 1] < value) {
            return hi;
        }
        int lo = 0;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The non-empty columns {@code keep} accepts, in the lexicographic order of their postings ({@link
     * Arrays#compare}; ties by column) — the order the comparator sort of ADR 0020 gave. Sorted by a packed key
     * (first row, second row or none, column) with {@link Arrays#parallelSort}; runs sharing the first two rows are
     * then put in full order by the comparator, stably, so the result is the comparator sort's exactly.
     */
    static int[] lexOrder(int[][] post, IntPredicate keep, int rows) {
        int rowBits = 64 - Long.numberOfLeadingZeros(rows + 1L);
        int colBits = 64 - Long.numberOfLeadingZeros(Math.max(1, post.length));
        if (2 * rowBits + colBits > 63) {
            return java.util.stream.IntStream.range(0, post.length).filter(t -> post[t].length > 0 && keep.test(t))
                    .boxed().sorted((x, y) -> Arrays.compare(post[x], post[y])).mapToInt(Integer::intValue).toArray();
        }
        int n = 0;
        long[] key = new long[post.length];
        for (int t = 0; t < post.length; t++) {
            int[] p = post[t];
            if (p.length > 0 && keep.test(t)) {
                long second = p.length > 1 ? p[1] + 1L : 0;
                key[n++] = ((long) p[0] << (rowBits + colBits)) | (second << colBits) | t;
            }
        }
        key = Arrays.copyOf(key, n);
        Arrays.parallelSort(key);
        long colMask = (1L << colBits) - 1;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) (key[i] & colMask);
        }
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && (key[j] >>> colBits) == (key[i] >>> colBits)) {
                j++;
            }
            if (j - i > 1 && anyLongerThanTwo(out, i, j, post)) {
                sortRun(out, i, j, post);
            }
            i = j;
        }
        return out;
    }

    /** Postings of at most two rows with equal keys are equal: only longer ones need the comparator. */
    private static boolean anyLongerThanTwo(int[] out, int from, int to, int[][] post) {
        for (int i = from; i < to; i++) {
            if (post[out[i]].length > 2) {
                return true;
            }
        }
        return false;
    }

    /** Stable comparator sort of {@code out[from, to)} (ascending columns on entry, so ties stay by column). */
    private static void sortRun(int[] out, int from, int to, int[][] post) {
        Integer[] run = new Integer[to - from];
        for (int i = from; i < to; i++) {
            run[i - from] = out[i];
        }
        Arrays.sort(run, (x, y) -> Arrays.compare(post[x], post[y]));
        for (int i = from; i < to; i++) {
            out[i] = run[i - from];
        }
    }
}
