package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import nl.ketenlens.bench.RandomSupplyGraphs;
import org.junit.jupiter.api.Test;

/**
 * The word-parallel exposed companies of {@link HotspotCompanies} against one reverse search per hotspot filtered
 * to the selection (what {@link Chokepoints} did before): same companies, same order, on the oracle's random graphs
 * (cycles, masks) and with more than 64 hotspots (several words).
 */
class HotspotCompaniesTests {

    @Test
    void wordParallelPropagationFindsWhatReverseSearchesFind() {
        for (long seed = 0; seed < OracleTests.GRAPHS; seed++) {
            assertSameLists(OracleTests.randomCase(seed).in(), 5, seed, "seed " + seed);
        }
        RandomSupplyGraphs.Sample s = RandomSupplyGraphs.layered(3000, 300, 4, 11);
        assertSameLists(s.input(), 150, 3, "layered, 150 hotspots");
        LeverageInput masked = s.input().withEngaged(Engagement.ofVertices(s.graph(), s.graph().facilities()[0],
                s.graph().facilities()[5]));
        assertSameLists(masked, 130, 4, "layered, 130 hotspots, two facilities engaged");
    }

    @Test
    void aCompanyReachingTwoHotspotsThroughACycleIsListedUnderBoth() {
        SupplyGraph.Builder b = SupplyGraph.builder(6, 8);
        int c0 = b.addCompany("C0", true);
        int c1 = b.addCompany("C1", false);
        int f = b.addFacility("F");
        int g = b.addFacility("G");
        int h = b.addFacility("H");
        b.addEdge(c0, f, 0, Double.NaN, false).addEdge(c1, h, 0, Double.NaN, false);
        b.addEdge(f, g, 0, Double.NaN, false).addEdge(g, f, 0, Double.NaN, false).addEdge(g, h, 0, Double.NaN, false);
        SupplyGraph graph = b.build();
        LeverageInput in = LeverageInput.of(graph, Selection.all(graph),
                new RiskProfile(graph, new double[graph.vertexCount()], List.of()));
        int[][] lists = HotspotCompanies.of(graph, in.condensation(), in.sources(),
                List.of(new int[] {f}, new int[] {h}, new int[0]));
        assertThat(lists[0]).containsExactly(c0);
        assertThat(lists[1]).containsExactly(c0, c1);
        assertThat(lists[2]).isEmpty();
    }

    private static void assertSameLists(LeverageInput in, int hotspots, long seed, String what) {
        SupplyGraph g = in.graph();
        boolean[] mask = in.mask();
        int[] unmasked = Arrays.stream(g.facilities()).filter(v -> !mask[v]).toArray();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<int[]> targets = new ArrayList<>();
        for (int h = 0; h < hotspots; h++) {
            int size = unmasked.length == 0 ? 0 : rnd.nextInt(Math.min(6, unmasked.length + 1));
            targets.add(rnd.ints(size, 0, Math.max(1, unmasked.length)).map(i -> unmasked[i]).distinct().toArray());
        }
        int[][] lists = HotspotCompanies.of(g, in.condensation(), in.sources(), targets);
        Bfs bfs = new Bfs(g, mask);
        for (int h = 0; h < hotspots; h++) {
            int[] expected = Arrays.stream(bfs.up(targets.get(h))).filter(v -> in.selection().contains(v)).sorted()
                    .toArray();
            assertThat(lists[h]).as(what + ", hotspot " + h).containsExactly(expected);
        }
    }
}
