package nl.ketenlens.analysis;

/**
 * Collective reach: for every facility {@code v},
 * <ul>
 * <li>{@code companies(v)} = |{c ∈ S : a supply path c ⇝ v exists in the unmasked graph}|;</li>
 * <li>{@code members(v)} = how many of those are covenant members;</li>
 * <li>{@code shareFlow(v)} = Σ<sub>c∈S</sub> Σ<sub>paths c⇝v with every share known</sub> Π shares: the volume
 * share of the selection's purchases that ends up at {@code v}. On a DAG this is exactly the sum over all paths.
 * Cycles would make it a sum over infinitely many walks, so the members of a strongly connected component are
 * <em>pooled</em>: each is credited with the flow entering the component, edges inside a component carry no flow,
 * and an edge leaving the component from {@code u} carries {@code flow(component) × share(u → x)}. Paths through an
 * edge of unknown share contribute nothing (so the figure is a lower bound of the true share).</li>
 * </ul>
 *
 * <p>Algorithm: strongly connected components (Tarjan), then word-parallel propagation over the condensation in
 * topological order, 64 companies per {@code long}, blocks of companies in parallel. Time
 * {@code O((n + m) · ⌈|S| / 64⌉ / threads)}, memory {@code O(n)} per thread; no per-facility company sets are kept
 * (identities are recomputed on demand by {@link ReachResult#explain(int)}). When each company reaches a small part
 * of the network, one search per company is cheaper and gives the same counts ({@link ReachBySource}, chosen from a
 * sample). The share flow is linear, so all companies propagate it in one {@code O(n + m)} pass.
 *
 * <p>Reference: word-parallel ("bit-parallel") transitive closure, e.g. Nuutila, <em>Efficient transitive closure
 * computation in large digraphs</em> (1995). Oracle in tests: JGraphT reachability via {@code DepthFirstIterator}
 * per company on a {@code MaskSubgraph}, and brute-force path enumeration for the share flow on DAGs.
 */
public final class CollectiveReach {
    private final LeverageInput input;

    public CollectiveReach(LeverageInput input) {
        if (input == null) {
            throw new IllegalArgumentException("input is required");
        }
        this.input = input;
    }

    /** Computed on first call, then cached on the input (shared with the metrics that use reach counts). */
    public ReachResult result() {
        return input.reach();
    }

    static ReachResult compute(LeverageInput input) {
        SupplyGraph g = input.graph();
        Condensation cond = input.condensation();
        return compute(input, ReachBySource.cheaper(g, cond, input.sources()));
    }

    /** With the counting chosen by the caller: {@code sparse} = {@link ReachBySource}, else word-parallel. */
    static ReachResult compute(LeverageInput input, boolean sparse) {
        SupplyGraph g = input.graph();
        Condensation cond = input.condensation();
        int[] sources = input.sources();
        int[][] counts = sparse ? ReachBySource.count(g, cond, sources) : wordParallel(g, cond, sources);
        double[] flow = shareFlow(g, cond, sources);
        int n = g.vertexCount();
        int[] companies = new int[n];
        int[] members = new int[n];
        double[] share = new double[n];
        for (int v = 0; v < n; v++) {
            int c = cond.comp[v];
            if (c >= 0 && !g.company[v]) {
                companies[v] = counts[0][c];
                members[v] = counts[1][c];
                share[v] = flow[c];
            }
        }
        return new ReachResult(input, companies, members, share);
    }

    /**
     * A result from per-vertex counts found elsewhere — the exact betweenness pass visits every (company, reachable
     * vertex) pair anyway and counts them on the way ({@link RiskFlowBetweenness}); only the share flow is computed
     * here. {@code companies}/{@code members} are indexed by vertex; company vertices are zeroed as in
     * {@link #compute(LeverageInput, boolean)}.
     */
    static ReachResult fromCounts(LeverageInput input, int[] companies, int[] members) {
        SupplyGraph g = input.graph();
        Condensation cond = input.condensation();
        double[] flow = shareFlow(g, cond, input.sources());
        double[] share = new double[g.vertexCount()];
        for (int v = 0; v < share.length; v++) {
            int c = cond.comp[v];
            if (c >= 0 && !g.company[v]) {
                share[v] = flow[c];
            } else {
                companies[v] = 0;
                members[v] = 0;
            }
        }
        return new ReachResult(input, companies, members, share);
    }

    private static int[][] wordParallel(SupplyGraph g, Condensation cond, int[] sources) {
        int blocks = (sources.length + 63) >>> 6;
        return Parallel.run(blocks, () -> new int[2][cond.count], (acc, b) -> countBlock(g, cond, sources, b, acc),
                (a, b) -> {
                    for (int i = 0; i < cond.count; i++) {
                        a[0][i] += b[0][i];
                        a[1][i] += b[1][i];
                    }
                    return a;
                });
    }

    private static void countBlock(SupplyGraph g, Condensation cond, int[] sources, int block, int[][] acc) {
        long[] mask = new long[cond.count];
        long memberBits = 0;
        int base = block << 6;
        for (int j = 0; j < 64 && base + j < sources.length; j++) {
            int s = sources[base + j];
            mask[cond.comp[s]] |= 1L << j;
            if (g.member[s]) {
                memberBits |= 1L << j;
            }
        }
        cond.propagateDown(g, mask);
        for (int c = 0; c < cond.count; c++) {
            long m = mask[c];
            if (m != 0) {
                acc[0][c] += Long.bitCount(m);
                acc[1][c] += Long.bitCount(m & memberBits);
            }
        }
    }

    /** Pooled share flow per component (see class javadoc). */
    static double[] shareFlow(SupplyGraph g, Condensation cond, int[] sources) {
        double[] flow = new double[cond.count];
        for (int s : sources) {
            flow[cond.comp[s]] += 1.0;
        }
        for (int c = cond.count - 1; c >= 0; c--) {
            double f = flow[c];
            if (f == 0) {
                continue;
            }
            for (int p = cond.compStart[c]; p < cond.compStart[c + 1]; p++) {
                int v = cond.compVertex[p];
                for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
                    int cx = cond.comp[g.outTarget[e]];
                    double s = g.share[e];
                    if (cx >= 0 && cx != c && s > 0) {
                        flow[cx] += f * s;
                    }
                }
            }
        }
        return flow;
    }
}
