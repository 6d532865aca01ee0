package nl.ketenlens.exposure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.risk.IndicatorView;

/**
 * Blind spots: reached facilities without a recorded supplier although their commodity is made from upstream
 * commodities, and facilities in an unknown country.
 *
 * <p>Each is weighted by its <em>expected risk</em>: the largest risk weight among the indicators for the
 * commodities in question (the whole upstream closure for a missing supplier, the facility's own commodities for
 * an unknown country) or for all commodities, in those commodities' main producing countries. The maximum, not
 * the mean: a blind spot hides whichever of those places the goods actually come from, so it is ranked by the
 * worst it may hide. Expected risks are cached per commodity and theme filter.
 */
final class BlindSpots {

    static final String NO_SUPPLIER = "no_supplier";
    static final String UNKNOWN_COUNTRY = "unknown_country";

    private final GraphProjection p;
    private final Map<String, List<IndicatorView>> byCountry = new HashMap<>();
    private final Map<String, Optional<IndicatorView>> expected = new ConcurrentHashMap<>();

    BlindSpots(GraphProjection p) {
        this.p = p;
        for (IndicatorView i : p.indicators()) {
            byCountry.computeIfAbsent(i.country(), k -> new ArrayList<>()).add(i);
        }
    }

    List<BlindSpot> find(Reach reach, String theme) {
        List<BlindSpot> out = new ArrayList<>();
        for (int k = 0; k < reach.facilities.size(); k++) {
            int v = reach.facilities.get(k);
            BlindSpot b = at(v, reach.tier[v], theme);
            if (b != null) {
                out.add(b);
            }
        }
        out.sort(Comparator.comparing((BlindSpot b) -> b.expectedRiskWeight() == null ? -1 : b.expectedRiskWeight())
                .reversed().thenComparingInt(BlindSpot::tier).thenComparing(BlindSpot::facilityId));
        return out;
    }

    /** The blind spot of facility {@code v} reached at {@code tier}, or null when it is none. */
    BlindSpot at(int v, int tier, String theme) {
        List<String> reasons = new ArrayList<>(2);
        Set<String> from = new LinkedHashSet<>();
        List<String> own = p.commodities().get(v);
        if (p.graph().outDegree(v) == 0) {
            Set<String> upstream = upstreamClosure(own);
            if (!upstream.isEmpty()) {
                reasons.add(NO_SUPPLIER);
                from.addAll(upstream);
            }
        }
        if (p.countries()[v] == null) {
            reasons.add(UNKNOWN_COUNTRY);
            from.addAll(own);
        }
        return reasons.isEmpty() ? null : blindSpot(v, tier, reasons, List.copyOf(from), theme);
    }

    /** Every commodity the given ones are made from, directly or further up (cycle-safe). */
    Set<String> upstreamClosure(List<String> commodities) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(commodities);
        while (!todo.isEmpty()) {
            CommodityInfo info = p.commodityInfo().get(todo.poll());
            for (String up : info == null ? List.<String>of() : info.upstream()) {
                if (seen.add(up)) {
                    todo.add(up);
                }
            }
        }
        seen.removeAll(commodities);
        return seen;
    }

    private BlindSpot blindSpot(int v, int tier, List<String> reasons, List<String> from, String theme) {
        IndicatorView worst = null;
        String worstCommodity = null;
        for (String c : from) {
            IndicatorView i = expectedRisk(c, theme).orElse(null);
            if (i != null && (worst == null || i.riskWeight() > worst.riskWeight())) {
                worst = i;
                worstCommodity = c;
            }
        }
        String id = p.graph().id(v);
        return new BlindSpot(id, p.names()[v], p.kinds()[v], p.countries()[v], p.commodities().get(v), tier,
                List.copyOf(reasons), from, worst == null ? null : worst.riskWeight(),
                worst == null ? null : worst.theme(), worst == null ? null : worst.country(), worstCommodity,
                worst == null ? null : worst.source(), explain(v, reasons, from, worst, worstCommodity));
    }

    /** The strongest indicator for commodity {@code c} (or all commodities) in its main producing countries. */
    Optional<IndicatorView> expectedRisk(String c, String theme) {
        return expected.computeIfAbsent(c + "|" + theme, k -> {
            CommodityInfo info = p.commodityInfo().get(c);
            IndicatorView best = null;
            for (String country : info == null ? List.<String>of() : info.mainProducers()) {
                for (IndicatorView i : byCountry.getOrDefault(country, List.of())) {
                    boolean fits = (i.commodity() == null || i.commodity().equals(c))
                            && (theme == null || theme.equals(i.theme()));
                    if (fits && (best == null || i.riskWeight() > best.riskWeight())) {
                        best = i;
                    }
                }
            }
            return Optional.ofNullable(best);
        });
    }

    private String explain(int v, List<String> reasons, List<String> from, IndicatorView worst, String commodity) {
        Map<String, CommodityInfo> info = p.commodityInfo();
        StringBuilder s = new StringBuilder(p.names()[v] != null ? p.names()[v] : p.graph().id(v));
        if (reasons.contains(NO_SUPPLIER)) {
            s.append(" has no supplier on record, although its goods are made from ")
                    .append(String.join(", ", from.stream().map(c -> Wording.commodity(c, info)).toList()));
        }
        if (reasons.contains(UNKNOWN_COUNTRY)) {
            s.append(reasons.size() > 1 ? "; its country is unknown" : ": its country is unknown");
        }
        if (worst == null) {
            return s.append(". Expected risk unknown: no indicator for these goods where they are mainly produced.")
                    .toString();
        }
        return s.append(". Expected risk ").append(Wording.fixed(worst.riskWeight())).append(": ")
                .append(Wording.theme(worst.theme()).toLowerCase()).append(" in ")
                .append(Wording.commodity(commodity, info)).append(" from ").append(Wording.country(worst.country()))
                .append(", ").append(Wording.figures(worst)).append('.').toString();
    }
}
