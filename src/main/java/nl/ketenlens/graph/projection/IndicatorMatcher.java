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
        for (int v = 0; v < countries.length; v++) {
            List<Integer> candidates = countries[v] == null ? null : byCountry.get(countries[v]);
            result[v] = candidates == null ? NONE
                    : applying(indicators, candidates, countries[v], regions[v], commodities.get(v), types[v],
                    taxonomy);
        }
        return result;
    }

    private static int[] applying(List<IndicatorView> indicators, List<Integer> candidates, String country,
                                  String region, List<String> commodities, String type,
                                  CommodityTaxonomy taxonomy) {
        return candidates.stream().mapToInt(Integer::intValue)
                .filter(i -> indicators.get(i).appliesTo(country, region, commodities, type, taxonomy)).toArray();
    }
}
