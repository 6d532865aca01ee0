package nl.ketenlens.graph.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.risk.CommodityTaxonomy;
import nl.ketenlens.risk.IndicatorView;

/**
 * Which indicators apply to which facility: same country, same region or a country-wide indicator; the
 * facility's commodity, a kind of it, or an all-commodities indicator; and the facility's chain stage:
 * {@link IndicatorView#appliesTo}, indexed by country.
 *
 * <p>The answer depends only on a facility's country, region, commodities and type, and a sector's facilities share
 * a few thousand such profiles (the 100k network: 100k facilities, far fewer profiles), so each profile is matched
 * once and its row shared by every facility alike. Callers that change a row must copy it first.
 */
final class IndicatorMatcher {

    private static final int[] NONE = new int[0];

    private IndicatorMatcher() {
    }

    static int[][] match(List<IndicatorView> indicators, String[] countries, String[] regions,
                         List<List<String>> commodities, String[] types, CommodityTaxonomy taxonomy) {
        Map<String, List<Integer>> byCountry = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            byCountry.computeIfAbsent(indicators.get(i).country(), k -> new ArrayList<>()).add(i);
        }
        int[][] result = new int[countries.length][];
        Map<Profile, int[]> rows = new HashMap<>();
        for (int v = 0; v < countries.length; v++) {
            List<Integer> candidates = countries[v] == null ? null : byCountry.get(countries[v]);
            if (candidates == null) {
                result[v] = NONE;
                continue;
            }
            int at = v;
            result[v] = rows.computeIfAbsent(new Profile(countries[v], regions[v], commodities.get(v), types[v]),
                    p -> applying(indicators, candidates, countries[at], regions[at], commodities.get(at), types[at],
                            taxonomy));
        }
        return result;
    }

    /** What {@link IndicatorView#appliesTo} reads of a facility. */
    private record Profile(String country, String region, List<String> commodities, String type) {
    }

    private static int[] applying(List<IndicatorView> indicators, List<Integer> candidates, String country,
                                  String region, List<String> commodities, String type,
                                  CommodityTaxonomy taxonomy) {
        return candidates.stream().mapToInt(Integer::intValue)
                .filter(i -> indicators.get(i).appliesTo(country, region, commodities, type, taxonomy)).toArray();
    }
}
