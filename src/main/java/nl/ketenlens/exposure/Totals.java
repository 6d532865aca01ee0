package nl.ketenlens.exposure;

import java.util.List;

/**
 * Exposure summed per theme, per country and per tier. A facility's weight for a theme is the largest risk weight
 * of the indicators of that theme that apply to it; its total weight is the sum over themes.
 */
public record Totals(List<Total> byTheme, List<Total> byCountry, List<Total> byTier) {

    /**
     * @param key           theme code, country code ({@code unknown} when missing) or tier number
     * @param facilityCount risk-bearing facilities in the group
     * @param riskWeight    sum of their weights (per theme: of that theme only)
     */
    public record Total(String key, int facilityCount, double riskWeight) {
    }
}
