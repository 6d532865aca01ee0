package nl.ketenlens.graph.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.risk.IndicatorView;

/**
 * Which indicators apply to which facility: same country, same region or a country-wide indicator, and
 * the facility's commodity or an all-commodities indicator: {@link IndicatorView#appliesTo}, indexed by country.
 */
final class IndicatorMatcher {

    private static final int[] NONE = new int[0];

    private IndicatorMatcher() {
    }

    static int[][] match(List<IndicatorView> indicators, String[] countries, String[] regions,
                         List<List<String>> commodities) {
        Map<String, List<Integer>> byCountry = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            byCountry.computeIfAbsent(indicators.get(i).country(), k -> new ArrayList<>()).add(i);
        }
        int[][] result = new int[countries.length][];
        for (int v = 0; v < countries.length; v++) {
            List<Integer> candidates = countries[v] == null ? null : byCountry.get(countries[v]);
            result[v] = candidates == null ? NONE
                    : applying(indicators, candidates, countries[v], regions[v], commodities.get(v));
        }
        return result;
    }

    private static int[] applying(List<IndicatorView> indicators, List<Integer> candidates, String country,
                                  String region, List<String> commodities) {
        return candidates.stream().mapToInt(Integer::intValue)
                .filter(i -> indicators.get(i).appliesTo(country, region, commodities)).toArray();
    }
}
