package nl.ketenlens.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Risk-flow betweenness: Brandes' betweenness restricted to sources {@code S} (the selected companies) and targets
 * (risk-bearing facilities), each pair weighted by the target's risk weight:
 * <pre>
 *   B(v) = Σ_{s∈S} Σ_{t ≠ s, t ≠ v} r(t) · σ_st(v) / σ_st
 * </pre>
 * where {@code σ_st} is the number of shortest (fewest-hop) paths from {@code s} to {@code t} in the unmasked graph
 * and {@code σ_st(v)} the number of those passing through {@code v}. Endpoints do not count for themselves (as in
 * Brandes). Normalized: {@code B(v) / W} with {@code W = Σ_s Σ_{t reachable from s, t≠s} r(t)}, the total
 * risk-weighted exposure, so {@code normalized(v)} ∈ [0,1] is the share of the selection's risk-weighted
 * shortest-path exposure that flows through {@code v}.
 *
 * <p>Algorithm: Brandes (2001), <em>A faster algorithm for betweenness centrality</em>, with the generalised
 * dependency {@code δ_s(v) = Σ_{w: v∈P_s(w)} σ_sv/σ_sw · (r(w) + δ_s(w))} (Brandes 2008, <em>On variants of
 * shortest-path betweenness centrality</em>, §3 "source/target-restricted" and "edge-weighted pairs"). One BFS per
 * source, sources in parallel. The dependencies are <em>pulled</em> from each vertex's successors one level further
 * ({@code δ_s(v) = σ_sv · Σ_{w ∈ out(v), d(w) = d(v)+1} (r(w) + δ_s(w)) / σ_sw}) rather than pushed to the
 * predecessors over in-edges: both passes then read only out-edges of reached vertices, and a hub with thousands of
 * buyers costs each source its few out-edges instead of its whole in-list (ADR 0021). Exact:
 * {@code O(Σ_s Σ_{v reached from s} (1 + out(v)) / threads)} time, {@code O(|S| (n + m))} at worst, {@code O(n)}
 * memory per thread. When the input's reach is not known yet, the exact pass also counts, per vertex, the sources
 * (and member sources) that reach it and hands those counts to the input as its collective reach: the same
 * (company, vertex) visits, so reach costs no second search per company (ADR 0021, session 4).
 *
 * <p>Sampled (Brandes &amp; Pich 2007, <em>Centrality estimation in large networks</em>): {@code p} pivot sources drawn
 * uniformly without replacement, contributions scaled by {@code |S| / p}. The result states a 95 % error bound on
 * each normalized score from the empirical-Bernstein inequality, per vertex from the spread of its pivots'
 * contributions ({@link #bernstein}); the largest over all vertices is reported, {@code W} exact (from the reach
 * kernel). Whether to sample is decided from the reachable work ({@link #work}), not {@code |S| · (n + m)}.
 * Oracle in tests: brute-force BFS path counting per (s, t) pair, and
 * JGraphT's {@code BetweennessCentrality} with all pairs unit-weighted.
 */
public final class RiskFlowBetweenness {
    private final LeverageInput input;
    private final int pivots;
    private final long seed;
    private BetweennessResult result;

    /** Exact: every selected company is a source. */
    public RiskFlowBetweenness(LeverageInput input) {
        this(input, Integer.MAX_VALUE, 0L);
    }

    /** Sampled with {@code pivots} sources (exact when {@code pivots ≥ |S|}); {@code seed} fixes the sample. */
    public RiskFlowBetweenness(LeverageInput input, int pivots, long seed) {
        if (input == null) {
            throw new IllegalArgumentException("input is required");
        }
        if (pivots < 1) {
            throw new IllegalArgumentException("pivots must be >= 1, got " + pivots);
        }
        this.input = input;
        this.pivots = pivots;
        this.seed = seed;
    }

    /**
     * Exact when the traversal work {@link #work} is at most {@code workBudget} steps, else sampled with as many
     * pivots as the budget allows at the mean work per source (at least 64). While the input's reach is not known,
     * an {@link #estimatedWork estimate} of at most half the budget is enough for exact — and the exact pass then
     * counts reach on the way, so asking for betweenness before reach saves the separate reach pass.
     */
    public static RiskFlowBetweenness withBudget(LeverageInput input, long workBudget, long seed) {
        int sources = input.sources().length;
        if (!input.hasReach() && estimatedWork(input) <= workBudget / 2.0) {
            return new RiskFlowBetweenness(input);   // clearly affordable: exact, and reach is counted on the way
        }
        double work = work(input);
        if (work <= workBudget) {
            return new RiskFlowBetweenness(input);
        }
        double perSource = work / Math.max(1, sources);
        long affordable = Math.max(64, (long) (workBudget / Math.max(1.0, perSource)));
        return new RiskFlowBetweenness(input, (int) Math.min(Integer.MAX_VALUE, affordable), seed);
    }

    /**
     * Steps the exact computation takes, from the part of the graph each source reaches rather than the whole
     * graph: a source visits every vertex {@code v} it reaches and scans its out-edges twice (forwards for the path
     * counts, again for the dependencies), so the work is {@code Σ_v reachers(v) · (1 + 2 out(v))} plus the sources'
     * own rows, with {@code reachers(v)} the selected companies reaching {@code v} (the collective-reach counts,
     * cached on the input). In-degrees do not count: see the class comment.
     */
    public static double work(LeverageInput input) {
        SupplyGraph g = input.graph();
        ReachResult reach = input.reach();
        double work = 0;
        for (int v = 0; v < g.vertexCount(); v++) {
            int reachers = reach.companies(v);
            if (reachers > 0) {
                work += (double) reachers * (1 + 2 * (g.outStart[v + 1] - g.outStart[v]));
            }
        }
        for (int s : input.sources()) {
            work += 1 + 2 * (g.outStart[s + 1] - g.outStart[s]);
        }
        return work;
    }

    /** Companies whose searches estimate {@link #work} before reach is known. */
    static final int WORK_SAMPLE = 64;

    /**
     * {@link #work} estimated from the searches of {@value #WORK_SAMPLE} companies spread over the selection, scaled
     * to all of them (exact when there are no more): needs no reach counts, so {@link #withBudget} can choose the
     * exact pass — which then counts reach itself — without a separate reach pass first. Half the budget is the
     * threshold for trusting the estimate; closer calls compute {@link #work} exactly.
     */
    static double estimatedWork(LeverageInput input) {
        SupplyGraph g = input.graph();
        int[] all = input.sources();
        int sample = Math.min(WORK_SAMPLE, all.length);
        if (sample == 0) {
            return 0;
        }
        Bfs bfs = new Bfs(g, input.mask());
        double work = 0;
        for (int i = 0; i < sample; i++) {
            int s = all[(int) ((long) i * all.length / sample)];
            bfs.runDown(s);
            for (int k = 0; k < bfs.size(); k++) {
                int v = bfs.at(k);
                if (v == s || !g.company[v]) {
                    work += 1 + 2 * (g.outStart[v + 1] - g.outStart[v]);
                }
            }
        }
        return work / sample * all.length;
    }

    public synchronized BetweennessResult result() {
        if (result == null) {
            result = compute();
        }
        return result;
    }

    private BetweennessResult compute() {
        SupplyGraph g = input.graph();
        int[] all = input.sources();
        boolean sampled = pivots < all.length;
        int[] chosen = sampled ? sample(all, pivots, seed) : all;
        DiscoveryOrder local = new DiscoveryOrder(g, chosen);
        int[] sources = local.toNew(chosen);
        double[] weight = local.toNew(input.risk().raw());
        boolean[] mask = local.toNew(input.mask());
        boolean countReach = !sampled && !input.hasReach() && sources.length < Acc.MAX_COUNTED_SOURCES;
        Acc acc = Parallel.run(sources.length, () -> new Acc(local.outStart, local.outTarget, mask, sampled,
                        countReach), (a, i) -> a.source(sources[i], weight, g.member[chosen[i]]), Acc::merge);
        double[] score = local.toOriginal(acc.score());
        int n = g.vertexCount();
        if (countReach) {
            input.offerReach(reach(input, local, acc.reached()));
        }
        double scale = sampled ? (double) all.length / sources.length : 1.0;
        double total = sampled ? exposure(input) : acc.mass;
        double[] raw = new double[n];
        double[] norm = new double[n];
        for (int v = 0; v < n; v++) {
            raw[v] = score[v] * scale;
            norm[v] = total > 0 ? raw[v] / total : 0;
        }
        double error = sampled && total > 0 ? bernstein(input, score, local.toOriginal(acc.square()), acc.maxMass,
                all.length, sources.length, total) : 0;
        return new BetweennessResult(input, raw, norm, total, sampled, sources.length, Math.min(1.0, error));
    }

    /** The reach counts an exact pass found ({@link Acc#reached}, new numbering), as the input's reach. */
    private static ReachResult reach(LeverageInput input, DiscoveryOrder local, int[][] reached) {
        int n = input.graph().vertexCount();
        int[] companies = new int[n];
        int[] members = new int[n];
        for (int i = 0; i < n; i++) {
            int v = local.original[i];
            companies[v] = reached[0][i];
            members[v] = reached[1][i];
        }
        return CollectiveReach.fromCounts(input, companies, members);
    }

    /**
     * Largest per-vertex 95 % empirical-Bernstein bound (Maurer &amp; Pontil 2009, Thm 4; it holds for sampling
     * without replacement too, Bardenet &amp; Maillard 2015): with {@code X_i(v) = |S| · δ_{s_i}(v) / W} the
     * normalized contribution of pivot {@code i}, a-priori range {@code R(v) = |S| · min(maxMass, R̄(v)) / W}
     * ({@code δ_s(v)} never exceeds the risk weight reachable from {@code v}, bounded by
     * {@link DownstreamRisk#upperBound}) and sample variance
     * {@code V(v)}, {@code |estimate − exact| ≤ sqrt(2 V(v) ln(4/δ) / p) + 7 R(v) ln(4/δ) / (3 (p − 1))}. The range
     * term falls as {@code 1/p}, so unlike Hoeffding's {@code R · sqrt(ln(2/δ) / 2p)} the bound is driven by the
     * observed spread of each vertex's contributions, which is small for all but the hubs.
     */
    static double bernstein(LeverageInput input, double[] score, double[] square, double maxMass, int population, int p,
                            double total) {
        if (p < 2) {
            return 1.0;
        }
        Condensation cond = input.condensation();
        double[] reachable = DownstreamRisk.upperBound(input.graph(), cond, input.risk().raw(), maxMass);
        double scale = population / total;
        double log = Math.log(4 / 0.05);
        double worst = 0;
        for (int v = 0; v < score.length; v++) {
            if (cond.comp[v] < 0) {
                continue;
            }
            double mean = score[v] * scale / p;
            double var = Math.max(0, (square[v] * scale * scale - p * mean * mean) / (p - 1));
            double range = scale * reachable[cond.comp[v]];
            worst = Math.max(worst, Math.sqrt(2 * var * log / p) + 7 * range * log / (3.0 * (p - 1)));
        }
        return worst;
    }

    /** W = Σ_t r(t) · companies(t): every (company, reachable target) pair weighted by the target. */
    static double exposure(LeverageInput input) {
        return new CollectiveReach(input).result().exposure(input.risk().raw());
    }

    private static int[] sample(int[] all, int p, long seed) {
        int[] copy = all.clone();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < p; i++) {
            int j = i + rnd.nextInt(copy.length - i);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        int[] out = Arrays.copyOf(copy, p);
        Arrays.sort(out);
        return out;
    }

    /**
     * Per-thread Brandes state; {@link #dependencies} is also used to explain one facility. The per-source fields of
     * a vertex sit next to each other in one {@code double[]}, 16 bytes a vertex: the distance, and σ — overwritten
     * by the pulled coefficient {@code (r + δ) / σ} once δ is known (only the vertex itself reads its σ in the
     * backward pass; its buyers read the coefficient), so touching a vertex costs one cache line shared with its
     * neighbours in discovery order: at 1M facilities the kernel is bound by these random reads, not by arithmetic
     * (ADR 0021). Masked vertices carry distance {@link #MASKED} and are never
     * entered, which saves reading the mask per edge. Vertices without out-edges (half of them at 1M) are not
     * queued: their δ is 0, so they only need {@code r/σ} for their buyers' pull, set in one pass before the
     * backward pass. What is summed over sources sits side by side too ({@link #tally}): the score and, per run,
     * either Σδ² (sampled) or the reach counts (exact, when reach is not known yet), so a vertex's sums cost one
     * cache line.
     */
    static final class Acc {
        private static final int STRIDE = 2;
        private static final int DIST = 0;
        private static final int SIGMA = 1;
        private static final int COEFF = 1;   // (r(w) + δ(w)) / σ(w) replaces σ(w) in the backward pass
        private static final double UNSEEN = -1;
        private static final double MASKED = -2;
        private static final int NONE = 0;
        private static final int SQUARES = 1;
        private static final int REACH = 2;
        /** A member source adds this to the packed reach counts: 1 to the count, 1 to the members (bits 32 up). */
        private static final double MEMBER = 1.0 + 0x1p32;
        /** Packed counts stay exact integers in a double while members (and sources) stay below 2^20. */
        static final int MAX_COUNTED_SOURCES = 1 << 20;
        private final int[] outStart;
        private final int[] outTarget;
        private final int extra;   // what the second slot of the tally sums, if any
        private final int width;   // 1 (score) or 2 (score, extra)
        /** Per vertex: Σ δ, then Σ δ² (SQUARES) or sources reaching it + 2^32 · member sources (REACH). */
        private final double[] tally;
        private final double[] state;
        private final int[] order;  // queued vertices from the front, vertices without out-edges from the back
        private int queued;
        private int sinks;
        private int watch = -1;
        private double watchedDelta;
        double mass;
        double maxMass;

        Acc(SupplyGraph g, boolean[] mask) {
            this(g.outStart, g.outTarget, mask, true);
        }

        /**
         * Over a forward CSR ({@code outStart}, {@code outTarget}) of {@code mask.length} vertices; {@code squares}:
         * also sum δ² per vertex (needed only for a sampled run's error bound).
         */
        Acc(int[] outStart, int[] outTarget, boolean[] mask, boolean squares) {
            this(outStart, outTarget, mask, squares, false);
        }

        /**
         * As above; with {@code countReach} (and no squares) each source also counts the vertices it reaches: the
         * collective-reach counts ({@link #reached}) come out of the same visits instead of a second search per company.
         */
        Acc(int[] outStart, int[] outTarget, boolean[] mask, boolean squares, boolean countReach) {
            if (squares && countReach) {
                throw new IllegalArgumentException("squares (sampled) and reach counts (exact) are never summed together");
            }
            this.outStart = outStart;
            this.outTarget = outTarget;
            this.extra = squares ? SQUARES : countReach ? REACH : NONE;
            this.width = extra == NONE ? 1 : 2;
            int n = mask.length;
            tally = new double[width * n];
            state = new double[STRIDE * n];
            order = new int[n];
            for (int v = 0; v < n; v++) {
                state[STRIDE * v + DIST] = mask[v] ? MASKED : UNSEEN;
            }
        }

        void source(int s, double[] r) {
            source(s, r, false);
        }

        /** One source's contribution; {@code member}: whether it counts towards the members of {@link #reached}. */
        void source(int s, double[] r, boolean member) {
            double m = dependencies(s, r, true, member ? MEMBER : 1.0);
            mass += m;
            maxMass = Math.max(maxMass, m);
            reset();
        }

        /** Σ over sources of δ_s(v), per vertex. */
        double[] score() {
            return width == 1 ? tally : slot(0);
        }

        /** Σ over sources of δ_s(v)², per vertex; empty unless built with squares. */
        double[] square() {
            return extra == SQUARES ? slot(1) : new double[0];
        }

        /** {sources reaching v, member sources reaching v} per vertex (the source itself included); or empty. */
        int[][] reached() {
            if (extra != REACH) {
                return new int[2][0];
            }
            int n = order.length;
            int[][] out = new int[2][n];
            for (int v = 0; v < n; v++) {
                long packed = (long) tally[2 * v + 1];
                out[0][v] = (int) (packed & 0xffffffffL);
                out[1][v] = (int) (packed >>> 32);
            }
            return out;
        }

        private double[] slot(int k) {
            double[] out = new double[order.length];
            for (int v = 0; v < out.length; v++) {
                out[v] = tally[width * v + k];
            }
            return out;
        }

        /** BFS + dependency accumulation from {@code s}; returns s's exposure mass. */
        double dependencies(int s, double[] r) {
            return dependencies(s, r, -1);
        }

        /** As above, keeping δ_s({@code watch}) for {@link #watchedDelta}. */
        double dependencies(int s, double[] r, int watch) {
            this.watch = watch;
            try {
                return dependencies(s, r, false, 0);
            } finally {
                this.watch = -1;
            }
        }

        /** δ of the watched vertex in the last {@link #dependencies(int, double[], int)} call (0 if not reached). */
        double watchedDelta() {
            return watchedDelta;
        }

        /**
         * As above; with {@code accumulate} each δ is also added to the tally (with its square, or {@code reachAdd}
         * to the reach counts of every vertex reached).
         */
        private double dependencies(int s, double[] r, boolean accumulate, double reachAdd) {
            double[] x = state;
            int last = order.length - 1;
            queued = 0;
            sinks = 0;
            watchedDelta = 0;
            x[STRIDE * s + DIST] = 0;
            x[STRIDE * s + SIGMA] = 1;
            order[queued++] = s;
            for (int head = 0; head < queued; head++) {
                int v = order[head];
                double next = x[STRIDE * v + DIST] + 1;
                double sigma = x[STRIDE * v + SIGMA];
                for (int e = outStart[v]; e < outStart[v + 1]; e++) {
                    int t = outTarget[e];
                    int w = STRIDE * t;
                    double dw = x[w + DIST];
                    if (dw == UNSEEN) {
                        x[w + DIST] = next;
                        x[w + SIGMA] = sigma;
                        if (outStart[t] == outStart[t + 1]) {
                            order[last - sinks++] = t;
                        } else {
                            order[queued++] = t;
                        }
                    } else if (dw == next) {
                        x[w + SIGMA] += sigma;
                    }
                }
            }
            boolean countReach = accumulate && extra == REACH;
            double m = 0;
            for (int j = 0; j < sinks; j++) {
                int v = order[last - j];
                int at = STRIDE * v;
                x[at + COEFF] = r[v] / x[at + SIGMA];   // (r + δ) / σ with δ = 0
                m += r[v];
                if (countReach) {
                    tally[2 * v + 1] += reachAdd;
                }
            }
            for (int i = queued - 1; i > 0; i--) {
                int v = order[i];
                int at = STRIDE * v;
                double next = x[at + DIST] + 1;
                double sum = 0;
                for (int e = outStart[v]; e < outStart[v + 1]; e++) {
                    int w = STRIDE * outTarget[e];
                    if (x[w + DIST] == next) {     // masked and unreached vertices never match
                        sum += x[w + COEFF];
                    }
                }
                double sigma = x[at + SIGMA];
                double delta = sigma * sum;
                x[at + COEFF] = (r[v] + delta) / sigma;
                m += r[v];
                if (v == watch) {
                    watchedDelta = delta;
                }
                if (accumulate) {
                    int t = width * v;
                    tally[t] += delta;
                    if (extra == SQUARES) {
                        tally[t + 1] += delta * delta;
                    } else if (countReach) {
                        tally[t + 1] += reachAdd;
                    }
                }
            }
            if (countReach) {
                tally[2 * s + 1] += reachAdd;
            }
            return m;
        }

        void reset() {
            for (int i = 0; i < queued; i++) {
                clear(order[i]);
            }
            for (int j = 0; j < sinks; j++) {
                clear(order[order.length - 1 - j]);
            }
        }

        private void clear(int v) {
            int at = STRIDE * v;
            state[at + DIST] = UNSEEN;
            state[at + SIGMA] = 0;
        }

        Acc merge(Acc other) {
            for (int k = 0; k < tally.length; k++) {
                tally[k] += other.tally[k];
            }
            mass += other.mass;
            maxMass = Math.max(maxMass, other.maxMass);
            return this;
        }
    }
}
