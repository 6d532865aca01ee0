package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.ketenlens.bench.RandomSupplyGraphs;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.traverse.DepthFirstIterator;
import org.junit.jupiter.api.Test;

/**
 * Kernels against reference oracles on 150 random small graphs (fixed seeds), each with random cycles, unknown
 * shares, risk weights, hotspots and a random what-if mask: JGraphT traversal and Edmonds–Karp on a
 * {@link MaskSubgraph}, and brute force (path enumeration, BFS path counting, vertex removal, subset enumeration).
 */
class OracleTests {
    static final int GRAPHS = 150;

    record Case(SupplyGraph g, LeverageInput in, Graph<Integer, Integer> view, boolean acyclic) {
    }

    static Case randomCase(long seed) {
        Random rnd = new Random(seed);
        int companies = 1 + rnd.nextInt(5);
        int facilities = 3 + rnd.nextInt(12);
        boolean acyclic = seed % 2 == 0;
        SupplyGraph.Builder b = SupplyGraph.builder(companies + facilities, 40);
        for (int i = 0; i < companies; i++) {
            b.addCompany("C" + i, rnd.nextBoolean());
        }
        for (int i = 0; i < facilities; i++) {
            b.addFacility("F" + i);
        }
        int n = companies + facilities;
        for (int c = 0; c < companies; c++) {
            for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
                b.addEdge(c, companies + rnd.nextInt(facilities), 0, share(rnd), false);
            }
        }
        int edges = facilities * (1 + rnd.nextInt(3)) / 2;
        for (int k = 0; k < edges; k++) {
            int u = companies + rnd.nextInt(facilities);
            int v = companies + rnd.nextInt(facilities);
            if (acyclic && u > v) {
                int t = u;
                u = v;
                v = t;
            }
            if (u != v) {
                b.addEdge(u, v, 0, share(rnd), false);
            }
        }
        SupplyGraph g = b.build();
        double[] w = new double[n];
        List<Integer> risky = new ArrayList<>();
        for (int v = companies; v < n; v++) {
            if (rnd.nextDouble() < 0.4) {
                w[v] = 0.1 * (1 + rnd.nextInt(10));
                risky.add(v);
            }
        }
        List<Hotspot> hotspots = new ArrayList<>();
        for (int h = 0; h < 3 && !risky.isEmpty(); h++) {
            Set<Integer> members = new HashSet<>();
            for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
                members.add(risky.get(rnd.nextInt(risky.size())));
            }
            hotspots.add(new Hotspot("H" + h, members.stream().mapToInt(Integer::intValue).toArray()));
        }
        Engagement mask = Engagement.none();
        if (rnd.nextBoolean()) {
            mask = Engagement.ofVertices(g, companies + rnd.nextInt(facilities));
        }
        LeverageInput in = new LeverageInput(g, Selection.all(g), new RiskProfile(g, w, hotspots), mask);
        Engagement m = mask;
        Graph<Integer, Integer> view = new MaskSubgraph<>(g.asJGraphT(), m::isEngaged, e -> false);
        return new Case(g, in, view, acyclic);
    }

    private static double share(Random rnd) {
        return rnd.nextDouble() < 0.3 ? Double.NaN : 0.1 * (1 + rnd.nextInt(10));
    }

    static Set<Integer> reachable(Graph<Integer, Integer> view, int from) {
        Set<Integer> out = new HashSet<>();
        new DepthFirstIterator<>(view, from).forEachRemaining(out::add);
        return out;
    }

    @Test
    void reachMatchesJGraphTTraversal() {
        for (long seed = 0; seed < GRAPHS; seed++) {
            Case c = randomCase(seed);
            ReachResult reach = new CollectiveReach(c.in).result();
            int[] count = new int[c.g.vertexCount()];
            int[] members = new int[c.g.vertexCount()];
            for (int s : c.in.sources()) {
                for (int v : reachable(c.view, s)) {
                    count[v]++;
                    members[v] += c.g.isMember(s) ? 1 : 0;
                }
            }
            for (int v = 0; v < count.length; v++) {
                if (c.g.isFacility(v)) {
                    assertThat(reach.companies(v)).as("seed %d vertex %d", seed, v).isEqualTo(count[v]);
                    assertThat(reach.members(v)).as("seed %d vertex %d", seed, v).isEqualTo(members[v]);
                }
            }
        }
    }

    @Test
    void shareFlowOnDagsIsTheSumOverAllPaths() {
        for (long seed = 0; seed < GRAPHS; seed += 2) {
            Case c = randomCase(seed);
            ReachResult reach = new CollectiveReach(c.in).result();
            double[] flow = new double[c.g.vertexCount()];
            for (int s : c.in.sources()) {
                paths(c, s, 1.0, flow);
            }
            for (int v = 0; v < flow.length; v++) {
                if (c.g.isFacility(v)) {
                    assertThat(reach.shareFlow(v)).as("seed %d vertex %d", seed, v).isCloseTo(flow[v], within(1e-9));
                }
            }
        }
    }

    private static void paths(Case c, int v, double product, double[] flow) {
        for (int e = c.g.outStart(v); e < c.g.outStart(v) + c.g.outDegree(v); e++) {
            int w = c.g.target(e);
            double s = c.g.share(e);
            if (!c.in.engaged().isEngaged(w) && !Double.isNaN(s)) {
                flow[w] += product * s;
                paths(c, w, product * s, flow);
            }
        }
    }

    @Test
    void betweennessMatchesBruteForcePathCounting() {
        for (long seed = 0; seed < GRAPHS; seed++) {
            Case c = randomCase(seed);
            BetweennessResult bc = new RiskFlowBetweenness(c.in).result();
            int n = c.g.vertexCount();
            int[][] dist = new int[n][];
            long[][] sigma = new long[n][];
            for (int v = 0; v < n; v++) {
                dist[v] = new int[n];
                sigma[v] = new long[n];
                bfsCount(c, v, dist[v], sigma[v]);
            }
            double[] expected = new double[n];
            double total = 0;
            double[] r = c.in.risk().raw();
            for (int s : c.in.sources()) {
                for (int t = 0; t < n; t++) {
                    if (t == s || r[t] == 0 || dist[s][t] < 0) {
                        continue;
                    }
                    total += r[t];
                    for (int v = 0; v < n; v++) {
                        if (v != s && v != t && dist[s][v] >= 0 && dist[v][t] >= 0
                                && dist[s][v] + dist[v][t] == dist[s][t]) {
                            expected[v] += r[t] * sigma[s][v] * sigma[v][t] / (double) sigma[s][t];
                        }
                    }
                }
            }
            assertThat(bc.totalExposure()).as("seed %d", seed).isCloseTo(total, within(1e-9));
            for (int v = 0; v < n; v++) {
                assertThat(bc.score(v)).as("seed %d vertex %d", seed, v).isCloseTo(expected[v], within(1e-9));
            }
        }
    }

    private static void bfsCount(Case c, int s, int[] dist, long[] sigma) {
        java.util.Arrays.fill(dist, -1);
        if (c.in.engaged().isEngaged(s)) {
            return;
        }
        java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();
        dist[s] = 0;
        sigma[s] = 1;
        q.add(s);
        while (!q.isEmpty()) {
            int v = q.poll();
            for (int w : c.view.outgoingEdgesOf(v).stream().map(c.view::getEdgeTarget).toList()) {
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    q.add(w);
                }
                if (dist[w] == dist[v] + 1) {
                    sigma[w] += sigma[v];
                }
            }
        }
    }

    @Test
    void sampledBetweennessWithAllPivotsIsExact() {
        Case c = randomCase(7);
        BetweennessResult exact = new RiskFlowBetweenness(c.in).result();
        BetweennessResult all = new RiskFlowBetweenness(c.in, c.in.sources().length, 1).result();
        for (int v = 0; v < c.g.vertexCount(); v++) {
            assertThat(all.score(v)).isEqualTo(exact.score(v));
        }
        RandomSupplyGraphs.Sample s = RandomSupplyGraphs.layered(2000, 200, 4, 3);
        BetweennessResult full = new RiskFlowBetweenness(s.input()).result();
        BetweennessResult sampled = new RiskFlowBetweenness(s.input(), 100, 5).result();
        assertThat(sampled.sampled()).isTrue();
        assertThat(sampled.errorBound()).isPositive();
        for (int v = 0; v < s.graph().vertexCount(); v++) {
            assertThat(Math.abs(sampled.normalized(v) - full.normalized(v))).isLessThanOrEqualTo(sampled.errorBound());
        }
    }

    @Test
    void chokepointsMatchVertexRemoval() {
        int nonEmpty = 0;
        for (long seed = 0; seed < GRAPHS; seed++) {
            Case c = randomCase(seed);
            ChokepointResult cp = new Chokepoints(c.in).result();
            Set<Integer> reachAll = new HashSet<>();
            for (int s : c.in.sources()) {
                reachAll.addAll(reachable(c.view, s));
            }
            for (Hotspot h : c.in.risk().hotspots()) {
                List<Integer> targets = new ArrayList<>();
                for (int t : h.facilities()) {
                    if (c.in.risk().weight(t) > 0 && reachAll.contains(t)) {
                        targets.add(t);
                    }
                }
                Set<Integer> expected = new HashSet<>();
                for (int f = 0; f < c.g.vertexCount() && !targets.isEmpty(); f++) {
                    if (c.g.isFacility(f) && reachAll.contains(f) && cutsAll(c, f, targets)) {
                        expected.add(f);
                    }
                }
                Set<Integer> actual = new HashSet<>();
                cp.hotspot(h.key()).chokepoints().forEach(k -> actual.add(k.vertex()));
                assertThat(actual).as("seed %d hotspot %s", seed, h.key()).isEqualTo(expected);
                nonEmpty += actual.isEmpty() ? 0 : 1;
            }
        }
        assertThat(nonEmpty).as("non-trivial cases").isGreaterThan(30);
    }

    private static boolean cutsAll(Case c, int f, List<Integer> targets) {
        Graph<Integer, Integer> without = new MaskSubgraph<>(c.view, v -> v == f, e -> false);
        Set<Integer> reached = new HashSet<>();
        for (int s : c.in.sources()) {
            reached.addAll(reachable(without, s));
        }
        return targets.stream().allMatch(t -> t == f || !reached.contains(t));
    }

    @Test
    void minCutMatchesEdmondsKarpOnTheNodeSplitGraph() {
        int[] bySize = new int[4];
        for (long seed = 0; seed < GRAPHS; seed++) {
            Case c = randomCase(seed);
            for (Hotspot h : c.in.risk().hotspots()) {
                VertexCutResult cut = new MinVertexCut(c.in, h.key()).result();
                double flow = edmondsKarp(c, h);
                if (flow >= 1e6) {
                    assertThat(cut.separable()).as("seed %d", seed).isFalse();
                    continue;
                }
                assertThat(cut.cutSize()).as("seed %d hotspot %s", seed, h.key()).isEqualTo((int) Math.round(flow));
                bySize[Math.min(3, cut.cutSize())]++;
                Set<Integer> removed = new HashSet<>(cut.cutVertices());
                Graph<Integer, Integer> without = new MaskSubgraph<>(c.view, removed::contains, e -> false);
                for (int s : c.in.sources()) {
                    for (int t : reachable(without, s)) {
                        assertThat(h.contains(t) && c.in.risk().weight(t) > 0).as("seed %d: %d still reaches %d",
                                seed, s, t).isFalse();
                    }
                }
            }
        }
        assertThat(bySize[1]).as("cuts of size 1").isGreaterThan(20);
        assertThat(bySize[2] + bySize[3]).as("cuts of size >= 2").isGreaterThan(5);
    }

    /** JGraphT max flow on v_in = 2v, v_out = 2v + 1, source 2n, sink 2n + 1; ∞ = 1e9. */
    private static double edmondsKarp(Case c, Hotspot h) {
        int n = c.g.vertexCount();
        SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> net =
                new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < 2 * n + 2; i++) {
            net.addVertex(i);
        }
        double inf = 1e9;
        for (int v : c.view.vertexSet()) {
            boolean cuttable = c.g.isFacility(v) && !h.contains(v);
            net.setEdgeWeight(net.addEdge(2 * v, 2 * v + 1), cuttable ? 1 : inf);
            if (c.in.selection().contains(v)) {
                net.setEdgeWeight(net.addEdge(2 * n, 2 * v), inf);
            }
            if (h.contains(v) && c.in.risk().weight(v) > 0) {
                net.setEdgeWeight(net.addEdge(2 * v + 1, 2 * n + 1), inf);
            }
            for (Integer e : c.view.outgoingEdgesOf(v)) {
                net.setEdgeWeight(net.addEdge(2 * v + 1, 2 * c.view.getEdgeTarget(e)), inf);
            }
        }
        return new EdmondsKarpMFImpl<>(net).getMaximumFlowValue(2 * n, 2 * n + 1);
    }

    @Test
    void planMatchesExplicitGreedyAndTheGuarantee() {
        for (long seed = 0; seed < GRAPHS; seed++) {
            Case c = randomCase(seed);
            int n = c.g.vertexCount();
            double[] r = c.in.risk().raw();
            List<Set<Long>> covers = new ArrayList<>();   // pair (company, target) encoded as company * n + target
            List<Integer> candidates = new ArrayList<>();
            for (int f = 0; f < n; f++) {
                if (!c.g.isFacility(f) || c.in.engaged().isEngaged(f)) {
                    continue;
                }
                Set<Long> pairs = new HashSet<>();
                Set<Integer> down = reachable(c.view, f);
                for (int s : c.in.sources()) {
                    if (reachable(c.view, s).contains(f)) {
                        down.stream().filter(t -> r[t] > 0).forEach(t -> pairs.add((long) s * n + t));
                    }
                }
                candidates.add(f);
                covers.add(pairs);
            }
            for (int k = 1; k <= 3; k++) {
                PlanResult plan = new EngagementPlan(c.in, k).result();
                Set<Long> covered = new HashSet<>();
                for (PlanStep step : plan.steps()) {
                    Set<Long> fresh = new HashSet<>(covers.get(candidates.indexOf(step.vertex())));
                    fresh.removeAll(covered);
                    double gain = fresh.stream().mapToDouble(p -> r[(int) (p % n)]).sum();
                    double best = 0;
                    for (Set<Long> other : covers) {
                        Set<Long> o = new HashSet<>(other);
                        o.removeAll(covered);
                        best = Math.max(best, o.stream().mapToDouble(p -> r[(int) (p % n)]).sum());
                    }
                    assertThat(step.gain()).as("seed %d k %d", seed, k).isCloseTo(gain, within(1e-9));
                    assertThat(gain).as("seed %d: greedy picks a best marginal gain", seed)
                            .isCloseTo(best, within(1e-9));
                    covered.addAll(covers.get(candidates.indexOf(step.vertex())));
                }
                double greedyValue = covered.stream().mapToDouble(p -> r[(int) (p % n)]).sum();
                double opt = optimum(covers, r, n, k, 0, new HashSet<>());
                assertThat(greedyValue).as("seed %d k %d", seed, k)
                        .isGreaterThanOrEqualTo((1 - 1 / Math.E) * opt - 1e-9);
            }
        }
    }

    private static double optimum(List<Set<Long>> covers, double[] r, int n, int k, int from, Set<Long> covered) {
        double best = covered.stream().mapToDouble(p -> r[(int) (p % n)]).sum();
        if (k == 0) {
            return best;
        }
        for (int i = from; i < covers.size(); i++) {
            Set<Long> next = new HashSet<>(covered);
            next.addAll(covers.get(i));
            best = Math.max(best, optimum(covers, r, n, k - 1, i + 1, next));
        }
        return best;
    }
}
