package nl.ketenlens.analysis;

/**
 * The forward adjacency of a {@link SupplyGraph} renumbered in breadth-first discovery order from the selected
 * companies, so that the suppliers of one buyer — and what a company reaches — get neighbouring numbers. Kernels
 * that run one search per company over a network much larger than the cache touch fewer cache lines this way (on
 * the 1M-facility network exact betweenness used ~28 % less CPU, ADR 0021). Each row keeps its original successor
 * order and the sources keep theirs, so sums come out in the same order as on the original numbering.
 * {@code O(n + m)} time and {@code 4 (3n + m)} bytes.
 */
final class DiscoveryOrder {
    final int[] newId;      // original vertex -> new number
    final int[] original;   // new number -> original vertex
    final int[] outStart;   // n + 1 offsets, new numbering
    final int[] outTarget;  // successors, new numbering

    DiscoveryOrder(SupplyGraph g, int[] sources) {
        int n = g.vertexCount();
        newId = new int[n];
        original = new int[n];
        java.util.Arrays.fill(newId, -1);
        int size = 0;
        for (int s : sources) {
            if (newId[s] >= 0) {
                continue;
            }
            newId[s] = size;
            original[size++] = s;
            for (int head = size - 1; head < size; head++) {
                int v = original[head];
                for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
                    int w = g.outTarget[e];
                    if (newId[w] < 0) {
                        newId[w] = size;
                        original[size++] = w;
                    }
                }
            }
        }
        for (int v = 0; v < n; v++) {
            if (newId[v] < 0) {
                newId[v] = size;
                original[size++] = v;
            }
        }
        outStart = new int[n + 1];
        outTarget = new int[g.edgeCount()];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int v = original[i];
            for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
                outTarget[m++] = newId[g.outTarget[e]];
            }
            outStart[i + 1] = m;
        }
    }

    /** {@code values} indexed by original vertex, reindexed by new number. */
    double[] toNew(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[original[i]];
        }
        return out;
    }

    boolean[] toNew(boolean[] values) {
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[original[i]];
        }
        return out;
    }

    int[] toNew(int[] vertices) {
        int[] out = new int[vertices.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = newId[vertices[i]];
        }
        return out;
    }

    /** {@code values} indexed by new number, back to original vertices (empty stays empty). */
    double[] toOriginal(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[original[i]] = values[i];
        }
        return out;
    }
}
