package nl.ketenlens.analysis;

import java.util.Arrays;

/**
 * Dinic's maximum flow on int arrays (Dinic 1970): BFS level graph, then blocking flow by iterative DFS with
 * current-arc pointers. {@code O(E √V)} on the unit-capacity node-split networks used for vertex cuts.
 */
final class MaxFlow {
    static final int INF = Integer.MAX_VALUE / 4;
    private final int nodes;
    private final int[] head;
    private int[] next;
    private int[] to;
    private int[] cap;
    private int arcs;

    MaxFlow(int nodes, int expectedArcs) {
        this.nodes = nodes;
        this.head = new int[nodes];
        Arrays.fill(head, -1);
        int c = Math.max(16, expectedArcs * 2);
        next = new int[c];
        to = new int[c];
        cap = new int[c];
    }

    void addArc(int u, int v, int capacity) {
        if (arcs + 2 > to.length) {
            int c = to.length * 2;
            next = Arrays.copyOf(next, c);
            to = Arrays.copyOf(to, c);
            cap = Arrays.copyOf(cap, c);
        }
        to[arcs] = v;
        cap[arcs] = capacity;
        next[arcs] = head[u];
        head[u] = arcs++;
        to[arcs] = u;
        cap[arcs] = 0;
        next[arcs] = head[v];
        head[v] = arcs++;
    }

    long maxFlow(int s, int t) {
        int[] level = new int[nodes];
        int[] it = new int[nodes];
        int[] queue = new int[nodes];
        int[] pathArc = new int[nodes];
        long flow = 0;
        while (levels(s, t, level, queue)) {
            System.arraycopy(head, 0, it, 0, nodes);
            int pushed;
            while ((pushed = augment(s, t, level, it, pathArc)) > 0) {
                flow += pushed;
            }
        }
        return flow;
    }

    private boolean levels(int s, int t, int[] level, int[] queue) {
        Arrays.fill(level, -1);
        level[s] = 0;
        int size = 0;
        queue[size++] = s;
        for (int h = 0; h < size; h++) {
            int v = queue[h];
            for (int a = head[v]; a >= 0; a = next[a]) {
                if (cap[a] > 0 && level[to[a]] < 0) {
                    level[to[a]] = level[v] + 1;
                    queue[size++] = to[a];
                }
            }
        }
        return level[t] >= 0;
    }

    /** One augmenting path in the level graph, found by iterative DFS; returns the amount pushed (0 = blocked). */
    private int augment(int s, int t, int[] level, int[] it, int[] pathArc) {
        int depth = 0;
        int v = s;
        while (true) {
            if (v == t) {
                int bottleneck = INF;
                for (int i = 0; i < depth; i++) {
                    bottleneck = Math.min(bottleneck, cap[pathArc[i]]);
                }
                for (int i = 0; i < depth; i++) {
                    cap[pathArc[i]] -= bottleneck;
                    cap[pathArc[i] ^ 1] += bottleneck;
                }
                return bottleneck;
            }
            int a = it[v];
            while (a >= 0 && (cap[a] <= 0 || level[to[a]] != level[v] + 1)) {
                a = next[a];
            }
            it[v] = a;
            if (a >= 0) {
                pathArc[depth++] = a;
                v = to[a];
            } else {
                if (depth == 0) {
                    return 0;
                }
                level[v] = -1;   // dead end: never enter again in this phase
                int back = pathArc[--depth];
                v = to[back ^ 1];
                it[v] = next[it[v]];
            }
        }
    }

    /** Nodes reachable from {@code s} in the residual network (after {@link #maxFlow}). */
    boolean[] residualReach(int s) {
        boolean[] seen = new boolean[nodes];
        int[] queue = new int[nodes];
        int size = 0;
        seen[s] = true;
        queue[size++] = s;
        for (int h = 0; h < size; h++) {
            for (int a = head[queue[h]]; a >= 0; a = next[a]) {
                if (cap[a] > 0 && !seen[to[a]]) {
                    seen[to[a]] = true;
                    queue[size++] = to[a];
                }
            }
        }
        return seen;
    }
}
