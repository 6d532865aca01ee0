package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.ketenlens.bench.RandomSupplyGraphs;
import org.junit.jupiter.api.Test;

/**
 * Whether betweenness runs exact is decided from the work each source really does (the part of the graph it
 * reaches), and a sampled run states an empirical-Bernstein bound that holds and is tighter than Hoeffding's.
 */
class BetweennessBudgetTests {

    @Test
    void workCountsTheReachablePartOfEachSource() {
        for (long seed = 0; seed < OracleTests.GRAPHS; seed++) {
            OracleTests.Case c = OracleTests.randomCase(seed);
            SupplyGraph g = c.g();
            double brute = 0;
            for (int s : c.in().sources()) {
                for (int v : OracleTests.reachable(c.view(), s)) {
                    brute += 1 + 2 * (g.outStart[v + 1] - g.outStart[v]);
                }
            }
            assertThat(RiskFlowBetweenness.work(c.in())).as("seed %d", seed).isEqualTo(brute);
        }
    }

    @Test
    void runsExactWhenTheReachablePartFitsThoughTheWholeGraphWouldNot() {
        RandomSupplyGraphs.Sample s = RandomSupplyGraphs.layered(2000, 200, 4, 3);
        LeverageInput in = s.input();
        long whole = (long) in.sources().length * (in.graph().vertexCount() + in.graph().edgeCount());
        double work = RiskFlowBetweenness.work(in);
        assertThat(work).isLessThan(whole);
        long budget = (long) Math.ceil(work);
        assertThat(RiskFlowBetweenness.withBudget(in, budget, 1).result().sampled()).isFalse();
        BetweennessResult sampled = RiskFlowBetweenness.withBudget(in, budget / 2, 1).result();
        assertThat(sampled.sampled()).isTrue();
        assertThat(sampled.pivots()).isBetween(64, in.sources().length - 1);
    }

    @Test
    void bernsteinBoundHoldsAndIsTighterThanHoeffding() {
        RandomSupplyGraphs.Sample s = RandomSupplyGraphs.layered(2000, 200, 4, 3);
        BetweennessResult full = new RiskFlowBetweenness(s.input()).result();
        for (long seed = 1; seed <= 5; seed++) {
            BetweennessResult sampled = new RiskFlowBetweenness(s.input(), 100, seed).result();
            double worst = 0;
            for (int v = 0; v < s.graph().vertexCount(); v++) {
                worst = Math.max(worst, Math.abs(sampled.normalized(v) - full.normalized(v)));
            }
            assertThat(worst).as("seed %d", seed).isLessThanOrEqualTo(sampled.errorBound());
            double maxMass = 0;
            for (int src : s.input().sources()) {
                RiskFlowBetweenness.Acc one = new RiskFlowBetweenness.Acc(s.graph(), s.input().mask());
                maxMass = Math.max(maxMass, one.dependencies(src, s.input().risk().raw()));
            }
            double hoeffding = s.input().sources().length * maxMass / full.totalExposure()
                    * Math.sqrt(Math.log(2 / 0.05) / (2.0 * 100));
            assertThat(sampled.errorBound()).as("seed %d", seed).isLessThan(hoeffding);
        }
    }
}
