package nl.ketenlens.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.ketenlens.graph.projection.GraphProjection;
import org.junit.jupiter.api.Test;

/** Stage-aware matching, the commodity taxonomy and the input-output chain on hand-built chains (docs/adr/0013). */
class ChainModelTests {

    /** jewellery ← gold ← gold doré ← gold ore; ore and doré are forms of gold; mining findings in Ghana and Peru. */
    private static Net gold() {
        return new Net()
                .commodity("jewellery", "Jewellery", List.of("gold"), List.of("IN"))
                .commodity("gold", "Gold", List.of("gold_dore"), List.of("GH", "PE"))
                .commodity("gold_dore", "Gold doré", List.of("gold_ore"), List.of("GH", "PE"), "gold")
                .commodity("gold_ore", "Gold ore", List.of(), List.of("GH", "PE"), "gold")
                .staged("child_labour", "GH", "gold", 4, 4, 4, 0.5, "extraction")       // 0.40
                .staged("forced_labour", "PE", "gold", 5, 5, 4, 0.6, "extraction");     // 0.56
    }

    @Test
    void refineryInAMiningCountryDoesNotCarryTheMiningFindingButItsUnmappedUpstreamDoes() {
        Net net = gold().company("C", "gold").facility("R", "refinery", "GH", "gold").link("C", "R", "gold", 1.0);
        GraphProjection p = net.projection();
        int r = p.graph().vertex("R");
        assertThat(p.indicatorsOf(r)).isEmpty();

        ExposureReport report = new ExposureAnalyzer(p).analyze(ExposureRequest.of("C"));
        assertThat(report.salientIssues()).isEmpty();
        BlindSpot b = report.blindSpots().stream().filter(s -> s.facilityId().equals("R")).findFirst().orElseThrow();
        assertThat(b.reasons()).containsExactly(BlindSpots.NO_SUPPLIER);
        assertThat(b.stage()).isEqualTo("processing");
        assertThat(b.expectedFrom()).containsExactly("gold", "gold_dore", "gold_ore");
        // the worst the missing mines may hide: forced labour in Peruvian gold mining, 14/15 × 0.6
        assertThat(b.expectedRiskWeight()).isCloseTo(0.56, within(1e-9));
        assertThat(b.expectedCountry()).isEqualTo("PE");
        assertThat(b.expectedStages()).containsExactly("extraction");
        assertThat(b.explanation()).contains("(refinery, processing stage)").contains("no supplier on record")
                .contains("gold passes through an earlier stage").contains("(extraction) from Peru");
    }

    @Test
    void refineryWithItsMineOnRecordIsNoBlindSpotAndTheMineCarriesTheFinding() {
        GraphProjection p = gold().company("C", "gold").facility("R", "refinery", "CH", "gold")
                .facility("M", "mine", "GH", "gold_ore").link("C", "R", "gold", 1.0).link("R", "M", "gold_ore", 1.0)
                .projection();
        // the finding on gold reaches the mine's gold ore through the taxonomy
        assertThat(p.indicatorsOf(p.graph().vertex("M"))).extracting(i -> i.theme()).containsExactly("child_labour");

        ExposureReport report = new ExposureAnalyzer(p).analyze(ExposureRequest.of("C"));
        assertThat(report.blindSpots()).isEmpty();
        assertThat(report.salientIssues()).extracting(SalientIssue::theme).containsExactly("child_labour");
    }

    @Test
    void mineWithoutSupplierStartsTheChainAndIsNoBlindSpot() {
        ExposureReport report = gold().company("C", "gold").facility("M", "mine", "GH", "gold")
                .link("C", "M", "gold", 1.0).analyzer().analyze(ExposureRequest.of("C"));
        assertThat(report.blindSpots()).isEmpty();
        assertThat(report.salientIssues()).extracting(SalientIssue::theme).containsExactly("child_labour");
    }

    @Test
    void jewellerKnowingOnlyItsRefinerGetsGoldBlindSpots() {
        ExposureReport report = gold().company("C", "gold").facility("J", "manufacturer", "IN", "jewellery")
                .facility("R", "refinery", "CH", "gold").link("C", "J", "jewellery", 1.0).link("J", "R", "gold", 1.0)
                .analyzer().analyze(ExposureRequest.of("C"));

        assertThat(report.salientIssues()).isEmpty();
        assertThat(report.blindSpots()).singleElement().satisfies(b -> {
            assertThat(b.facilityId()).isEqualTo("R");
            assertThat(b.tier()).isEqualTo(2);
            assertThat(b.expectedFrom()).contains("gold_ore");
            assertThat(b.expectedTheme()).isEqualTo("forced_labour");
            assertThat(b.expectedRiskWeight()).isCloseTo(0.56, within(1e-9));
        });
    }

    @Test
    void indicatorOnStonesReachesAGraniteQuarry() {
        GraphProjection p = new Net().commodity("stones", "Natural stone", List.of(), List.of("IN"))
                .commodity("granite", "Granite", List.of(), List.of("IN"), "stones")
                .staged("child_labour", "IN", "stones", 4, 4, 4, 0.5, "extraction")
                .company("C", "natural_stone").facility("Q", "quarry", "IN", "granite")
                .facility("P", "processor", "IN", "granite").link("C", "P", "granite", 1.0).link("P", "Q", "granite", 1.0)
                .projection();

        assertThat(p.indicatorsOf(p.graph().vertex("Q"))).extracting(i -> i.id())
                .containsExactly("ilab2022:child_labour:IN:stones");
        // the processor cuts stone: the quarrying finding is not about it, and its quarry is on record
        assertThat(p.indicatorsOf(p.graph().vertex("P"))).isEmpty();
        ExposureReport report = new ExposureAnalyzer(p).analyze(ExposureRequest.of("C"));
        assertThat(report.salientIssues()).singleElement().satisfies(i -> assertThat(i.commodity()).isEqualTo("stones"));
        assertThat(report.blindSpots()).isEmpty();
    }

    @Test
    void traderWithoutSupplierCarriesTheExtractionFindingAsExpectedUpstreamRisk() {
        ExposureReport report = gold().company("C", "gold").facility("T", "trader", "GH", "gold")
                .link("C", "T", "gold", 1.0).analyzer().analyze(ExposureRequest.of("C"));
        assertThat(report.salientIssues()).isEmpty();
        assertThat(report.blindSpots()).singleElement().satisfies(b -> {
            assertThat(b.stage()).isEqualTo("trade");
            assertThat(b.expectedRiskWeight()).isCloseTo(0.56, within(1e-9));
        });
    }
}
