package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ketenlens.bench.RandomSupplyGraphs;
import org.junit.jupiter.api.Test;

/**
 * The per-company searches of {@link ReachBySource} against the word-parallel propagation: same counts, same
 * members, whichever way {@link CollectiveReach} is forced, on the oracle's random graphs (cycles, masks) and on a
 * layered network with more than 64 companies (several words).
 */
class ReachBySourceTests {

    @Test
    void perCompanySearchesCountWhatWordParallelPropagationCounts() {
        for (long seed = 0; seed < OracleTests.GRAPHS; seed++) {
            LeverageInput in = OracleTests.randomCase(seed).in();
            assertSameCounts(in, "seed " + seed);
        }
        RandomSupplyGraphs.Sample s = RandomSupplyGraphs.layered(3000, 300, 4, 11);
        assertSameCounts(s.input(), "layered");
        LeverageInput masked = s.input().withEngaged(Engagement.ofVertices(s.graph(), s.graph().facilities()[0],
                s.graph().facilities()[5]));
        assertSameCounts(masked, "layered, two facilities engaged");
    }

    @Test
    void sparseCountsSeeEachCompanyOnceThroughACycle() {
        SupplyGraph.Builder b = SupplyGraph.builder(6, 8);
        int c0 = b.addCompany("C0", true);
        int c1 = b.addCompany("C1", false);
        int f = b.addFacility("F");
        int g = b.addFacility("G");
        int h = b.addFacility("H");
        b.addEdge(c0, f, 0, Double.NaN, false).addEdge(c1, f, 0, Double.NaN, false).addEdge(c1, h, 0, Double.NaN, false);
        b.addEdge(f, g, 0, Double.NaN, false).addEdge(g, f, 0, Double.NaN, false).addEdge(g, h, 0, Double.NaN, false);
        SupplyGraph graph = b.build();
        LeverageInput in = LeverageInput.of(graph, Selection.all(graph),
                new RiskProfile(graph, new double[graph.vertexCount()], java.util.List.of()));
        ReachResult sparse = CollectiveReach.compute(in, true);
        assertThat(sparse.companies(f)).isEqualTo(2);
        assertThat(sparse.companies(g)).isEqualTo(2);
        assertThat(sparse.companies(h)).isEqualTo(2);
        assertThat(sparse.members(h)).isEqualTo(1);
    }

    @Test
    void choosesSearchesWhenCompaniesReachLittleAndWordsWhenTheyReachMuch() {
        // 128 companies on one shared chain of 100 facilities: every company reaches everything
        SupplyGraph.Builder shared = SupplyGraph.builder(228, 300);
        for (int i = 0; i < 100; i++) {
            shared.addFacility("F" + i);
        }
        for (int i = 0; i < 99; i++) {
            shared.addEdge(i, i + 1, 0, Double.NaN, false);
        }
        for (int c = 0; c < 128; c++) {
            shared.addEdge(shared.addCompany("C" + c, false), 0, 0, Double.NaN, false);
        }
        assertThat(cheaper(shared.build())).isFalse();
        // 128 companies with one own facility each, beside 10,000 facilities none of them reaches
        SupplyGraph.Builder own = SupplyGraph.builder(10_256, 200);
        for (int i = 0; i < 10_000; i++) {
            own.addFacility("X" + i);
        }
        for (int c = 0; c < 128; c++) {
            own.addEdge(own.addCompany("C" + c, false), own.addFacility("F" + c), 0, Double.NaN, false);
        }
        assertThat(cheaper(own.build())).isTrue();
        LeverageInput one = OracleTests.randomCase(3).in();
        assertThat(ReachBySource.cheaper(one.graph(), one.condensation(), new int[0])).isFalse();
    }

    private static boolean cheaper(SupplyGraph g) {
        LeverageInput in = LeverageInput.of(g, Selection.all(g),
                new RiskProfile(g, new double[g.vertexCount()], java.util.List.of()));
        return ReachBySource.cheaper(g, in.condensation(), in.sources());
    }

    private static void assertSameCounts(LeverageInput in, String what) {
        ReachResult words = CollectiveReach.compute(in, false);
        ReachResult searches = CollectiveReach.compute(in, true);
        for (int v = 0; v < in.graph().vertexCount(); v++) {
            assertThat(searches.companies(v)).as("%s vertex %d", what, v).isEqualTo(words.companies(v));
            assertThat(searches.members(v)).as("%s vertex %d members", what, v).isEqualTo(words.members(v));
            assertThat(searches.shareFlow(v)).as("%s vertex %d share", what, v).isEqualTo(words.shareFlow(v));
        }
    }
}
