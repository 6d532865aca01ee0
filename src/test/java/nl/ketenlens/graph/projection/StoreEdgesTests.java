package nl.ketenlens.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.risk.IndicatorView;
import org.junit.jupiter.api.Test;

/** Store edges reach the graph in one canonical order, whatever order the store returned them in. */
class StoreEdgesTests {

    private static final List<IndicatorView> INDICATORS = List.of(
            InMemoryProjection.indicator("x:cl:CI:cocoa", "child_labour", "CI", null, "cocoa", 4, 4, 4, 0.8, null),
            InMemoryProjection.indicator("x:fl:CI", "forced_labour", "CI", null, null, 3, 3, 3, 0.5, null));

    /** C buys from F1 twice (gold, then cocoa), K finances C; added in {@code order}. */
    private static GraphProjection project(int... order) {
        ProjectionBuilder b = new ProjectionBuilder(4, 4);
        int c = b.addCompany(new CompanyRow("C", "Choco", "food", null, null, List.of("food"), "company", false));
        int k = b.addCompany(new CompanyRow("K", "Bank", "financial", null, null, List.of(), "bank", false));
        int f1 = b.addFacility(new FacilityRow("F1", "Coop", "cooperative", "CI", null, List.of("cocoa"), null, null,
                false));
        int f2 = b.addFacility(new FacilityRow("F2", "Coop 2", "cooperative", "CI", null, List.of("cocoa"), null,
                null, false));
        Runnable[] edges = {
            () -> b.link(c, f1, "gold", 0.2),
            () -> b.link(c, f1, "cocoa", 0.7),
            () -> b.financing(k, c),
            () -> b.link(f1, f2, "cocoa", Double.NaN),
        };
        for (int i : order) {
            edges[i].run();
        }
        return b.build(1, INDICATORS, Map.of());
    }

    @Test
    void parallelLinksKeepTheSmallestCommodityCodeWhateverTheArrivalOrder() {
        GraphProjection a = project(0, 1, 2, 3);
        GraphProjection b = project(3, 2, 1, 0);

        SupplyGraph g = a.graph();
        int e = g.findSupplyLink("C", "F1");
        assertThat(g.commodities().get(g.commodity(e))).isEqualTo("cocoa");
        assertThat(g.share(e)).isEqualTo(0.7);
        assertThat(g.edgeCount()).isEqualTo(3);
        assertThat(g.commodities()).isEqualTo(b.graph().commodities());
        ProjectionDeltaTests.assertSame(a, b);
    }

    @Test
    void facilitiesAlikeShareOneIndicatorRowWithTheSameMatches() {
        GraphProjection p = project(0, 1, 2, 3);
        int f1 = p.graph().find("F1");
        int f2 = p.graph().find("F2");

        assertThat(p.facilityIndicators()[f1]).containsExactly(0, 1);
        assertThat(p.facilityIndicators()[f2]).isSameAs(p.facilityIndicators()[f1]);
        assertThat(p.facilityIndicators()[p.graph().find("C")]).isEmpty();
    }

    @Test
    void aCertifiedFacilityGetsItsOwnRowAndLeavesItsTwinsAlone() {
        ProjectionBuilder b = new ProjectionBuilder(2, 0);
        b.addFacility(new FacilityRow("F1", "Coop", "cooperative", "CI", null, List.of("cocoa"), null, null, false));
        b.addFacility(new FacilityRow("F2", "Coop 2", "cooperative", "CI", null, List.of("cocoa"), null, null, false));
        b.certifications("F1", List.of("Rainforest Alliance"));
        GraphProjection p = b.build(1, INDICATORS, Map.of());

        int[] twin = p.facilityIndicators()[p.graph().find("F2")];
        assertThat(p.facilityIndicators()[p.graph().find("F1")]).containsExactly(2, 3); // the lowered copies
        assertThat(twin).containsExactly(0, 1);
    }

    @Test
    void edgesCollectedInAReadersNumberingAreRenumberedToVertices() {
        ProjectionBuilder b = new ProjectionBuilder(3, 2);
        int c = b.addCompany(new CompanyRow("C", "Choco", "food", null, null, List.of(), "company", false));
        int f1 = b.addFacility(new FacilityRow("F1", "Coop", "cooperative", "CI", null, List.of("cocoa"), null, null,
                false));
        int f2 = b.addFacility(new FacilityRow("F2", "Coop 2", "cooperative", "CI", null, List.of("cocoa"), null,
                null, false));
        StoreEdges edges = new StoreEdges(2);
        edges.add(2, 0, "cocoa", 0.5, false); // reader's numbering: 0 = F2, 1 = F1, 2 = C
        edges.add(1, 0, "cocoa", Double.NaN, false);
        edges.renumber(new int[] {f2, f1, c});
        b.storeEdges(edges);
        SupplyGraph g = b.build(1, INDICATORS, Map.of()).graph();

        assertThat(g.share(g.findSupplyLink("C", "F2"))).isEqualTo(0.5);
        assertThat(g.findSupplyLink("F1", "F2")).isNotNegative();
        assertThat(g.edgeCount()).isEqualTo(2);
    }
}
