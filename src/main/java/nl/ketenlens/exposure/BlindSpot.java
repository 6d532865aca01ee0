package nl.ketenlens.exposure;

import java.util.List;
import nl.ketenlens.risk.SourceView;

/**
 * A reached facility whose upstream or whereabouts are unknown, so "no information" is not read as "no risk".
 *
 * @param reasons            {@code no_supplier} (no supplier recorded although its commodity is made from
 *                           upstream commodities) and/or {@code unknown_country}
 * @param expectedFrom       the commodities whose risk is expected: the upstream commodities for
 *                           {@code no_supplier}, the facility's own for {@code unknown_country}
 * @param expectedRiskWeight the largest risk weight of an indicator for those commodities (or for all
 *                           commodities) in their main producing countries; null when no indicator is known
 * @param expectedTheme      theme of that indicator
 * @param expectedCountry    country of that indicator
 * @param expectedCommodity  which of {@code expectedFrom} it concerns
 * @param expectedSource     source of that indicator
 * @param explanation        the blind spot in plain language
 * @param stage              the chain stage the facility works at by its type, or null for an unknown type
 * @param expectedStages     the stages the expected-risk indicator describes (empty: every stage)
 */
public record BlindSpot(String facilityId, String name, String type, String country, List<String> commodities,
                        int tier, List<String> reasons, List<String> expectedFrom, Double expectedRiskWeight,
                        String expectedTheme, String expectedCountry, String expectedCommodity,
                        SourceView expectedSource, String explanation, String stage,
                        List<String> expectedStages) {
}
