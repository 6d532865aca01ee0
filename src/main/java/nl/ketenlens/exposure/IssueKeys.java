package nl.ketenlens.exposure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.risk.IndicatorView;

/**
 * The salient-issue key (theme × country × commodity) of every indicator that applies to every facility, as small
 * ints, computed once per projection. The commodity is the indicator's own, or for an all-commodity indicator
 * the facility's first commodity ({@code *} when it lists none): path-independent, so every company that reaches
 * the facility sees the same key and sector counts compare like with like.
 */
final class IssueKeys {

    private final List<String[]> parts = new ArrayList<>();   // {country, commodity, theme}
    private final Map<String, Integer> ids = new HashMap<>();
    /** Parallel to {@code facilityIndicators}: {@code keyOf[v][j]} is the key of indicator j of facility v. */
    private final int[][] keyOf;

    IssueKeys(GraphProjection p) {
        int[][] applying = p.facilityIndicators();
        keyOf = new int[applying.length][];
        for (int v = 0; v < applying.length; v++) {
            keyOf[v] = new int[applying[v].length];
            List<String> commodities = p.commodities().get(v);
            String own = commodities == null || commodities.isEmpty() ? "*" : commodities.get(0);
            for (int j = 0; j < applying[v].length; j++) {
                IndicatorView i = p.indicators().get(applying[v][j]);
                keyOf[v][j] = id(i.country(), i.commodity() != null ? i.commodity() : keyCommodity(i, commodities, own,
                        p.taxonomy()), i.theme());
            }
        }
    }

    /**
     * The commodity an indicator without a single commodity is an issue about: for one written for a list (EDGAR
     * agriculture, ADR 0023) the first of the facility's commodities it covers — the key its per-commodity row had —
     * and for an all-commodities indicator the facility's own first commodity.
     */
    private static String keyCommodity(IndicatorView i, List<String> commodities, String own,
                                       nl.ketenlens.risk.CommodityTaxonomy taxonomy) {
        if (!i.commodities().isEmpty() && commodities != null) {
            for (String c : commodities) {
                if (i.covers(c, taxonomy)) {
                    return c;
                }
            }
        }
        return own;
    }

    private int id(String country, String commodity, String theme) {
        String key = country + ":" + commodity + ":" + theme;
        Integer id = ids.get(key);
        if (id == null) {
            id = parts.size();
            ids.put(key, id);
            parts.add(new String[] {country, commodity, theme});
        }
        return id;
    }

    int keyOf(int vertex, int j) {
        return keyOf[vertex][j];
    }

    int[] keysOf(int vertex) {
        return keyOf[vertex];
    }

    int size() {
        return parts.size();
    }

    String key(int id) {
        String[] p = parts.get(id);
        return p[0] + ":" + p[1] + ":" + p[2];
    }

    String country(int id) {
        return parts.get(id)[0];
    }

    String commodity(int id) {
        return parts.get(id)[1];
    }

    String theme(int id) {
        return parts.get(id)[2];
    }
}
