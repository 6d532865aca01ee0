package nl.ketenlens.leverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.Hotspot;
import nl.ketenlens.analysis.RiskProfile;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.risk.IndicatorView;

/**
 * Risk weights and hotspots of the projection under a filter, plus any what-if indicators.
 *
 * <p>A facility's weight is the sum over themes of the largest indicator weight of that theme that applies
 * to it: different themes are different harms and add up; two sources on the same theme (a country-wide
 * and a regional indicator, say) describe the same harm, so only the stronger counts.
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
            Map<String, Double> strongestPerTheme = new HashMap<>();
            for (IndicatorView i : indicatorsFor(p, v, filter, added)) {
                strongestPerTheme.merge(i.theme(), i.riskWeight(), Math::max);
                hotspots.computeIfAbsent(hotspotKey(i), k -> new ArrayList<>()).add(v);
            }
            weights[v] = strongestPerTheme.values().stream().mapToDouble(Double::doubleValue).sum();
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
        return i.country() + (i.region() == null ? "" : ":" + i.region()) + ":"
                + (i.commodity() == null ? "*" : i.commodity()) + ":" + i.theme();
    }

    /** Indicators behind a facility's weight under the filter (seeded and what-if), for weights and explanations. */
    static List<IndicatorView> indicatorsFor(GraphProjection p, int v, RiskFilter filter, List<IndicatorView> added) {
        List<IndicatorView> out = new ArrayList<>();
        List<String> commodities = p.commodities().get(v);
        for (int idx : p.facilityIndicators()[v]) {
            IndicatorView i = p.indicators().get(idx);
            if (filter.accepts(i, commodities)) {
                out.add(i);
            }
        }
        for (IndicatorView i : added) {
            boolean applies = i.country().equals(p.countries()[v])
                    && (i.region() == null || i.region().equals(p.regions()[v]))
                    && (i.commodity() == null || commodities.contains(i.commodity()));
            if (applies && filter.accepts(i, commodities)) {
                out.add(i);
            }
        }
        return out;
    }
}
