package nl.ketenlens.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The mean Jaccard similarity of one group over all its member pairs, split into rows so that the rows of all groups
 * can share the cores: {@link #row} computes row {@code a}'s similarities with the later members (independent of any
 * other row), {@link #mean} sums them in the pairwise order ({@code a < b} by selection index; pairs without a common
 * target add nothing), so the double is the same however the rows were scheduled. Intersections come from a
 * {@link PairCounter} over the members' own columns, renumbered to {@code 0..used-1} (order kept), so a small group
 * costs what it holds rather than {@code O(columns)} (ADR 0020).
 */
final class MeanRows {
    private final int[][] own;
    private final PairCounter pairs;
    private final double[][] sims;

    MeanRows(List<Integer> members, int[][] lists, int columns, int heavy) {
        int k = members.size();
        this.own = new int[k][];
        for (int i = 0; i < k; i++) {
            own[i] = lists[members.get(i)];
        }
        int used = compactColumns(own, columns);
        this.pairs = new PairCounter(own, used, null, heavy);
        this.sims = new double[k][];
    }

    int rows() {
        return own.length;
    }

    /** Row {@code a}: similarities with every later member sharing a target. {@code count}: ≥ rows() zeroes. */
    void row(int a, int[] count) {
        int k = own.length;
        pairs.count(a, count, 0);
        double[] row = new double[k - a - 1];
        int n = 0;
        for (int b = a + 1; b < k; b++) {
            if (count[b] > 0) {
                row[n++] = (double) count[b] / (own[a].length + own[b].length - count[b]);
            }
        }
        pairs.reset(a, count);
        sims[a] = Arrays.copyOf(row, n);
    }

    /** The mean over all {@code k(k−1)/2} pairs, rows summed in order; every row must have been computed. */
    double mean() {
        double sum = 0;
        for (double[] row : sims) {
            for (double sim : row) {
                sum += sim;
            }
        }
        int k = own.length;
        long pairCount = (long) k * (k - 1) / 2;
        return pairCount == 0 ? 0 : sum / pairCount;
    }

    /**
     * Renumbers the columns the rows use to {@code 0..used-1}, order kept (lists stay ascending, intersections the
     * same). Returns used.
     */
    private static int compactColumns(int[][] rows, int columns) {
        long[] seen = new long[(columns + 63) >>> 6];
        for (int[] row : rows) {
            for (int t : row) {
                seen[t >>> 6] |= 1L << t;
            }
        }
        int[] before = new int[seen.length + 1];
        for (int w = 0; w < seen.length; w++) {
            before[w + 1] = before[w] + Long.bitCount(seen[w]);
        }
        for (int i = 0; i < rows.length; i++) {
            int[] row = new int[rows[i].length];
            for (int j = 0; j < row.length; j++) {
                int t = rows[i][j];
                row[j] = before[t >>> 6] + Long.bitCount(seen[t >>> 6] & ((1L << t) - 1));
            }
            rows[i] = row;
        }
        return before[seen.length];
    }
}
