package nl.ketenlens.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.ketenlens.risk.CommodityTaxonomy;
import nl.ketenlens.risk.IndicatorView;
import org.junit.jupiter.api.Test;

/** Hotspot keys of indicators written for one commodity, for a list of commodities (ADR 0023) and for all. */
class HotspotKeysTests {

    private static final CommodityTaxonomy TAXONOMY = new CommodityTaxonomy(Map.of("arabica", "coffee"), Map.of());

    private static IndicatorView indicator(String commodity) {
        return new IndicatorView("i", "ghg", "BR", null, commodity, 3, 3, 3, 0.5, 0.6, 0.3, "", null);
    }

    private static IndicatorView farmGoods() {
        return indicator(null).withGoodsAndTypes(List.of("soy", "maize", "coffee"), List.of("farm", "plantation"));
    }

    @Test
    void aListRowGivesTheKeysItsPerCommodityRowsHad() {
        assertThat(RiskProfiles.hotspotKeys(farmGoods(), List.of("maize", "soy", "cotton"), TAXONOMY))
                .containsExactly("BR:soy:ghg", "BR:maize:ghg");
        // a kind of a listed commodity counts as that commodity, as it did for the per-commodity row
        assertThat(RiskProfiles.hotspotKeys(farmGoods(), List.of("arabica"), TAXONOMY))
                .containsExactly("BR:coffee:ghg");
    }

    @Test
    void aListRowNeverJoinsTheAllCommoditiesHotspot() {
        String industry = RiskProfiles.hotspotKeys(indicator(null), List.of("soy"), TAXONOMY).get(0);
        assertThat(industry).isEqualTo("BR:*:ghg");
        assertThat(RiskProfiles.hotspotKeys(farmGoods(), List.of("soy"), TAXONOMY)).doesNotContain(industry);
    }

    @Test
    void singleCommodityRowsKeepTheirKey() {
        assertThat(RiskProfiles.hotspotKeys(indicator("gold"), List.of("gold", "silver"), TAXONOMY))
                .containsExactly("BR:gold:ghg");
    }
}
