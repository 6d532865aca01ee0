package nl.ketenlens.analysis;

/**
 * The selection's estimated annual volume arriving at every vertex (ADR 0017), in one unit dimension (kg or EUR).
 *
 * <p>Definition: with {@code S} the selected companies and {@code vol(e)} the annual volume a buyer gave for edge
 * {@code e}, {@code in(v) = Σ_{e = s→v, s ∈ S} vol(e) + Σ_{e = u→v, u ∉ S} in(u) × share(e)}: what the members buy
 * directly, plus what their suppliers buy on for them, split by the suppliers' own shares (the share is the fraction
 * of the buyer's purchase that goes to that supplier). Edges with an unknown volume (from a member) or share (from a
 * supplier) carry nothing, so {@code in(v)} is a lower bound. A member passes nothing on: its own purchases are
 * already counted by its own volumes, and passing on would count them twice. Financing edges carry nothing. As in
 * {@link CollectiveReach}'s share flow, edges inside a strongly connected component carry nothing (a cycle would
 * otherwise count a volume again on every turn).
 *
 * <p>Algorithm: one pass over the condensation in topological order, {@code O(n + m)}. Test oracle: hand-computed
 * values on small graphs ({@code VolumeFlowTests}).
 *
 * <p>{@link #contributors(int)} counts the selected companies behind {@code in(v)}: a sum of one or two companies'
 * volumes over a published throughput would let a reader work out what they buy, so a share is only shown when
 * enough companies stand behind it (the aggregate-only rule, ADR 0017).
 */
public final class VolumeFlow {
    private final SupplyGraph g;
    private final int[] sources;
    private final double[] edgeVolume;
    private Condensation cond;

    /**
     * @param edgeVolume annual volume per forward edge in one dimension, {@code NaN} where not given
     */
    public VolumeFlow(SupplyGraph g, int[] sources, double[] edgeVolume) {
        if (g == null || sources == null || edgeVolume == null) {
            throw new IllegalArgumentException("graph, sources and edge volumes are required");
        }
        if (edgeVolume.length != g.edgeCount()) {
            throw new IllegalArgumentException("one volume per edge: " + g.edgeCount() + " edges, "
                    + edgeVolume.length + " volumes");
        }
        this.g = g;
        this.sources = sources.clone();
        this.edgeVolume = edgeVolume;
    }

    /** {@code in(v)} per vertex; 0 where nothing arrives. */
    public double[] arriving() {
        int n = g.vertexCount();
        boolean[] selected = new boolean[n];
        double[] in = new double[n];
        for (int s : sources) {
            selected[s] = true;
        }
        for (int s : sources) {
            for (int e = g.outStart[s]; e < g.outStart[s + 1]; e++) {
                double vol = edgeVolume[e];
                if (!g.financing.get(e) && !Double.isNaN(vol)) {
                    in[g.outTarget[e]] += vol;
                }
            }
        }
        Condensation cond = condensation();
        for (int c = cond.count - 1; c >= 0; c--) {
            for (int p = cond.compStart[c]; p < cond.compStart[c + 1]; p++) {
                int u = cond.compVertex[p];
                if (selected[u] || in[u] == 0) {
                    continue;
                }
                for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
                    int w = g.outTarget[e];
                    double share = g.share[e];
                    if (!g.financing.get(e) && cond.comp[w] != c && share > 0) {
                        in[w] += in[u] * share;
                    }
                }
            }
        }
        return in;
    }

    /**
     * How many selected companies contribute to {@code in(v)}: those with a positive volume on an edge into
     * {@code v}, or into a non-selected supplier that passes volume on towards {@code v} by the edges {@link
     * #arriving()} uses (known positive share, not financing, not inside a cycle). A reverse search from {@code v},
     * {@code O(n + m)}; 0 when nothing arrives.
     */
    public int contributors(int v) {
        if (v < 0 || v >= g.vertexCount()) {
            throw new IllegalArgumentException("no vertex " + v);
        }
        int n = g.vertexCount();
        boolean[] selected = new boolean[n];
        for (int s : sources) {
            selected[s] = true;
        }
        Condensation c = condensation();
        boolean[] seen = new boolean[n];
        boolean[] counted = new boolean[n];
        int[] stack = new int[n];
        int top = 0;
        int found = 0;
        stack[top++] = v;
        seen[v] = true;
        while (top > 0) {
            int w = stack[--top];
            for (int p = g.inStart[w]; p < g.inStart[w + 1]; p++) {
                int u = g.inSource[p];
                int e = g.inEdge[p];
                if (g.financing.get(e)) {
                    continue;
                }
                if (selected[u]) {
                    if (!counted[u] && edgeVolume[e] > 0) { // NaN > 0 is false: an unknown volume carries nothing
                        counted[u] = true;
                        found++;
                    }
                } else if (!seen[u] && g.share[e] > 0 && c.comp[u] != c.comp[w]) {
                    seen[u] = true;
                    stack[top++] = u;
                }
            }
        }
        return found;
    }

    private Condensation condensation() {
        if (cond == null) {
            cond = Condensation.of(g, new boolean[g.vertexCount()]);
        }
        return cond;
    }
}
