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

    /** ADR 0023: one row for a commodity list, limited to cultivation types (EDGAR agriculture). */
    private static IndicatorView farmFigure() {
        return indicator(null, null).withStages(List.of("extraction"))
                .withGoodsAndTypes(List.of("stones", "cocoa"), ChainStage.CULTIVATION_TYPES);
    }

    @Test
    void aListIndicatorCoversEachOfItsCommoditiesAndTheirKindsOnly() {
        IndicatorView list = farmFigure();
        assertThat(list.commoditySpecific()).isTrue();
        assertThat(list.appliesTo("UG", null, List.of("cocoa"), "farm", STONES)).isTrue();
        assertThat(list.appliesTo("UG", null, List.of("gold", "granite"), "farm", STONES)).as("a kind of stones").isTrue();
        assertThat(list.appliesTo("UG", null, List.of("gold"), "farm", STONES)).isFalse();
        assertThat(list.covers("marble", STONES)).isTrue();
        assertThat(list.covers("coffee", STONES)).isFalse();
        assertThat(indicator(null, null).covers("coffee", STONES)).as("an all-commodities indicator").isTrue();
        assertThat(indicator(null, null).commoditySpecific()).isFalse();
    }

    @Test
    void aTypeLimitedIndicatorReachesItsTypesAndUnknownTypesButNeverAMine() {
        IndicatorView list = farmFigure();
        for (String type : List.of("farm", "plantation", "ranch", "cooperative")) {
            assertThat(list.appliesTo("UG", null, List.of("cocoa"), type, STONES)).as(type).isTrue();
        }
        assertThat(list.appliesTo("UG", null, List.of("cocoa"), "mine", STONES)).isFalse();
        assertThat(list.appliesTo("UG", null, List.of("cocoa"), "quarry", STONES)).isFalse();
        assertThat(list.appliesTo("UG", null, List.of("cocoa"), "fishery", STONES)).isFalse();
        assertThat(list.appliesTo("UG", null, List.of("cocoa"), "mill", STONES)).as("stage").isFalse();
        assertThat(list.appliesTo("UG", null, List.of("cocoa"), "workshop", STONES)).as("unknown type").isTrue();
        assertThat(list.appliesTo("UG", null, List.of("cocoa"), null, STONES)).as("no type").isTrue();
        assertThat(list.appliesInPlaceAndGoods("UG", null, List.of("cocoa"), STONES)).as("upstream of a mill").isTrue();
    }

    @Test
    void aSourceIsNamedByItsTitlesOwnNameWhenThatCarriesTheYearElseByAcronymAndYear() {
        assertThat(new SourceView("edgar2024", "European Commission, Joint Research Centre (JRC)",
                "EDGAR 2024 (JRC): GHG emissions of all world countries", "EDGAR_2024_GHG", 2024, null, null)
                .shortLabel()).isEqualTo("EDGAR 2024 (JRC)");
        assertThat(new SourceView("ilab2022", "U.S. Department of Labor, Bureau of International Labor Affairs (ILAB)",
                "List of Goods Produced by Child Labor or Forced Labor", "2022 edition", 2022, null, null).shortLabel())
                .isEqualTo("ILAB 2022");
        assertThat(new SourceView("ilo_sdg882", "International Labour Organization (ILO)",
                "ILOSTAT, SDG indicator 8.8.2: level of national compliance", "x", 2024, null, null).shortLabel())
                .as("a title name without the year").isEqualTo("ILO 2024");
        assertThat(new SourceView("x", null, null, null, null, null, null).shortLabel()).isEqualTo("x");
    }
}
