package nl.ketenlens.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorViewTests {

    private static IndicatorView indicator(String region, String commodity) {
        return new IndicatorView("i", "child_labour", "UG", region, commodity, 3, 3, 3, 0.5, 0.6, 0.3, "", null);
    }

    @Test
    void countryWideAllCommodityIndicatorAppliesToEveryFacilityInTheCountry() {
        assertThat(indicator(null, null).appliesTo("UG", "UG-W", List.of("coffee"), "mill", CommodityTaxonomy.EMPTY)).isTrue();
        assertThat(indicator(null, null).appliesTo("KE", null, List.of("coffee"), "mill", CommodityTaxonomy.EMPTY)).isFalse();
        assertThat(indicator(null, null).appliesTo(null, null, List.of(), "mill", CommodityTaxonomy.EMPTY)).isFalse();
    }

    @Test
    void regionalIndicatorAppliesOnlyInItsRegion() {
        assertThat(indicator("UG-W", null).appliesTo("UG", "UG-W", List.of(), "mill", CommodityTaxonomy.EMPTY)).isTrue();
        assertThat(indicator("UG-W", null).appliesTo("UG", "UG-E", List.of(), "mill", CommodityTaxonomy.EMPTY)).isFalse();
        assertThat(indicator("UG-W", null).appliesTo("UG", null, List.of(), "mill", CommodityTaxonomy.EMPTY)).isFalse();
    }

    @Test
    void commodityIndicatorAppliesOnlyToFacilitiesHandlingIt() {
        assertThat(indicator(null, "gold").appliesTo("UG", null, List.of("coffee", "gold"), "mill", CommodityTaxonomy.EMPTY)).isTrue();
        assertThat(indicator(null, "gold").appliesTo("UG", null, List.of("coffee"), "mill", CommodityTaxonomy.EMPTY)).isFalse();
    }

    private static final CommodityTaxonomy STONES = new CommodityTaxonomy(
            Map.of("granite", "stones", "marble", "stones"), Map.of());

    private static IndicatorView staged(String commodity, String... stages) {
        return indicator(null, commodity).withStages(List.of(stages));
    }

    @Test
    void indicatorOnAParentCommodityReachesItsKindsButNotTheOtherWayRound() {
        assertThat(indicator(null, "stones").appliesTo("UG", null, List.of("granite"), "quarry", STONES)).isTrue();
        assertThat(indicator(null, "granite").appliesTo("UG", null, List.of("stones"), "quarry", STONES)).isFalse();
        assertThat(indicator(null, "stones").appliesTo("UG", null, List.of("granite"), "quarry",
                CommodityTaxonomy.EMPTY)).isFalse();
    }

    @Test
    void stagedIndicatorAppliesOnlyToFacilitiesAtThatStage() {
        IndicatorView mining = staged("gold", "extraction");
        assertThat(mining.appliesTo("UG", null, List.of("gold"), "mine", STONES)).isTrue();
        assertThat(mining.appliesTo("UG", null, List.of("gold"), "refinery", STONES)).isFalse();
        assertThat(mining.appliesTo("UG", null, List.of("gold"), "trader", STONES)).isFalse();
        // a type outside the table cannot be placed, so it keeps every indicator
        assertThat(mining.appliesTo("UG", null, List.of("gold"), "workshop", STONES)).isTrue();
        // an indicator without stages describes every stage
        assertThat(indicator(null, "gold").appliesTo("UG", null, List.of("gold"), "refinery", STONES)).isTrue();
        assertThat(staged("gold", "extraction", "trade").appliesTo("UG", null, List.of("gold"), "trader", STONES))
                .isTrue();
    }

    @Test
    void cypherFormNamesTheSameStageTable() {
        String cypher = IndicatorView.appliesToFacility("Commodity");
        assertThat(cypher).contains("WHEN 'refinery' THEN 'processing'").contains("WHEN 'mine' THEN 'extraction'")
                .contains("i.commodity IN fm.ancestors").contains("(fm:Commodity)");
    }
}
