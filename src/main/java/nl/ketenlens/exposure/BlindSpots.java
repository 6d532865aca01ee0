package nl.ketenlens.exposure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.risk.ChainStage;
import nl.ketenlens.risk.CommodityTaxonomy;
import nl.ketenlens.risk.IndicatorView;

/**
 * Blind spots: reached facilities without a recorded supplier although their goods have an upstream, and
 * facilities in an unknown country (docs/exposure.md, docs/adr/0013).
 *
 * <p>A facility has an upstream when its commodities are made from others (the chain of {@link CommodityTaxonomy})
 * or when a finding on its own commodity describes an earlier {@link ChainStage} than the one it works at (ILAB's
 * gold <em>mining</em> for a refinery). Extraction-stage facilities (mines, farms, quarries) start the chain and have
 * no upstream. A facility of unknown type is treated as before the stage model: only the commodity chain counts.
 *
 * <p>Each blind spot is weighted by its <em>expected risk</em>: the largest risk weight among the indicators that
 * cover the commodities in question (their taxonomy parents included) in the countries that supply them — their
 * main producers and, for commodity-specific findings, the facility's own country (the upstream it most likely
 * sources locally; its country-wide indicators it carries itself already). For an upstream commodity any stage
 * counts; for the facility's own commodity only findings at a stage before its own that it does not carry. The
 * maximum, not the mean: a blind spot hides whichever of those places the goods come from, so it is ranked by the
 * worst it may hide. Expected risks are cached per commodity, theme, country and stage.
 */
final class BlindSpots {

    static final String NO_SUPPLIER = "no_supplier";
    static final String UNKNOWN_COUNTRY = "unknown_country";

    private final GraphProjection p;
    private final CommodityTaxonomy taxonomy;
    private final Map<String, List<IndicatorView>> byCountry = new HashMap<>();
    private final Map<String, Optional<IndicatorView>> expected = new ConcurrentHashMap<>();

    BlindSpots(GraphProjection p) {
        this.p = p;
        this.taxonomy = p.taxonomy();
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
        ChainStage stage = p.stageOf(v);
        String country = p.countries()[v];
        List<Candidate> candidates = new ArrayList<>();
        if (p.graph().outDegree(v) == 0 && stage != ChainStage.EXTRACTION) {
            Set<String> upstream = upstreamClosure(own);
            for (String c : upstream) {
                candidates.add(new Candidate(c, Relation.INPUT));
            }
            List<String> earlier = stage == null ? List.of() : own.stream()
                    .filter(c -> earlierStageRisk(c, theme, country, stage).isPresent()).toList();
            for (String c : earlier) {
                candidates.add(new Candidate(c, Relation.EARLIER_STAGE));
            }
            if (!upstream.isEmpty() || !earlier.isEmpty()) {
                reasons.add(NO_SUPPLIER);
                from.addAll(earlier);
                from.addAll(upstream);
            }
        }
        if (country == null) {
            reasons.add(UNKNOWN_COUNTRY);
            from.addAll(own);
            for (String c : own) {
                candidates.add(new Candidate(c, Relation.OWN));
            }
        }
        return reasons.isEmpty() ? null : blindSpot(v, tier, stage, reasons, List.copyOf(from), candidates, theme);
    }

    /** How a commodity in question relates to the facility, which decides the indicators that count for it. */
    private enum Relation { INPUT, EARLIER_STAGE, OWN }

    private record Candidate(String commodity, Relation relation) {
    }

    /** Every commodity the given ones are made from, directly or further up (cycle-safe). */
    Set<String> upstreamClosure(List<String> commodities) {
        return taxonomy.upstreamClosure(commodities);
    }

    private BlindSpot blindSpot(int v, int tier, ChainStage stage, List<String> reasons, List<String> from,
                                List<Candidate> candidates, String theme) {
        IndicatorView worst = null;
        String worstCommodity = null;
        for (Candidate c : candidates) {
            IndicatorView i = (switch (c.relation()) {
                case INPUT -> expectedRisk(c.commodity(), theme, p.countries()[v]);
                case EARLIER_STAGE -> earlierStageRisk(c.commodity(), theme, p.countries()[v], stage);
                case OWN -> expectedRisk(c.commodity(), theme, null);
            }).orElse(null);
            if (i != null && (worst == null || i.riskWeight() > worst.riskWeight())) {
                worst = i;
                worstCommodity = c.commodity();
            }
        }
        String id = p.graph().id(v);
        return new BlindSpot(id, p.names()[v], p.kinds()[v], p.countries()[v], p.commodities().get(v), tier,
                List.copyOf(reasons), from, worst == null ? null : worst.riskWeight(),
                worst == null ? null : worst.theme(), worst == null ? null : worst.country(), worstCommodity,
                worst == null ? null : worst.source(), explain(v, stage, reasons, from, worst, worstCommodity),
                stage == null ? null : stage.code(), worst == null ? List.of() : worst.stages());
    }

    /**
     * The strongest indicator covering commodity {@code c} (or all commodities) in its main producing countries,
     * plus commodity-specific ones in {@code ownCountry} when given; any stage.
     */
    private Optional<IndicatorView> expectedRisk(String c, String theme, String ownCountry) {
        return expected.computeIfAbsent(c + "|" + theme + "|" + ownCountry, k ->
                strongest(c, theme, ownCountry, i -> true));
    }

    /**
     * The strongest finding on commodity {@code c} (a commodity-specific one) at a stage before {@code stage} that a
     * facility at {@code stage} does not carry itself, in {@code ownCountry} or {@code c}'s main producers.
     */
    private Optional<IndicatorView> earlierStageRisk(String c, String theme, String ownCountry, ChainStage stage) {
        Set<ChainStage> before = stage.upstream();
        return expected.computeIfAbsent(c + "|" + theme + "|" + ownCountry + "|" + stage, k ->
                strongest(c, theme, ownCountry,
                        i -> i.commoditySpecific() && !i.describes(stage) && i.describesAny(before)));
    }

    private Optional<IndicatorView> strongest(String c, String theme, String ownCountry,
                                              java.util.function.Predicate<IndicatorView> stageFits) {
        CommodityInfo info = p.commodityInfo().get(c);
        IndicatorView best = null;
        for (String country : countries(info, ownCountry)) {
            boolean own = country.equals(ownCountry);
            for (IndicatorView i : byCountry.getOrDefault(country, List.of())) {
                boolean fits = (!i.commoditySpecific() ? !own : i.covers(c, taxonomy))
                        && (theme == null || theme.equals(i.theme())) && stageFits.test(i);
                if (fits && (best == null || i.riskWeight() > best.riskWeight())) {
                    best = i;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Set<String> countries(CommodityInfo info, String ownCountry) {
        Set<String> out = new LinkedHashSet<>();
        if (ownCountry != null) {
            out.add(ownCountry);
        }
        out.addAll(info == null ? List.of() : info.mainProducers());
        return out;
    }

    private static String names(List<String> codes, Map<String, CommodityInfo> info) {
        return String.join(", ", codes.stream().map(c -> Wording.commodity(c, info)).toList());
    }

    private String explain(int v, ChainStage stage, List<String> reasons, List<String> from, IndicatorView worst,
                           String commodity) {
        Map<String, CommodityInfo> info = p.commodityInfo();
        StringBuilder s = new StringBuilder(p.names()[v] != null ? p.names()[v] : p.graph().id(v));
        if (stage != null) {
            s.append(" (").append(p.kinds()[v]).append(", ").append(stage.code()).append(" stage)");
        }
        if (reasons.contains(NO_SUPPLIER)) {
            List<String> own = from.stream().filter(p.commodities().get(v)::contains).toList();
            List<String> inputs = from.stream().filter(c -> !own.contains(c)).toList();
            s.append(" has no supplier on record, although ");
            if (!own.isEmpty()) {
                s.append(names(own, info)).append(own.size() > 1 ? " pass" : " passes")
                        .append(" through an earlier stage before it");
            }
            if (!inputs.isEmpty()) {
                s.append(own.isEmpty() ? "" : ", and ").append("its goods are made from ").append(names(inputs, info));
            }
        }
        if (reasons.contains(UNKNOWN_COUNTRY)) {
            s.append(reasons.size() > 1 ? "; its country is unknown" : ": its country is unknown");
        }
        if (worst == null) {
            return s.append(". Expected risk unknown: no indicator for these goods where they are mainly produced.")
                    .toString();
        }
        s.append(". Expected ").append(reasons.contains(NO_SUPPLIER) ? "upstream " : "").append("risk ")
                .append(Wording.fixed(worst.riskWeight())).append(": ")
                .append(Wording.theme(worst.theme()).toLowerCase()).append(" in ")
                .append(Wording.commodity(commodity, info));
        if (!worst.stages().isEmpty()) {
            s.append(" (").append(String.join(" and ", worst.stages())).append(')');
        }
        return s.append(" from ").append(Wording.country(worst.country()))
                .append(", ").append(Wording.figures(worst)).append('.').toString();
    }
}
