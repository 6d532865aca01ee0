package nl.ketenlens.analysis;

import java.util.Arrays;

/**
 * Frozen copy of {@code PairCounter} as of commit d953c1a (ADR 0012), kept unchanged as the reference the faster
 * implementation (ADR 0020) must equal result for result on generated networks ({@code WorkingGroupsRegressionTests}).
 *
 * <p>Exact intersection sizes {@code |L(a) ∩ L(b)|} of sorted int lists, for every row {@code a} and every later row
 * {@code b ∈ (a, limit(a)]}. Columns (list values) are split by how many rows hold them: the {@code heavy} most
 * frequent columns become one dense bitset per row, counted by {@code AND + popcount} for every visited pair; the
 * rest go through an inverted index, each shared light column costing one counter increment. A hub held by 1,800 of
 * 6,700 rows costs 1.6 M increments through the index but 1 bit in a word shared with 63 other hubs in the dense
 * part; a column held by 20 rows costs 190 increments but a whole word per visited pair. The split minimises the
 * estimated work {@code pairs · ⌈H/64⌉ · DENSE + Σ_light |P(t)|²/2 · (pairs / all pairs) · SPARSE}. Any split gives
 * the same counts, so the choice only affects speed (the tests force several).
 *
 * <p>This is the classic sparse/dense hybrid of sparse matrix products ({@code C = A·Aᵀ}, e.g. Buluç &amp; Gilbert's
 * hypersparse kernels); counting through the inverted index is the set-similarity join of Sarawagi &amp; Kirpal 2004.
 */
final class ReferencePairCounter {
    /** Relative cost of one dense word step and one index increment (measured on the 100k network, ~1 : 3). */
    private static final double DENSE = 1.0;
    private static final double SPARSE = 3.0;
    private static final int[] NONE = {};
    private final int[][] lists;
    private final int[] limit;
    private final int[][] post;     // light column -> ascending rows holding it
    private final int[][] at;       // row -> for each of its light columns, its own position in that posting
    private final int[][] light;    // row -> its light columns (ascending)
    private final long[][] dense;   // row -> bitset over heavy columns
    private final int[] heavyIn;    // row -> how many of its columns are heavy
    private final int heavyColumns;

    /**
     * @param lists  per row, its columns in ascending order, each in {@code [0, columns)}
     * @param limit  per row {@code a}, the last row paired with it ({@code ≥ a}); {@code null} pairs every later row
     * @param heavy  number of dense columns, or -1 to choose by the cost model
     */
    ReferencePairCounter(int[][] lists, int columns, int[] limit, int heavy) {
        this.lists = lists;
        int rows = lists.length;
        this.limit = limit != null ? limit : fullLimit(rows);
        int[] count = new int[columns];
        for (int[] list : lists) {
            for (int t : list) {
                count[t]++;
            }
        }
        int[] byCount = byCountDescending(count);
        this.heavyColumns = heavy >= 0 ? Math.min(heavy, columns) : choose(count, byCount, pairs(this.limit), rows);
        int[] denseIndex = new int[columns];
        Arrays.fill(denseIndex, -1);
        for (int i = 0; i < heavyColumns; i++) {
            denseIndex[byCount[i]] = i;
        }
        this.post = new int[columns][];
        for (int t = 0; t < columns; t++) {
            post[t] = denseIndex[t] >= 0 || count[t] == 0 ? NONE : new int[count[t]];
        }
        int[] fill = new int[columns];
        int words = (heavyColumns + 63) >>> 6;
        this.dense = new long[rows][words];
        this.light = new int[rows][];
        this.at = new int[rows][];
        this.heavyIn = new int[rows];
        for (int a = 0; a < rows; a++) {
            int[] own = new int[lists[a].length];
            int[] pos = new int[lists[a].length];
            int n = 0;
            for (int t : lists[a]) {
                int d = denseIndex[t];
                if (d >= 0) {
                    dense[a][d >>> 6] |= 1L << d;
                } else {
                    own[n] = t;
                    pos[n++] = fill[t];
                    post[t][fill[t]++] = a;
                }
            }
            heavyIn[a] = lists[a].length - n;
            light[a] = Arrays.copyOf(own, n);
            at[a] = Arrays.copyOf(pos, n);
        }
    }

    int heavyColumns() {
        return heavyColumns;
    }

    int limit(int row) {
        return limit[row];
    }

    /** A per-thread counter row for {@link #count}. */
    int[] buffer() {
        return new int[lists.length];
    }

    /**
     * Fills {@code counts[b]} with {@code |L(a) ∩ L(b)|} for {@code b ∈ (a, limit(a)]}. With {@code threshold > 0}
     * pairs whose Jaccard cannot reach it are left short: when even the light count plus every heavy column the
     * smaller row holds ({@code min(h(a), h(b))}) gives {@code J < threshold}, the dense words are not read, and
     * such a count stays below the threshold as well. Callers reset the range with {@link #reset}.
     */
    void count(int a, int[] counts, double threshold) {
        int lim = limit[a];
        int[] ts = light[a];
        int[] pos = at[a];
        for (int j = 0; j < ts.length; j++) {
            int[] p = post[ts[j]];
            for (int q = pos[j] + 1; q < p.length && p[q] <= lim; q++) {
                counts[p[q]]++;
            }
        }
        if (heavyColumns == 0) {
            return;
        }
        long[] da = dense[a];
        int ha = heavyIn[a];
        int sa = lists[a].length;
        for (int b = a + 1; b <= lim; b++) {
            if (threshold > 0) {
                int bound = counts[b] + Math.min(ha, heavyIn[b]);
                if ((double) bound / (sa + lists[b].length - bound) < threshold) {
                    continue;
                }
            }
            long[] db = dense[b];
            int c = 0;
            for (int w = 0; w < da.length; w++) {
                c += Long.bitCount(da[w] & db[w]);
            }
            counts[b] += c;
        }
    }

    /** Zeroes the range {@link #count} wrote for row {@code a}. */
    void reset(int a, int[] counts) {
        Arrays.fill(counts, a + 1, limit[a] + 1, 0);
    }

    private static int[] fullLimit(int rows) {
        int[] l = new int[rows];
        Arrays.fill(l, rows - 1);
        return l;
    }

    private static long pairs(int[] limit) {
        long p = 0;
        for (int a = 0; a < limit.length; a++) {
            p += Math.max(0, limit[a] - a);
        }
        return p;
    }

    private static int[] byCountDescending(int[] count) {
        long[] keyed = new long[count.length];
        for (int t = 0; t < count.length; t++) {
            keyed[t] = ((long) (Integer.MAX_VALUE - count[t]) << 32) | t;
        }
        Arrays.sort(keyed);
        int[] out = new int[count.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) keyed[i];
        }
        return out;
    }

    /** Heavy-column count (a multiple of 64, or all) minimising the estimated work. */
    private static int choose(int[] count, int[] byCount, long pairs, int rows) {
        double sparse = 0;
        for (int c : count) {
            sparse += (double) c * (c - 1) / 2;
        }
        double fraction = Math.min(1.0, pairs / Math.max(1.0, (double) rows * (rows - 1) / 2));
        double best = sparse * fraction * SPARSE;
        int bestH = 0;
        for (int h = 0; h < byCount.length; ) {
            int end = Math.min(byCount.length, h + 64);
            for (; h < end; h++) {
                double c = count[byCount[h]];
                sparse -= c * (c - 1) / 2;
            }
            double cost = (double) pairs * ((h + 63) >>> 6) * DENSE + sparse * fraction * SPARSE;
            if (cost < best) {
                best = cost;
                bestH = h;
            }
            if (count[byCount[h - 1]] < 2) {
                break;
            }
        }
        return bestH;
    }
}
