package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one-pass bound the engagement plan starts from never under-estimates {@code R(v)}, the risk weight reachable
 * from {@code v} (brute force by JGraphT traversal on the masked view), is exact on a tree, and respects its cap.
 */
class DownstreamRiskTests {

    @Test
    void upperBoundNeverUnderEstimatesOnRandomGraphs() {
        for (long seed = 0; seed < OracleTests.GRAPHS; seed++) {
            OracleTests.Case c = OracleTests.randomCase(seed);
            double[] r = c.in().risk().raw();
            Condensation cond = c.in().condensation();
            double cap = java.util.Arrays.stream(r).sum();
            double[] bound = DownstreamRisk.upperBound(c.g(), cond, r, cap);
            for (int v = 0; v < c.g().vertexCount(); v++) {
                if (cond.comp[v] < 0) {
                    continue;
                }
                Set<Integer> down = OracleTests.reachable(c.view(), v);
                double exact = down.stream().mapToDouble(t -> r[t]).sum();
                assertThat(bound[cond.comp[v]]).as("seed %d vertex %d", seed, v).isGreaterThanOrEqualTo(exact - 1e-9)
                        .isLessThanOrEqualTo(cap);
            }
        }
    }

    @Test
    void upperBoundIsExactOnATree() {
        SupplyGraph.Builder b = SupplyGraph.builder(6, 5);
        int c = b.addCompany("C", true);
        int t = b.addFacility("T");
        int m1 = b.addFacility("M1");
        int m2 = b.addFacility("M2");
        b.addEdge(c, t, 0, Double.NaN, false);
        b.addEdge(t, m1, 0, Double.NaN, false);
        b.addEdge(t, m2, 0, Double.NaN, false);
        SupplyGraph g = b.build();
        double[] r = new double[g.vertexCount()];
        r[m1] = 0.5;
        r[m2] = 0.25;
        LeverageInput in = LeverageInput.of(g, Selection.all(g), new RiskProfile(g, r, java.util.List.of()));
        double[] bound = DownstreamRisk.upperBound(g, in.condensation(), r, 10);
        assertThat(bound[in.condensation().comp[c]]).isEqualTo(0.75);
        assertThat(bound[in.condensation().comp[m2]]).isEqualTo(0.25);
        assertThat(DownstreamRisk.upperBound(g, in.condensation(), r, 0.5)[in.condensation().comp[c]]).isEqualTo(0.5);
    }
}
