package nl.ketenlens.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.SupplyNetwork;
import nl.ketenlens.risk.IndicatorView;
import org.junit.jupiter.api.Test;

class ProjectionDeltaTests {

    private static final List<IndicatorView> INDICATORS = List.of(InMemoryProjection.indicator(
            "x:child_labour:CI:cocoa", "child_labour", "CI", null, "cocoa", 4, 4, 4, 0.8, null));

    private static SupplyNetwork network(List<LinkRow> links) {
        return new SupplyNetwork(
                List.of(new CompanyRow("C", "Choco BV", "food", "sme", null, List.of("food"), "company", false),
                        new CompanyRow("D", "Goud BV", "metal", "sme", null, List.of(), "company", false),
                        new CompanyRow("K", "Bank", "financial", "large", null, List.of(), "bank", false)),
                List.of(new FacilityRow("F1", "Coop North", "cooperative", "CI", "CI-SM", List.of("cocoa"), null, null, false),
                        new FacilityRow("F2", "Trader", "trader", "NL", null, List.of("cocoa", "gold"), null, null, false),
                        new FacilityRow("F3", "Mine", "mine", "GH", null, List.of("gold"), null, null, false),
                        new FacilityRow("F4", "Refiner", "refiner", "CH", null, List.of("gold"), null, null, false)),
                links, List.of(new FinancingRow("K", "C", false)));
    }

    private static final List<LinkRow> BEFORE = List.of(new LinkRow("C", "F2", "cocoa", 0.5, false),
            new LinkRow("F2", "F1", "cocoa", null, false), new LinkRow("D", "F4", "gold", 1.0, false));

    private static GraphProjection full(List<LinkRow> links, long revision) {
        return InMemoryProjection.of(revision, network(links), INDICATORS, Map.of());
    }

    private static List<LinkRow> plus(List<LinkRow> links, List<LinkRow> more) {
        List<LinkRow> all = new ArrayList<>(links);
        all.addAll(more);
        return all;
    }

    @Test
    void addedLinksGiveTheSameGraphAsARebuild() {
        List<LinkRow> created = List.of(new LinkRow("F4", "F3", "gold", 0.3, false),
                new LinkRow("D", "F2", "tin", null, false), new LinkRow("F2", "F4", "gold", null, false));

        GraphProjection delta = ProjectionDelta.apply(full(BEFORE, 4), created, 5);

        assertThat(delta).isNotNull();
        assertThat(delta.revision()).isEqualTo(5);
        assertSame(delta, full(plus(BEFORE, created), 5));
        assertThat(delta.graph().edgeCount()).isEqualTo(7); // 3 + 3 supply links + 1 financing
    }

    @Test
    void aLinkParallelToAnExistingEdgeIsLeftToTheRebuild() {
        assertThat(ProjectionDelta.apply(full(BEFORE, 4), List.of(new LinkRow("C", "F2", "gold", 0.1, false)), 5))
                .isNull();
    }

    @Test
    void twoNewLinksBetweenTheSamePairAreLeftToTheRebuild() {
        assertThat(ProjectionDelta.apply(full(BEFORE, 4), List.of(new LinkRow("D", "F3", "gold", 0.1, false),
                new LinkRow("D", "F3", "tin", 0.2, false)), 5)).isNull();
    }

    @Test
    void anUnknownEndIsLeftToTheRebuild() {
        assertThat(ProjectionDelta.apply(full(BEFORE, 4), List.of(new LinkRow("D", "F9", "gold", null, false)), 5))
                .isNull();
    }

    /** Same vertices, attributes, indicator matches and edges (by commodity code: indexes follow arrival order). */
    static void assertSame(GraphProjection actual, GraphProjection expected) {
        SupplyGraph a = actual.graph();
        SupplyGraph e = expected.graph();
        assertThat(a.vertexCount()).isEqualTo(e.vertexCount());
        assertThat(a.edgeCount()).isEqualTo(e.edgeCount());
        assertThat(actual.names()).containsExactly(expected.names());
        assertThat(actual.countries()).containsExactly(expected.countries());
        assertThat(actual.commodities()).isEqualTo(expected.commodities());
        assertThat(actual.facilityIndicators()).isDeepEqualTo(expected.facilityIndicators());
        assertThat(actual.indicators()).isEqualTo(expected.indicators());
        assertThat(edges(a)).isEqualTo(edges(e));
    }

    static List<String> edges(SupplyGraph g) {
        List<String> out = new ArrayList<>();
        for (int v = 0; v < g.vertexCount(); v++) {
            out.add(g.id(v) + " " + g.kind(v) + " member=" + g.isMember(v));
            for (int x = g.outStart(v); x < g.outStart(v) + g.outDegree(v); x++) {
                out.add("  -> " + g.id(g.target(x)) + " " + g.commodities().get(g.commodity(x)) + " " + g.share(x)
                        + (g.isFinancing(x) ? " financing" : ""));
            }
        }
        return out;
    }
}
