package nl.ketenlens.exposure;

import nl.ketenlens.bench.ReferenceRisk;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ketenlens.graph.SupplyNetwork;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.InMemoryProjection;
import nl.ketenlens.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.Test;

/**
 * The demo network with the real reference indicators, in memory: what the seeded store shows. Jewellers (sector
 * retail) buy gold through refineries and traders from artisanal mines in countries on the ILAB 2022 list.
 */
class DemoNetworkExposureTests {

    @Test
    void aDemoJewellerSeesChildLabourInGoldWithTheIlab2022Source() {
        ReferenceRisk risk = ReferenceRisk.load();
        SupplyNetwork demo = SyntheticNetworkGenerator.demo();
        GraphProjection p = InMemoryProjection.of(demo, risk.indicators(), risk.commodities());
        ExposureAnalyzer analyzer = new ExposureAnalyzer(p);

        List<SalientIssue> goldChildLabour = demo.companies().stream()
                .filter(c -> "retail".equals(c.sector()) && !c.financialInstitution())
                .flatMap(c -> analyzer.analyze(ExposureRequest.of(c.id()).withTheme("child_labour"))
                        .salientIssues().stream())
                .filter(s -> s.commodity().equals("gold") && s.theme().equals("child_labour"))
                .toList();

        assertThat(goldChildLabour).isNotEmpty();
        assertThat(goldChildLabour).anySatisfy(s -> {
            assertThat(s.sources()).anySatisfy(src -> {
                assertThat(src.id()).isEqualTo("ilab2022");
                assertThat(src.year()).isEqualTo(2022);
                assertThat(src.url()).contains("dol.gov");
            });
            assertThat(s.reason()).startsWith("Child labour in gold from ").contains("ILAB 2022");
            assertThat(s.tier()).isBetween(2, 4);
        });
    }
}
