package nl.ketenlens.risk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one rule that turns the indicators applying to a facility into its risk weight, shared by leverage
 * ({@code RiskProfiles}) and exposure ({@code Hit}): per theme only the strongest indicator counts (a country-wide
 * and a regional indicator of one theme describe one harm), and the themes add up (different themes are different
 * harms). See {@code docs/leverage.md} and {@code docs/exposure.md}.
 *
 * @param byTheme strongest {@link IndicatorView#riskWeight()} per theme, in the order themes were first met
 * @param total   the facility's weight: the sum of {@code byTheme} values, in that order
 */
public record ThemeWeights(Map<String, Double> byTheme, double total) {

    public ThemeWeights {
        byTheme = Collections.unmodifiableMap(new LinkedHashMap<>(byTheme));
    }

    /** The weights of these indicators (which the caller has already filtered to those that apply). */
    public static ThemeWeights of(Iterable<IndicatorView> indicators) {
        Map<String, Double> strongest = new LinkedHashMap<>();
        for (IndicatorView i : indicators) {
            strongest.merge(i.theme(), i.riskWeight(), Math::max);
        }
        return new ThemeWeights(strongest, strongest.values().stream().mapToDouble(Double::doubleValue).sum());
    }
}
