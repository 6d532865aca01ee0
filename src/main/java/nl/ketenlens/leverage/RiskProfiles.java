package nl.ketenlens.leverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.Hotspot;
import nl.ketenlens.analysis.RiskProfile;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.risk.CommodityTaxonomy;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.ThemeWeights;

/**
 * Risk weights and hotspots of the projection under a filter, plus any what-if indicators.
 *
 * <p>A facility's weight is {@link ThemeWeights}' rule over the indicators that apply to it: the sum over themes
 * of the largest indicator weight of that theme (different themes are different harms and add up; two sources on
 * the same theme describe the same harm, so only the stronger counts).
 *
 * <p>A hotspot is {@code COUNTRY[:REGION]:COMMODITY:THEME} — the facilities an indicator of that place,
 * commodity ({@code *} for all-commodity indicators) and theme applies to.
 */
final class RiskProfiles {

    private RiskProfiles() {
    }

    static RiskProfile of(GraphProjection p, RiskFilter filter) {
        return of(p, filter, null, List.of());
    }

    /**
     * As {@link #of(GraphProjection, RiskFilter)}, plus the hotspot a user named (replacing one of the same key)
     * and what-if indicators that apply by the same rule as seeded ones. The projection is not changed.
     */
    static RiskProfile of(GraphProjection p, RiskFilter filter, HotspotSpec named, List<IndicatorView> added) {
        int n = p.vertexCount();
        double[] weights = new double[n];
        Map<String, List<Integer>> hotspots = new LinkedHashMap<>();
        for (int v = 0; v < n; v++) {
            if (!p.graph().isFacility(v)) {
                continue;
            }
            List<IndicatorView> applying = indicatorsFor(p, v, filter, added);
            for (IndicatorView i : applying) {
                for (String key : hotspotKeys(i, p.commodities().get(v), p.taxonomy())) {
                    hotspots.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
                }
            }
            weights[v] = ThemeWeights.of(applying).total();
        }
        if (named != null) {
            hotspots.put(named.key(), namedHotspot(p, named, weights));
        }
        List<Hotspot> list = new ArrayList<>(hotspots.size());
        hotspots.forEach((key, vs) -> list.add(new Hotspot(key, vs.stream().mapToInt(Integer::intValue).distinct().toArray())));
        return new RiskProfile(p.graph(), weights, list);
    }

    private static List<Integer> namedHotspot(GraphProjection p, HotspotSpec spec, double[] weights) {
        List<Integer> members = new ArrayList<>();
        for (int v = 0; v < weights.length; v++) {
            if (weights[v] > 0 && spec.contains(p.countries()[v], p.regions()[v])
                    && (spec.commodity() == null || p.commodities().get(v).contains(spec.commodity()))) {
                members.add(v);
            }
        }
        return members;
    }

    static String hotspotKey(IndicatorView i) {
        return hotspotKey(i, i.commodity() == null ? "*" : i.commodity());
    }

    /**
     * The hotspots a facility joins through {@code i}. A row written for a list of commodities (EDGAR agriculture,
     * ADR 0023) gives one hotspot per listed commodity the facility handles — the keys its per-commodity rows had —
     * so farm emissions never merge with the all-commodities hotspot of the same country and theme ({@code BR:*:ghg},
     * EDGAR industry).
     */
    static List<String> hotspotKeys(IndicatorView i, List<String> facilityCommodities, CommodityTaxonomy taxonomy) {
        if (i.commodity() != null || i.commodities().isEmpty() || facilityCommodities == null) {
            return List.of(hotspotKey(i));
        }
        List<String> keys = new ArrayList<>();
        for (String listed : i.commodities()) {
            if (taxonomy.coversAny(listed, facilityCommodities)) {
                keys.add(hotspotKey(i, listed));
            }
        }
        return keys.isEmpty() ? List.of(hotspotKey(i)) : keys;
    }

    private static String hotspotKey(IndicatorView i, String commodity) {
        return i.country() + (i.region() == null ? "" : ":" + i.region()) + ":" + commodity + ":" + i.theme();
    }

    /** Indicators behind a facility's weight under the filter (seeded and what-if), for weights and explanations. */
    static List<IndicatorView> indicatorsFor(GraphProjection p, int v, RiskFilter filter, List<IndicatorView> added) {
        List<IndicatorView> out = new ArrayList<>();
        List<String> commodities = p.commodities().get(v);
        for (int idx : p.facilityIndicators()[v]) {
            IndicatorView i = p.indicators().get(idx);
            if (filter.accepts(i, commodities, p.taxonomy())) {
                out.add(i);
            }
        }
        for (IndicatorView i : added) {
            if (i.appliesTo(p.countries()[v], p.regions()[v], commodities, p.kinds()[v], p.taxonomy())
                    && filter.accepts(i, commodities, p.taxonomy())) {
                out.add(i);
            }
        }
        return out;
    }
}
