package nl.ketenlens.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimum vertex cut between the selected companies and one hotspot: a smallest set {@code C} of <em>cuttable</em>
 * facilities (unengaged facilities that are not in the hotspot) such that, with {@code C} removed, no selected
 * company reaches any target of the hotspot (its risk-bearing, unengaged facilities). Companies and hotspot
 * facilities are never cut. By Menger's theorem {@code |C|} equals the maximum number of vertex-disjoint (over
 * cuttable vertices) company → target paths.
 *
 * <p>Algorithm: the network is restricted to vertices both reachable from the selection and reaching a target;
 * every such vertex {@code v} is split into {@code v_in → v_out} with capacity 1 if cuttable, ∞ otherwise; edges
 * {@code u → w} become {@code u_out → w_in} (∞); a super-source feeds the companies and the targets feed a
 * super-sink. Dinic's max flow ({@code O(E √V)} for unit capacities), then the cut is the set of split arcs leaving
 * the residual source side (the minimum cut nearest the companies; other minimum cuts of the same size may exist).
 * Oracle in tests: JGraphT {@code EdmondsKarpMFImpl} on the same node-split graph built as a JGraphT graph.
 */
public final class MinVertexCut {
    private final LeverageInput input;
    private final Hotspot hotspot;
    private VertexCutResult result;

    /** Unknown hotspot keys are an {@link IllegalArgumentException} naming the key. */
    public MinVertexCut(LeverageInput input, String hotspotKey) {
        if (input == null) {
            throw new IllegalArgumentException("input is required");
        }
        this.input = input;
        this.hotspot = input.risk().hotspot(hotspotKey);
    }

    public synchronized VertexCutResult result() {
        if (result == null) {
            result = compute();
        }
        return result;
    }

    private VertexCutResult compute() {
        SupplyGraph g = input.graph();
        boolean[] mask = input.mask();
        double[] r = input.risk().raw();
        int n = g.vertexCount();
        Bfs bfs = new Bfs(g, mask);
        boolean[] down = marks(n, bfs.down(input.sources()));
        int[] targets = java.util.Arrays.stream(hotspot.raw()).filter(t -> r[t] > 0 && down[t]).toArray();
        boolean[] isTarget = marks(n, targets);
        boolean[] up = marks(n, bfs.up(targets));
        int exposed = 0;
        for (int s : input.sources()) {
            exposed += up[s] ? 1 : 0;
        }
        if (targets.length == 0 || exposed == 0) {
            return new VertexCutResult(hotspot.key(), true, 0, List.of(), List.of(), 0, targets.length, List.of());
        }
        List<String> blocking = blocking(g, mask, isTarget, up);
        if (!blocking.isEmpty()) {
            return new VertexCutResult(hotspot.key(), false, -1, List.of(), List.of(), exposed, targets.length,
                    blocking);
        }
        return cut(g, down, up, isTarget, exposed, targets.length);
    }

    private VertexCutResult cut(SupplyGraph g, boolean[] down, boolean[] up, boolean[] isTarget, int exposed,
                                int targetCount) {
        int n = g.vertexCount();
        int[] local = new int[n];
        int k = 0;
        for (int v = 0; v < n; v++) {
            local[v] = down[v] && up[v] ? k++ : -1;
        }
        int source = 2 * k;
        int sink = 2 * k + 1;
        MaxFlow flow = new MaxFlow(2 * k + 2, 2 * k + g.edgeCount() / 2);
        for (int v = 0; v < n; v++) {
            int i = local[v];
            if (i < 0) {
                continue;
            }
            boolean cuttable = !g.company[v] && !hotspot.contains(v);
            flow.addArc(2 * i, 2 * i + 1, cuttable ? 1 : MaxFlow.INF);
            if (g.company[v] && input.selection().contains(v)) {
                flow.addArc(source, 2 * i, MaxFlow.INF);
            }
            if (isTarget[v]) {
                flow.addArc(2 * i + 1, sink, MaxFlow.INF);
            }
            for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
                int j = local[g.outTarget[e]];
                if (j >= 0) {
                    flow.addArc(2 * i + 1, 2 * j, MaxFlow.INF);
                }
            }
        }
        long size = flow.maxFlow(source, sink);
        boolean[] side = flow.residualReach(source);
        List<Integer> cut = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int i = local[v];
            if (i >= 0 && side[2 * i] && !side[2 * i + 1]) {
                cut.add(v);
                ids.add(g.id(v));
            }
        }
        if (cut.size() != size) {
            throw new IllegalStateException("cut of " + cut.size() + " vertices for flow " + size);
        }
        return new VertexCutResult(hotspot.key(), true, cut.size(), cut, ids, exposed, targetCount, List.of());
    }

    /** Companies reaching a target through uncuttable vertices only (companies, hotspot facilities). */
    private List<String> blocking(SupplyGraph g, boolean[] mask, boolean[] isTarget, boolean[] up) {
        List<String> out = new ArrayList<>();
        boolean[] onlyUncuttable = new boolean[g.vertexCount()];
        for (int v = 0; v < onlyUncuttable.length; v++) {
            onlyUncuttable[v] = mask[v] || !(g.company[v] || hotspot.contains(v));   // true = blocked for this BFS
        }
        Bfs restricted = new Bfs(g, onlyUncuttable);
        for (int s : input.sources()) {
            if (!up[s]) {
                continue;
            }
            restricted.runDown(s);
            for (int i = 0; i < restricted.size(); i++) {
                if (isTarget[restricted.at(i)]) {
                    out.add(g.id(s));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean[] marks(int n, int[] vertices) {
        boolean[] m = new boolean[n];
        for (int v : vertices) {
            m[v] = true;
        }
        return m;
    }
}
