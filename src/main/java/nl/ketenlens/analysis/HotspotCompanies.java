package nl.ketenlens.analysis;

import java.util.List;

/**
 * For every hotspot, the selected companies that reach at least one of its targets, in ascending vertex order.
 * Word-parallel: 64 hotspots per {@code long}, each hotspot's bit seeded at its targets' components and propagated
 * backwards (supplier → buyer) over the condensation in one {@code O(n + m)} pass per block of 64 hotspots
 * ({@link Condensation#propagateUp}), blocks in parallel; a company's word then names the hotspots it reaches.
 * Replaces one reverse search per hotspot, which at 1M facilities walked 2.7·10⁷ vertices for 369 hotspots and
 * sorted each result (ADR 0021, session 4). Same lists as a reverse BFS from the targets filtered to the
 * selection (the chokepoint tests check both ways).
 */
final class HotspotCompanies {
    private HotspotCompanies() {
    }

    /** {@code targets[h]}: unmasked vertices of hotspot {@code h}; returns the reaching companies per hotspot. */
    static int[][] of(SupplyGraph g, Condensation cond, int[] sortedSources, List<int[]> targets) {
        int hotspots = targets.size();
        int[][] out = new int[hotspots][];
        int blocks = (hotspots + 63) >>> 6;
        Parallel.run(blocks, () -> new long[cond.count], (mask, b) -> block(g, cond, sortedSources, targets, b, mask,
                out), (a, b) -> a);
        return out;
    }

    private static void block(SupplyGraph g, Condensation cond, int[] sources, List<int[]> targets, int block,
                              long[] mask, int[][] out) {
        java.util.Arrays.fill(mask, 0L);
        int base = block << 6;
        int width = Math.min(64, targets.size() - base);
        for (int j = 0; j < width; j++) {
            for (int t : targets.get(base + j)) {
                mask[cond.comp[t]] |= 1L << j;
            }
        }
        cond.propagateUp(g, mask);
        int[] sizes = new int[width];
        for (int s : sources) {
            for (long m = mask[cond.comp[s]]; m != 0; m &= m - 1) {
                sizes[Long.numberOfTrailingZeros(m)]++;
            }
        }
        int[][] lists = new int[width][];
        for (int j = 0; j < width; j++) {
            lists[j] = new int[sizes[j]];
            sizes[j] = 0;
        }
        for (int s : sources) {
            for (long m = mask[cond.comp[s]]; m != 0; m &= m - 1) {
                int j = Long.numberOfTrailingZeros(m);
                lists[j][sizes[j]++] = s;
            }
        }
        System.arraycopy(lists, 0, out, base, width);
    }
}
