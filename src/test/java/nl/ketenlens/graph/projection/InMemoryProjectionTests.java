package nl.ketenlens.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.SupplyNetwork;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.risk.IndicatorView;
import org.junit.jupiter.api.Test;

class InMemoryProjectionTests {

    @Test
    void buildsTheSameShapeAsTheNeo4jProjection() {
        SupplyNetwork network = new SupplyNetwork(
                List.of(new CompanyRow("C", "Choco BV", "food", "sme", null, List.of("food"), "company", true),
                        new CompanyRow("K", "Bank", "financial", "large", null, List.of(), "bank", false)),
                List.of(new FacilityRow("F1", "Coop North", "cooperative", "CI", "CI-SM", List.of("cocoa"), null,
                                null, true),
                        new FacilityRow("F2", "Coop South", "cooperative", "CI", "CI-LG", List.of("cocoa"), null,
                                null, false),
                        new FacilityRow("F3", "Mine", "mine", "CI", null, List.of("gold"), null, null, false)),
                List.of(new LinkRow("C", "F1", "cocoa", 0.25, true), new LinkRow("C", "F2", "cocoa", null, false),
                        new LinkRow("C", "F3", "gold", null, false)),
                List.of(new FinancingRow("K", "C", false)));
        IndicatorView countryWide = InMemoryProjection.indicator("x:child_labour:CI:cocoa", "child_labour", "CI",
                null, "cocoa", 4, 4, 4, 0.8, null);
        IndicatorView regional = InMemoryProjection.indicator("x:deforestation:CI-SM:*", "deforestation", "CI",
                "CI-SM", null, 3, 3, 5, 0.5, null);
        Map<String, CommodityInfo> info = Map.of("cocoa",
                new CommodityInfo("cocoa", "Cocoa", "1801", List.of(), List.of("CI", "GH")));

        GraphProjection p = InMemoryProjection.of(7, network, List.of(countryWide, regional), info);

        SupplyGraph g = p.graph();
        assertThat(p.revision()).isEqualTo(7);
        assertThat(g.vertexCount()).isEqualTo(5);
        assertThat(g.companies()).containsExactly(0, 1);
        assertThat(g.isMember(g.vertex("C"))).isTrue();
        assertThat(g.isMember(g.vertex("K"))).isFalse();
        int e = g.edge(g.vertex("C"), g.vertex("F1"));
        assertThat(g.share(e)).isEqualTo(0.25);
        assertThat(g.commodities().get(g.commodity(e))).isEqualTo("cocoa");
        assertThat(g.isFinancing(g.edge(g.vertex("K"), g.vertex("C")))).isTrue();
        assertThat(p.sectors()[g.vertex("C")]).isEqualTo("food");
        assertThat(p.kinds()[g.vertex("F3")]).isEqualTo("mine");
        assertThat(p.covenants().get(g.vertex("C"))).containsExactly("food");
        assertThat(p.synthetic()[g.vertex("F1")]).isTrue();
        // regional indicator only in its region; commodity indicator only where the commodity is handled
        assertThat(p.indicatorsOf(g.vertex("F1"))).containsExactly(countryWide, regional);
        assertThat(p.indicatorsOf(g.vertex("F2"))).containsExactly(countryWide);
        assertThat(p.indicatorsOf(g.vertex("F3"))).isEmpty();
        assertThat(p.indicatorsOf(g.vertex("C"))).isEmpty();
        assertThat(countryWide.severity()).isEqualTo(0.8);
        assertThat(countryWide.riskWeight()).isEqualTo(0.8 * 0.8);
        assertThat(p.commodityInfo().get("cocoa").mainProducers()).containsExactly("CI", "GH");
    }
}
