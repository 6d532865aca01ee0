package nl.ketenlens.analysis;

/**
 * {@code R(v) = Σ_{t ∈ T, t reachable from v} r(t)} for every vertex, exactly: targets in blocks of 64, each block
 * propagated upwards over the condensation as one {@code long} per component, and the block's bits summed with
 * eight 256-entry lookup tables. {@code O(⌈|T|/64⌉ · (n + m) / threads)} time, {@code O(n)} memory per thread.
 */
final class DownstreamRisk {
    private DownstreamRisk() {
    }

    /** Word steps the exact kernel needs, to decide whether to afford it. */
    static long cost(SupplyGraph g, int targets) {
        return ((targets + 63L) / 64) * ((long) g.vertexCount() + g.edgeCount());
    }

    /** Exact R per component. */
    static double[] exact(SupplyGraph g, Condensation cond, int[] targets, double[] r) {
        int blocks = (targets.length + 63) >>> 6;
        return Parallel.run(blocks, () -> new double[cond.count], (acc, b) -> block(g, cond, targets, r, b, acc),
                (a, b) -> {
                    for (int i = 0; i < a.length; i++) {
                        a[i] += b[i];
                    }
                    return a;
                });
    }

    private static void block(SupplyGraph g, Condensation cond, int[] targets, double[] r, int b, double[] acc) {
        long[] mask = new long[cond.count];
        double[][] table = new double[8][256];
        int base = b << 6;
        for (int j = 0; j < 64 && base + j < targets.length; j++) {
            int t = targets[base + j];
            mask[cond.comp[t]] |= 1L << j;
            int byteIdx = j >>> 3;
            int bit = 1 << (j & 7);
            for (int x = 0; x < 256; x++) {
                if ((x & bit) != 0) {
                    table[byteIdx][x] += r[t];
                }
            }
        }
        cond.propagateUp(g, mask);
        for (int c = 0; c < cond.count; c++) {
            long m = mask[c];
            double sum = 0;
            for (int k = 0; m != 0; k++, m >>>= 8) {
                sum += table[k][(int) (m & 0xFF)];
            }
            acc[c] += sum;
        }
    }

    /**
     * An upper bound of R per component in one pass: {@code r(component) + Σ bound(successor components)}, capped at
     * {@code cap}. It over-counts targets reached along several routes, never under-counts.
     */
    static double[] upperBound(SupplyGraph g, Condensation cond, double[] r, double cap) {
        double[] bound = new double[cond.count];
        for (int c = 0; c < cond.count; c++) {
            double sum = 0;
            for (int p = cond.compStart[c]; p < cond.compStart[c + 1]; p++) {
                int v = cond.compVertex[p];
                sum += r[v];
                for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
                    int cx = cond.comp[g.outTarget[e]];
                    if (cx >= 0 && cx != c) {
                        sum += bound[cx];
                    }
                }
            }
            bound[c] = Math.min(cap, sum);
        }
        return bound;
    }
}
