package nl.ketenlens.analysis;

import java.util.Arrays;

/**
 * Exact intersection sizes {@code |L(a) ∩ L(b)|} of sorted int lists, for every row {@code a} and every later row
 * {@code b ∈ (a, limit(a)]}. Columns (list values) are split by how many rows hold them: the {@code heavy} most
 * frequent columns become one dense bitset per row, counted by {@code AND + popcount} for every visited pair (in
 * blocks, stopping once a pair cannot reach the threshold); the rest go through {@link LightWords}, an inverted
 * index over 64-column words, each shared word costing one {@code AND + popcount}. Dense are the columns held by a
 * fixed share of the rows ({@link #denseCount}). Any split gives the same counts, so the choice only affects speed
 * (the tests force several). ADR 0012, ADR 0020.
 *
 * <p>This is the classic sparse/dense hybrid of sparse matrix products ({@code C = A·Aᵀ}, e.g. Buluç &amp; Gilbert's
 * hypersparse kernels); counting through the inverted index is the set-similarity join of Sarawagi &amp; Kirpal 2004.
 */
final class PairCounter {
    /** {@code heavy} argument: choose the dense columns for counting all pairs without a threshold. */
    static final int ALL_PAIRS = -2;
    /** Share of the rows a column must be held by to be dense, in a filtered join and for all pairs (ADR 0020). */
    private static final double JOIN_SHARE = 0.2;
    private static final double ALL_PAIRS_SHARE = 0.4;
    private static final int[] NONE = {};
    /** Dense words per filter block: the bound is refined after every block (ADR 0020). */
    static final int BLOCK = 8;
    private final int rows;
    private final int[] size;       // row -> its list length (contiguous: read for every visited pair)
    private final int[] limit;
    private final LightWords light; // the other columns, as an inverted index over 64-column words
    private final long[] dense;     // rows × words, row-major: bitset over heavy columns
    private final int words;
    private final int blocks;
    private final int[] blockPop;   // rows × blocks: how many heavy columns the row holds in each block
    private final int[] heavyIn;    // row -> how many of its columns are heavy
    private final int heavyColumns;

    /**
     * @param lists  per row, its columns in ascending order, each in {@code [0, columns)}
     * @param limit  per row {@code a}, the last row paired with it ({@code ≥ a}); {@code null} pairs every later row
     * @param heavy  number of dense columns, or -1 (filtered join) / {@link #ALL_PAIRS} to choose by the rule
     */
    PairCounter(int[][] lists, int columns, int[] limit, int heavy) {
        this.rows = lists.length;
        this.size = new int[rows];
        for (int a = 0; a < rows; a++) {
            size[a] = lists[a].length;
        }
        this.limit = limit != null ? limit : fullLimit(rows);
        long entries = 0;
        for (int[] list : lists) {
            entries += list.length;
        }
        int[] count = new int[columns];
        int[][] post = Postings.of(lists, columns, count, entries);
        int[] byCount = byCountDescending(count);
        int[] rank = new int[columns];
        for (int i = 0; i < columns; i++) {
            rank[byCount[i]] = i;
        }
        int cut = heavy >= 0 ? Math.min(heavy, columns) : denseCount(count, byCount, rows, heavy == ALL_PAIRS);
        LightWords.Packing pack = LightWords.pack(Postings.lexOrder(post, t -> rank[t] >= cut, rows), post, rows,
                Postings.parts(entries));
        this.heavyColumns = cut;
        int[] denseIndex = new int[columns];
        Arrays.fill(denseIndex, -1);
        for (int i = 0; i < heavyColumns; i++) {
            denseIndex[byCount[i]] = i;
        }
        this.words = (heavyColumns + 63) >>> 6;
        this.blocks = (words + BLOCK - 1) / BLOCK;
        this.dense = new long[Math.multiplyExact(rows, words)];
        this.blockPop = new int[rows * blocks];
        this.heavyIn = new int[rows];
        if (heavyColumns > 0) {
            int parts = Postings.parts(entries);
            Parallel.run(parts, () -> denseIndex, (x, part) -> {
                for (int a = part; a < rows; a += parts) { // rows own their dense words: parts never collide
                    fillDense(a, lists[a], denseIndex);
                }
            }, (x, y) -> x);
        }
        this.light = new LightWords(rows, post, pack, size);
    }

    private void fillDense(int a, int[] list, int[] denseIndex) {
        for (int t : list) {
            int d = denseIndex[t];
            if (d >= 0) {
                dense[a * words + (d >>> 6)] |= 1L << d;
                blockPop[a * blocks + (d >>> 6) / BLOCK]++;
                heavyIn[a]++;
            }
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
        return new int[rows];
    }

    /**
     * Fills {@code counts[b]} with {@code |L(a) ∩ L(b)|} for {@code b ∈ (a, limit(a)]}. With {@code threshold > 0}
     * pairs whose Jaccard cannot reach it are left short: the light count plus, per block of {@link #BLOCK} dense
     * words, the heavy columns the smaller side holds there bounds the intersection; the blocks are read in order,
     * each replacing its share of the bound by the true count, and reading stops as soon as the bound gives
     * {@code J < threshold}. Such a count is at most that bound, so it stays below the threshold as well. Callers
     * reset the range with {@link #reset}.
     */
    void count(int a, int[] counts, double threshold) {
        int lim = limit[a];
        light.count(a, lim, counts);
        if (heavyColumns == 0) {
            return;
        }
        if (threshold > 0) {
            filtered(a, lim, counts, threshold);
            return;
        }
        int oa = a * words;
        for (int b = a + 1; b <= lim; b++) {
            int ob = b * words;
            int c = 0;
            for (int w = 0; w < words; w++) {
                c += Long.bitCount(dense[oa + w] & dense[ob + w]);
            }
            counts[b] += c;
        }
    }

    private void filtered(int a, int lim, int[] counts, double threshold) {
        int oa = a * words;
        int pa = a * blocks;
        int ha = heavyIn[a];
        int sa = size[a];
        for (int b = a + 1; b <= lim; b++) {
            int sum = sa + size[b];
            int c = counts[b];
            if (below(c + Math.min(ha, heavyIn[b]), sum, threshold)) {
                continue;
            }
            int pb = b * blocks;
            int bound = c;
            for (int k = 0; k < blocks; k++) {
                bound += Math.min(blockPop[pa + k], blockPop[pb + k]);
            }
            int ob = b * words;
            for (int k = 0; k < blocks && !below(bound, sum, threshold); k++) {
                int x = 0;
                for (int w = k * BLOCK, end = Math.min(words, w + BLOCK); w < end; w++) {
                    x += Long.bitCount(dense[oa + w] & dense[ob + w]);
                }
                c += x;
                bound -= Math.min(blockPop[pa + k], blockPop[pb + k]) - x;
            }
            counts[b] = c;
        }
    }

    /** {@code J < threshold} for an intersection {@code inter} of two sets of sizes summing to {@code sum}. */
    private static boolean below(int inter, int sum, double threshold) {
        return (double) inter / (sum - inter) < threshold;
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

    /**
     * Dense columns: those held by at least {@code share · rows} rows, whole words only. A column held by {@code f}
     * rows costs about {@code f²/2} index steps shared by the ~10 columns packed into its word, against one bit of a
     * dense word per visited pair ({@code ~rows²/2}); the filter reads about a quarter of the dense words. Dense pays
     * from {@code f ≈ rows · √(10 · d/64)}: share 0.2 for a filtered join ({@code d ≈ 1/4}), 0.4 for all pairs.
     */
    private static int denseCount(int[] count, int[] byCount, int rows, boolean allPairs) {
        double share = allPairs ? ALL_PAIRS_SHARE : JOIN_SHARE;
        int h = 0;
        while (h < byCount.length && count[byCount[h]] >= Math.max(2, share * rows)) {
            h++;
        }
        return h >= 64 ? h & ~63 : 0;
    }
}
