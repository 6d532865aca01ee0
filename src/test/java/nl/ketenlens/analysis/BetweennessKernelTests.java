package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import nl.ketenlens.bench.RandomSupplyGraphs;
import org.junit.jupiter.api.Test;

/**
 * The pulled dependency accumulation (out-edges only, packed per-vertex state, masked vertices marked in the state)
 * against path counting from the definition on a layered network deep and wide enough to have hubs with many
 * buyers and many equal-length paths, with and without engaged facilities; and the explanation against the score.
 */
class BetweennessKernelTests {

    @Test
    void pulledDependenciesMatchPathCountingOnALayeredNetwork() {
        RandomSupplyGraphs.Sample s = RandomSupplyGraphs.layered(400, 40, 3, 21);
        assertMatchesDefinition(s.input());
        int[] f = s.graph().facilities();
        assertMatchesDefinition(s.input().withEngaged(Engagement.ofVertices(s.graph(), f[3], f[10], f[200])));
    }

    @Test
    void explanationSumsToTheScore() {
        RandomSupplyGraphs.Sample s = RandomSupplyGraphs.layered(400, 40, 3, 22);
        BetweennessResult bc = new RiskFlowBetweenness(s.input()).result();
        FacilityScore top = bc.ranking(1).get(0);
        double sum = bc.explain(top.vertex()).companies().stream().mapToDouble(CompanyFlow::dependency).sum();
        assertThat(sum).isCloseTo(top.score(), within(1e-9 * top.score()));
    }

    @Test
    void discoveryOrderGivesTheSameScoresBitForBit() {
        RandomSupplyGraphs.Sample s = RandomSupplyGraphs.layered(2000, 200, 4, 23);
        LeverageInput in = s.input().withEngaged(Engagement.ofVertices(s.graph(), s.graph().facilities()[7]));
        double[] r = in.risk().raw();
        RiskFlowBetweenness.Acc plain = new RiskFlowBetweenness.Acc(in.graph(), in.mask());
        DiscoveryOrder order = new DiscoveryOrder(in.graph(), in.sources());
        RiskFlowBetweenness.Acc renumbered = new RiskFlowBetweenness.Acc(order.outStart, order.outTarget,
                order.toNew(in.mask()), true);
        double[] rNew = order.toNew(r);
        for (int src : in.sources()) {
            plain.source(src, r);
            renumbered.source(order.newId[src], rNew);
        }
        assertThat(order.toOriginal(renumbered.score())).containsExactly(plain.score());
        assertThat(order.toOriginal(renumbered.square())).containsExactly(plain.square());
        assertThat(renumbered.mass).isEqualTo(plain.mass);
        int[] seen = new int[in.graph().vertexCount()];
        for (int v : order.original) {
            seen[v]++;
        }
        assertThat(seen).containsOnly(1);
    }

    private static void assertMatchesDefinition(LeverageInput in) {
        SupplyGraph g = in.graph();
        int n = g.vertexCount();
        int[][] dist = new int[n][];
        double[][] sigma = new double[n][];
        for (int v = 0; v < n; v++) {
            dist[v] = new int[n];
            sigma[v] = new double[n];
            count(in, v, dist[v], sigma[v]);
        }
        double[] r = in.risk().raw();
        double[] expected = new double[n];
        double total = 0;
        for (int s : in.sources()) {
            for (int t = 0; t < n; t++) {
                if (t == s || r[t] == 0 || dist[s][t] < 0) {
                    continue;
                }
                total += r[t];
                for (int v = 0; v < n; v++) {
                    if (v != s && v != t && dist[s][v] >= 0 && dist[v][t] >= 0
                            && dist[s][v] + dist[v][t] == dist[s][t]) {
                        expected[v] += r[t] * sigma[s][v] * sigma[v][t] / sigma[s][t];
                    }
                }
            }
        }
        BetweennessResult bc = new RiskFlowBetweenness(in).result();
        assertThat(bc.sampled()).isFalse();
        assertThat(bc.totalExposure()).isCloseTo(total, within(1e-9 * total));
        for (int v = 0; v < n; v++) {
            assertThat(bc.score(v)).as("vertex %d", v).isCloseTo(expected[v], within(1e-9 * Math.max(1, expected[v])));
        }
    }

    /** Plain BFS path counting from {@code s} over the unmasked graph. */
    private static void count(LeverageInput in, int s, int[] dist, double[] sigma) {
        Arrays.fill(dist, -1);
        boolean[] mask = in.mask();
        if (mask[s]) {
            return;
        }
        SupplyGraph g = in.graph();
        int[] queue = new int[g.vertexCount()];
        int size = 0;
        dist[s] = 0;
        sigma[s] = 1;
        queue[size++] = s;
        for (int head = 0; head < size; head++) {
            int v = queue[head];
            for (int w : g.successors(v)) {
                if (mask[w]) {
                    continue;
                }
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    queue[size++] = w;
                }
                if (dist[w] == dist[v] + 1) {
                    sigma[w] += sigma[v];
                }
            }
        }
    }
}
