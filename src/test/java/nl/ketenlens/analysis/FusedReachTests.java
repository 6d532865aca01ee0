package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ketenlens.bench.RandomSupplyGraphs;
import org.junit.jupiter.api.Test;

/**
 * Reach counted inside the exact betweenness pass (fused) against reach computed on its own (both kernels of
 * {@link CollectiveReach}), bit for bit, and betweenness unchanged by the counting, on the oracle's random graphs
 * (cycles, masks) and on a layered network; plus the budget decision that lets the service fuse.
 */
class FusedReachTests {

    @Test
    void reachCountedByTheBetweennessPassEqualsReachComputedApart() {
        for (long seed = 0; seed < OracleTests.GRAPHS; seed++) {
            assertFusedEqualsSeparate(OracleTests.randomCase(seed).in(), "seed " + seed);
        }
        RandomSupplyGraphs.Sample s = RandomSupplyGraphs.layered(3000, 300, 4, 11);
        assertFusedEqualsSeparate(s.input(), "layered");
        assertFusedEqualsSeparate(s.input().withEngaged(Engagement.ofVertices(s.graph(), s.graph().facilities()[0],
                s.graph().facilities()[5])), "layered, two facilities engaged");
    }

    @Test
    void sampledBetweennessLeavesReachToItsOwnKernel() {
        LeverageInput in = RandomSupplyGraphs.layered(2000, 200, 4, 3).input();
        assertThat(new RiskFlowBetweenness(in, 50, 1).result().sampled()).isTrue();
        ReachResult apart = CollectiveReach.compute(in.withRisk(in.risk()), false);
        for (int v = 0; v < in.graph().vertexCount(); v++) {   // 50 pivots counted would give smaller counts
            assertThat(in.reach().companies(v)).as("vertex %d", v).isEqualTo(apart.companies(v));
        }
    }

    @Test
    void aClearlyAffordableBudgetRunsExactFirstAndCountsReachOnTheWay() {
        LeverageInput in = RandomSupplyGraphs.layered(2000, 200, 4, 3).input();
        double work = RiskFlowBetweenness.work(in.withRisk(in.risk()));   // on a twin, so `in` keeps no reach
        assertThat(in.hasReach()).isFalse();
        BetweennessResult exact = RiskFlowBetweenness.withBudget(in, (long) Math.ceil(3 * work), 1).result();
        assertThat(exact.sampled()).isFalse();
        assertThat(in.hasReach()).isTrue();
        LeverageInput tight = in.withRisk(in.risk());
        assertThat(RiskFlowBetweenness.withBudget(tight, (long) (work / 2), 1).result().sampled()).isTrue();
    }

    @Test
    void estimatedWorkIsExactWhenEveryCompanyIsInTheSample() {
        for (long seed = 0; seed < OracleTests.GRAPHS; seed++) {
            LeverageInput in = OracleTests.randomCase(seed).in();
            assertThat(in.sources().length).isLessThanOrEqualTo(RiskFlowBetweenness.WORK_SAMPLE);
            assertThat(RiskFlowBetweenness.estimatedWork(in)).as("seed %d", seed)
                    .isEqualTo(RiskFlowBetweenness.work(in.withRisk(in.risk())));
        }
    }

    private static void assertFusedEqualsSeparate(LeverageInput in, String what) {
        LeverageInput fused = in.withRisk(in.risk());
        BetweennessResult fusedScores = new RiskFlowBetweenness(fused).result();
        assertThat(fused.hasReach()).as(what).isTrue();
        ReachResult counted = fused.reach();
        LeverageInput apart = in.withRisk(in.risk());
        ReachResult sparse = CollectiveReach.compute(apart, true);
        ReachResult words = CollectiveReach.compute(apart, false);
        apart.offerReach(sparse);
        BetweennessResult apartScores = new RiskFlowBetweenness(apart).result();
        for (int v = 0; v < in.graph().vertexCount(); v++) {
            String at = what + ", vertex " + v;
            assertThat(counted.companies(v)).as(at).isEqualTo(sparse.companies(v)).isEqualTo(words.companies(v));
            assertThat(counted.members(v)).as(at).isEqualTo(sparse.members(v)).isEqualTo(words.members(v));
            assertThat(Double.doubleToLongBits(counted.shareFlow(v))).as(at)
                    .isEqualTo(Double.doubleToLongBits(sparse.shareFlow(v)));
            assertThat(Double.doubleToLongBits(fusedScores.score(v))).as(at)
                    .isEqualTo(Double.doubleToLongBits(apartScores.score(v)));
        }
        assertThat(fusedScores.totalExposure()).as(what).isEqualTo(apartScores.totalExposure());
    }
}
