package nl.ketenlens.analysis;

/**
 * Strongly connected components of the unmasked part of a {@link SupplyGraph} (iterative Tarjan, {@code O(n + m)},
 * int arrays only). Tarjan emits a component only after every component reachable from it, so component ids are in
 * reverse topological order: id 0 is a sink; walking ids downwards from {@code count - 1} visits buyers before
 * suppliers. Masked vertices get component -1.
 */
final class Condensation {
    final int[] comp;        // vertex -> component id, -1 if masked
    final int count;
    final int[] compStart;   // count + 1 offsets into compVertex
    final int[] compVertex;
    private volatile int[][] dag;    // {succStart (count + 1), succ}: distinct successor components, built on demand

    private Condensation(int[] comp, int count, int[] compStart, int[] compVertex) {
        this.comp = comp;
        this.count = count;
        this.compStart = compStart;
        this.compVertex = compVertex;
    }

    static Condensation of(SupplyGraph g, boolean[] mask) {
        int n = g.vertexCount();
        int[] comp = new int[n];
        int[] low = new int[n];
        int[] num = new int[n];            // 0 = unvisited, else DFS number + 1
        int[] stack = new int[n];
        int[] callV = new int[n];
        int[] callE = new int[n];
        boolean[] onStack = new boolean[n];
        int sp = 0;
        int counter = 0;
        int compCount = 0;
        java.util.Arrays.fill(comp, -1);
        for (int root = 0; root < n; root++) {
            if (mask[root] || num[root] != 0) {
                continue;
            }
            int depth = 0;
            callV[0] = root;
            callE[0] = g.outStart[root];
            num[root] = low[root] = ++counter;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callV[depth];
                if (callE[depth] < g.outStart[v + 1]) {
                    int w = g.outTarget[callE[depth]++];
                    if (mask[w]) {
                        continue;
                    }
                    if (num[w] == 0) {
                        num[w] = low[w] = ++counter;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callV[depth] = w;
                        callE[depth] = g.outStart[w];
                    } else if (onStack[w] && num[w] < low[v]) {
                        low[v] = num[w];
                    }
                    continue;
                }
                if (low[v] == num[v]) {
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        comp[w] = compCount;
                    } while (w != v);
                    compCount++;
                }
                depth--;
                if (depth >= 0 && low[v] < low[callV[depth]]) {
                    low[callV[depth]] = low[v];
                }
            }
        }
        int[] start = new int[compCount + 1];
        for (int v = 0; v < n; v++) {
            if (comp[v] >= 0) {
                start[comp[v] + 1]++;
            }
        }
        for (int c = 0; c < compCount; c++) {
            start[c + 1] += start[c];
        }
        int[] verts = new int[start[compCount]];
        int[] fill = java.util.Arrays.copyOf(start, compCount);
        for (int v = 0; v < n; v++) {
            if (comp[v] >= 0) {
                verts[fill[comp[v]]++] = v;
            }
        }
        return new Condensation(comp, compCount, start, verts);
    }

    int size(int c) {
        return compStart[c + 1] - compStart[c];
    }

    /**
     * Forward propagation (buyer → supplier): afterwards {@code mask[c]} is the OR of the seeds of every component
     * that reaches {@code c}, itself included. {@code O(n + m)}; components with an empty mask push nothing.
     */
    void propagateDown(SupplyGraph g, long[] mask) {
        for (int c = count - 1; c >= 0; c--) {
            long m = mask[c];
            if (m == 0) {
                continue;
            }
            for (int p = compStart[c]; p < compStart[c + 1]; p++) {
                int v = compVertex[p];
                for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
                    int cx = comp[g.outTarget[e]];
                    if (cx >= 0 && cx != c) {
                        mask[cx] |= m;
                    }
                }
            }
        }
    }

    /**
     * Backward propagation (supplier → buyer): afterwards {@code mask[c]} is the OR of the seeds of every component
     * reachable from {@code c}, itself included. {@code O(n + m)}.
     */
    void propagateUp(SupplyGraph g, long[] mask) {
        for (int c = 0; c < count; c++) {
            long m = mask[c];
            for (int p = compStart[c]; p < compStart[c + 1]; p++) {
                int v = compVertex[p];
                for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
                    int cx = comp[g.outTarget[e]];
                    if (cx >= 0) {
                        m |= mask[cx];
                    }
                }
            }
            mask[c] = m;
        }
    }

    /** The condensed DAG as {succStart, succ}; successors of {@code c} have smaller ids. Built once, then cached. */
    int[][] dag(SupplyGraph g) {
        int[][] d = dag;
        if (d == null) {
            synchronized (this) {
                d = dag;
                if (d == null) {
                    d = buildDag(g);
                    dag = d;
                }
            }
        }
        return d;
    }

    private int[][] buildDag(SupplyGraph g) {
        int[] start = new int[count + 1];
        int[] succ = new int[Math.max(16, g.edgeCount())];
        int[] seen = new int[count];
        java.util.Arrays.fill(seen, -1);
        int size = 0;
        for (int c = 0; c < count; c++) {
            seen[c] = c;
            for (int p = compStart[c]; p < compStart[c + 1]; p++) {
                int v = compVertex[p];
                for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
                    int cx = comp[g.outTarget[e]];
                    if (cx >= 0 && seen[cx] != c) {
                        seen[cx] = c;
                        succ[size++] = cx;
                    }
                }
            }
            start[c + 1] = size;
        }
        return new int[][] {start, java.util.Arrays.copyOf(succ, size)};
    }
}
