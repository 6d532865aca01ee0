package nl.ketenlens.exposure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import nl.ketenlens.risk.ChainStage;
import nl.ketenlens.risk.IndicatorView;

/**
 * One risk-bearing facility the company reaches.
 *
 * @param tier          shortest number of supply hops from the company (1 = direct supplier)
 * @param pathCount     number of distinct simple paths enumerated to it within the depth limit
 * @param pathsCapped   true when enumeration stopped at the path cap, so {@code pathCount} is a lower bound
 * @param bestPath      the strongest link: among the shortest paths, the one with the largest known share product
 * @param bestPathShare share product of {@code bestPath} (null = a hop's share is unknown)
 * @param totalShare    sum of the share products over the enumerated paths whose shares are all known, at most 1
 *                      (a lower bound of the volume share; null = no such path)
 * @param riskWeight    per theme the strongest applying indicator's risk weight, summed over themes
 * @param indicators    the indicators that apply to it (after the theme filter), strongest first
 */
public record FacilityExposure(String facilityId, String name, String type, String country, String region,
                               List<String> commodities, int tier, int pathCount, boolean pathsCapped,
                               PathView bestPath, Double bestPathShare, Double totalShare, double riskWeight,
                               List<IndicatorView> indicators) {

    /** The chain stage of {@code type} ({@link ChainStage}, docs/adr/0013), or null for a type outside the table. */
    @JsonProperty("stage")
    public String stage() {
        ChainStage s = ChainStage.ofFacilityType(type);
        return s == null ? null : s.code();
    }
}
