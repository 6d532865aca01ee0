package nl.ketenlens.exposure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.graph.projection.GraphProjection;

/**
 * For one depth: per sector, how many of its companies reach a facility with each salient-issue key (through the
 * same links as an exposure report, unmasked, any theme). Built once with one breadth-first search per company;
 * only counts are kept, so a report can say "3 other companies" and never which.
 */
final class SectorIndex {

    private final Map<String, int[]> countsBySector = new HashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();

    SectorIndex(GraphProjection p, IssueKeys keys, int depth) {
        SupplyGraph g = p.graph();
        int n = g.vertexCount();
        int[] seenStamp = new int[n];
        int[] tier = new int[n];
        int[] queue = new int[n];
        int[] keyStamp = new int[keys.size()];
        int stamp = 0;
        for (int c : g.companies()) {
            String sector = p.sectors()[c];
            if (sector == null) {
                continue;
            }
            stamp++;
            sizes.merge(sector, 1, Integer::sum);
            int[] counts = countsBySector.computeIfAbsent(sector, s -> new int[keys.size()]);
            int tail = seed(g, c, stamp, seenStamp, tier, queue);
            for (int head = 0; head < tail; head++) {
                int v = queue[head];
                for (int k : keys.keysOf(v)) {
                    if (keyStamp[k] != stamp) {
                        keyStamp[k] = stamp;
                        counts[k]++;
                    }
                }
                if (tier[v] >= depth) {
                    continue;
                }
                for (int e = g.outStart(v); e < g.outStart(v + 1); e++) {
                    int w = g.target(e);
                    if (!g.isFinancing(e) && seenStamp[w] != stamp) {
                        seenStamp[w] = stamp;
                        tier[w] = tier[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }
        }
    }

    /** The company itself and the companies it finances, at tier 0; returns the queue length. */
    private static int seed(SupplyGraph g, int c, int stamp, int[] seen, int[] tier, int[] queue) {
        int tail = 0;
        seen[c] = stamp;
        tier[c] = 0;
        queue[tail++] = c;
        for (int e = g.outStart(c); e < g.outStart(c + 1); e++) {
            int w = g.target(e);
            if (g.isFinancing(e) && seen[w] != stamp) {
                seen[w] = stamp;
                tier[w] = 0;
                queue[tail++] = w;
            }
        }
        return tail;
    }

    /** How many companies of {@code sector} reach issue {@code key}; 0 for an unknown sector or key. */
    int count(String sector, int key) {
        int[] counts = sector == null ? null : countsBySector.get(sector);
        return counts == null || key >= counts.length ? 0 : counts[key];
    }

    /** How many companies {@code sector} has; 0 for an unknown sector. */
    int size(String sector) {
        return sector == null ? 0 : sizes.getOrDefault(sector, 0);
    }

    @Override
    public String toString() {
        return "SectorIndex" + Arrays.toString(countsBySector.keySet().toArray());
    }
}
