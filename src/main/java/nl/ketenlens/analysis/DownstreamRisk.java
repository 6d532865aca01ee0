package nl.ketenlens.analysis;

/**
 * {@code R(v) = Σ_{t ∈ T, t reachable from v} r(t)} for every vertex, exactly: targets in blocks of 64, each block
 * propagated upwards over the condensation as one {@code long} per component, and the block's bits summed with
 * eight 256-entry lookup tables per word. Each pass carries {@link Condensation#WIDTH} words (512 targets, ordered by
 * component) per component over the condensed DAG ({@link Condensation#propagateUpWide}). {@code O(⌈|T|/64⌉ · (n + m) / threads)}
 * time, {@code O(WIDTH · n)} memory per thread.
 */
final class DownstreamRisk {
    private DownstreamRisk() {
    }

    /** Word steps the exact kernel needs, to decide whether to afford it. */
    static long cost(SupplyGraph g, int targets) {
        return ((targets + 63L) / 64) * ((long) g.vertexCount() + g.edgeCount());
    }

    private static final int WIDTH = Condensation.WIDTH;

    /** Exact R per component. */
    static double[] exact(SupplyGraph g, Condensation cond, int[] targets, double[] r) {
        int[] byComponent = sortedByComponent(cond, targets);
        int words = (targets.length + 63) >>> 6;
        int passes = (words + WIDTH - 1) / WIDTH;
        return Parallel.run(passes, () -> new double[cond.count], (acc, b) -> pass(g, cond, byComponent, r, b, acc),
                (a, b) -> {
                    for (int i = 0; i < a.length; i++) {
                        a[i] += b[i];
                    }
                    return a;
                });
    }

    private static void pass(SupplyGraph g, Condensation cond, int[] targets, double[] r, int b, double[] acc) {
        long[] mask = new long[cond.count * WIDTH];
        boolean[] nonZero = new boolean[cond.count];
        double[][] table = new double[WIDTH * 8][256];
        int base = b * WIDTH * 64;
        for (int j = 0; j < WIDTH * 64 && base + j < targets.length; j++) {
            int t = targets[base + j];
            mask[cond.comp[t] * WIDTH + (j >>> 6)] |= 1L << j;
            nonZero[cond.comp[t]] = true;
            double[] tab = table[j >>> 3];
            int bit = 1 << (j & 7);
            for (int x = 0; x < 256; x++) {
                if ((x & bit) != 0) {
                    tab[x] += r[t];
                }
            }
        }
        cond.propagateUpWide(g, mask, nonZero);
        for (int c = 0; c < cond.count; c++) {
            if (!nonZero[c]) {
                continue;
            }
            double sum = 0;
            for (int k = 0; k < WIDTH; k++) {
                long m = mask[c * WIDTH + k];
                for (int i = k * 8; m != 0; i++, m >>>= 8) {
                    sum += table[i][(int) (m & 0xFF)];
                }
            }
            acc[c] += sum;
        }
    }

    /** Targets ordered by component id (Tarjan's DFS order), so each pass's seeds share most of their ancestors. */
    static int[] sortedByComponent(Condensation cond, int[] targets) {
        long[] keyed = new long[targets.length];
        for (int i = 0; i < targets.length; i++) {
            keyed[i] = ((long) cond.comp[targets[i]] << 32) | targets[i];
        }
        java.util.Arrays.sort(keyed);
        int[] out = new int[targets.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) keyed[i];
        }
        return out;
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
