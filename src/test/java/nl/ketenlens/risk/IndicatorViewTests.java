package nl.ketenlens.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorViewTests {

    private static IndicatorView indicator(String region, String commodity) {
        return new IndicatorView("i", "child_labour", "UG", region, commodity, 3, 3, 3, 0.5, 0.6, 0.3, "", null);
    }

    @Test
    void countryWideAllCommodityIndicatorAppliesToEveryFacilityInTheCountry() {
        assertThat(indicator(null, null).appliesTo("UG", "UG-W", List.of("coffee"))).isTrue();
        assertThat(indicator(null, null).appliesTo("KE", null, List.of("coffee"))).isFalse();
        assertThat(indicator(null, null).appliesTo(null, null, List.of())).isFalse();
    }

    @Test
    void regionalIndicatorAppliesOnlyInItsRegion() {
        assertThat(indicator("UG-W", null).appliesTo("UG", "UG-W", List.of())).isTrue();
        assertThat(indicator("UG-W", null).appliesTo("UG", "UG-E", List.of())).isFalse();
        assertThat(indicator("UG-W", null).appliesTo("UG", null, List.of())).isFalse();
    }

    @Test
    void commodityIndicatorAppliesOnlyToFacilitiesHandlingIt() {
        assertThat(indicator(null, "gold").appliesTo("UG", null, List.of("coffee", "gold"))).isTrue();
        assertThat(indicator(null, "gold").appliesTo("UG", null, List.of("coffee"))).isFalse();
    }
}
