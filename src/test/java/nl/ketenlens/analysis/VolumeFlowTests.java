package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link VolumeFlow} on hand-built graphs with values computed by hand (see its javadoc). */
class VolumeFlowTests {

    private static SupplyGraph graph(String[] companies, String[] facilities, String[][] edges) {
        SupplyGraph.Builder b = SupplyGraph.builder(companies.length + facilities.length, edges.length);
        for (String c : companies) {
            b.addVertex(c, VertexKind.COMPANY, false);
        }
        for (String f : facilities) {
            b.addVertex(f, VertexKind.FACILITY, false);
        }
        for (String[] e : edges) {
            b.addEdge(e[0], e[1], "gold", e[2] == null ? null : Double.valueOf(e[2]), e.length > 3);
        }
        return b.build();
    }

    /** Volumes by "buyer>supplier", NaN elsewhere. */
    private static double[] volumes(SupplyGraph g, Map<String, Double> given) {
        double[] v = new double[g.edgeCount()];
        Arrays.fill(v, Double.NaN);
        given.forEach((k, x) -> v[g.edge(g.vertex(k.split(">")[0]), g.vertex(k.split(">")[1]))] = x);
        return v;
    }

    private static double[] arriving(SupplyGraph g, Map<String, Double> given, String... selected) {
        return new VolumeFlow(g, g.vertices(Arrays.asList(selected)), volumes(g, given)).arriving();
    }

    @Test
    void directVolumesPlusWhatSuppliersBuyOnByTheirShares() {
        // C1 buys 10 t from R; C2 buys 5 t from company C3, which buys 40 % of its gold from R; R buys half from M
        SupplyGraph g = graph(new String[] {"C1", "C2", "C3"}, new String[] {"R", "M"}, new String[][] {
                {"C1", "R", null}, {"C2", "C3", "1"}, {"C3", "R", "0.4"}, {"R", "M", "0.5"}});
        double[] in = arriving(g, Map.of("C1>R", 10_000.0, "C2>C3", 5_000.0, "C3>R", 8_000.0), "C1", "C2");
        assertThat(in[g.vertex("C3")]).isEqualTo(5_000.0);
        assertThat(in[g.vertex("R")]).isCloseTo(10_000 + 5_000 * 0.4, within(1e-9));
        assertThat(in[g.vertex("M")]).isCloseTo(12_000 * 0.5, within(1e-9));
    }

    @Test
    void aSelectedSupplierPassesNothingOnBecauseItsOwnVolumesCountAlready() {
        SupplyGraph g = graph(new String[] {"C1", "C2", "C3"}, new String[] {"R", "M"}, new String[][] {
                {"C1", "R", null}, {"C2", "C3", "1"}, {"C3", "R", "0.4"}, {"R", "M", "0.5"}});
        double[] in = arriving(g, Map.of("C1>R", 10_000.0, "C2>C3", 5_000.0, "C3>R", 8_000.0), "C1", "C2", "C3");
        assertThat(in[g.vertex("R")]).isCloseTo(18_000, within(1e-9));
    }

    @Test
    void unknownSharesAndFinancingCarryNothing() {
        SupplyGraph g = graph(new String[] {"B", "C1"}, new String[] {"T", "M"}, new String[][] {
                {"B", "C1", null, "financing"}, {"C1", "T", null}, {"T", "M", null}});
        double[] in = arriving(g, Map.of("B>C1", 1e9, "C1>T", 700.0), "B", "C1");
        assertThat(in[g.vertex("C1")]).isZero();
        assertThat(in[g.vertex("T")]).isEqualTo(700.0);
        assertThat(in[g.vertex("M")]).isZero();
    }

    @Test
    void edgesInsideACycleCarryNothingSoNoVolumeIsCountedTwice() {
        SupplyGraph g = graph(new String[] {"C1"}, new String[] {"A", "B", "X"}, new String[][] {
                {"C1", "A", null}, {"A", "B", "1"}, {"B", "A", "1"}, {"B", "X", "0.5"}});
        double[] in = arriving(g, Map.of("C1>A", 100.0), "C1");
        assertThat(in[g.vertex("A")]).isEqualTo(100.0);
        assertThat(in[g.vertex("B")]).isZero();
        assertThat(in[g.vertex("X")]).isZero();
    }

    @Test
    void emptySelectionAndBadArguments() {
        SupplyGraph g = graph(new String[] {"C1"}, new String[] {"A"}, new String[][] {{"C1", "A", null}});
        assertThat(arriving(g, Map.of("C1>A", 5.0))).containsOnly(0.0);
        assertThatThrownBy(() -> new VolumeFlow(g, new int[0], new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one volume per edge");
        assertThatThrownBy(() -> new VolumeFlow(null, new int[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contributorsCountTheSelectedCompaniesWhoseVolumeArrives() {
        // C1 gives a volume to R; C2 gives one to non-member trader T, which passes 40 % on to R; C3 buys from R
        // without a volume; C4 gives a volume to T but T passes nothing on to M (unknown share)
        SupplyGraph g = graph(new String[] {"C1", "C2", "C3", "C4"}, new String[] {"T", "R", "M"}, new String[][] {
                {"C1", "R", null}, {"C2", "T", "1"}, {"T", "R", "0.4"}, {"C3", "R", null}, {"C4", "T", null},
                {"T", "M", null}, {"R", "M", "0.5"}});
        VolumeFlow flow = new VolumeFlow(g, g.vertices(java.util.List.of("C1", "C2", "C3", "C4")),
                volumes(g, Map.of("C1>R", 10.0, "C2>T", 5.0, "C4>T", 3.0)));
        assertThat(flow.contributors(g.vertex("R"))).isEqualTo(3); // C1 direct, C2 and C4 through T
        assertThat(flow.contributors(g.vertex("T"))).isEqualTo(2);
        assertThat(flow.contributors(g.vertex("M"))).isEqualTo(3); // through R's known share; T -> M carries nothing
        assertThat(flow.arriving()[g.vertex("M")]).isCloseTo((10 + 8 * 0.4) * 0.5, within(1e-9));
        assertThat(flow.contributors(g.vertex("C3"))).isZero();
        assertThatThrownBy(() -> flow.contributors(99)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroVolumeAndAMemberInBetweenContributeNothing() {
        // C2 is selected: what C1 buys through it is not passed on (C2's own volumes count), and C2's own is 0
        SupplyGraph g = graph(new String[] {"C1", "C2"}, new String[] {"R"}, new String[][] {
                {"C1", "C2", "1"}, {"C2", "R", "1"}});
        VolumeFlow flow = new VolumeFlow(g, g.vertices(java.util.List.of("C1", "C2")),
                volumes(g, Map.of("C1>C2", 7.0, "C2>R", 0.0)));
        assertThat(flow.contributors(g.vertex("R"))).isZero();
        assertThat(flow.contributors(g.vertex("C2"))).isEqualTo(1);
    }
}
