package nl.ketenlens.leverage;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.ketenlens.analysis.BetweennessResult;
import nl.ketenlens.analysis.ChokepointResult;
import nl.ketenlens.analysis.LeverageInput;
import nl.ketenlens.analysis.PlanStep;
import nl.ketenlens.analysis.ReachResult;
import nl.ketenlens.analysis.VertexCutResult;
import nl.ketenlens.analysis.WorkingGroup;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.leverage.LeverageReports.FacilityLeverage;
import nl.ketenlens.leverage.LeverageReports.FacilityRef;
import nl.ketenlens.leverage.LeverageReports.GroupView;
import nl.ketenlens.leverage.LeverageReports.PlanStepView;
import nl.ketenlens.risk.IndicatorView;

/** Turns analysis results into records with sentences a working group can read. Counts only in the text. */
final class Explainer {

    private final GraphProjection p;
    private final RiskFilter filter;
    private final List<IndicatorView> added;

    Explainer(GraphProjection p, RiskFilter filter, List<IndicatorView> added) {
        this.p = p;
        this.filter = filter;
        this.added = added;
    }

    FacilityLeverage facility(int rank, int v, LeverageInput input, ReachResult reach, BetweennessResult between,
                              ChokepointResult chokepoints) {
        List<IndicatorView> indicators = RiskProfiles.indicatorsFor(p, v, filter, added);
        List<String> dominated = chokepoints.hotspotsDominatedBy(v);
        double exposureShare = chokepoints.hotspots().stream().flatMap(h -> h.chokepoints().stream())
                .filter(c -> c.vertex() == v).mapToDouble(c -> c.exposureShare()).max().orElse(0);
        int selected = input.selection().size();
        StringBuilder why = new StringBuilder();
        why.append(String.format(Locale.ROOT, "%s %s in %s reached by %d of %d selected companies (%d covenant members)",
                kind(v), p.names()[v], place(v), reach.companies(v), selected, reach.members(v)));
        if (between.score(v) > 0) {
            why.append(String.format(Locale.ROOT, "; lies on %.1f %% of the risk-weighted exposure paths",
                    100 * between.normalized(v)));
        }
        if (!dominated.isEmpty()) {
            why.append("; every path to hotspot ").append(String.join(", ", limit(dominated, 3)))
                    .append(" passes through it");
        }
        if (!indicators.isEmpty()) {
            why.append("; itself bears ").append(themes(indicators));
        }
        List<String> companyIds = reach.explain(v).companyIds();
        return new FacilityLeverage(rank, p.graph().id(v), p.names()[v], p.kinds()[v], p.countries()[v],
                p.regions()[v], p.commodities().get(v), p.synthetic()[v], input.risk().weight(v),
                reach.companies(v), reach.members(v), reach.shareFlow(v), between.score(v), between.normalized(v),
                !dominated.isEmpty(), dominated, exposureShare, indicators, why.toString(), companyIds);
    }

    PlanStepView planStep(PlanStep s, double totalExposure) {
        int v = s.vertex();
        String why = String.format(Locale.ROOT,
                "Engaging %s %s in %s adds %.1f %% coverage (%.1f %% cumulative): %d selected companies buy through it"
                        + " and %d risk-bearing facilities lie at or behind it",
                kind(v), p.names()[v], place(v), totalExposure > 0 ? 100 * s.gain() / totalExposure : 0, 100 * s.coveredShare(),
                s.companies(), s.targets());
        return new PlanStepView(s.rank(), s.facilityId(), p.names()[v], p.kinds()[v], p.countries()[v], s.gain(),
                s.coveredShare(), s.companies(), s.targets(), why, s.companyIds());
    }

    FacilityRef ref(int v) {
        return new FacilityRef(p.graph().id(v), p.names()[v], p.kinds()[v], p.countries()[v], p.regions()[v]);
    }

    String cut(VertexCutResult cut, SelectionSummary selection) {
        if (!cut.separable()) {
            return String.format(Locale.ROOT, "No set of intermediate facilities separates the selection from %s:"
                    + " %d companies buy from the hotspot directly or through companies only", cut.hotspotKey(),
                    cut.blockingCompanyIds().size());
        }
        if (cut.cutSize() == 0) {
            return "None of the " + selection.companyCount() + " selected companies reaches hotspot "
                    + cut.hotspotKey() + " (" + cut.targets() + " risk-bearing facilities there)";
        }
        return String.format(Locale.ROOT, "Engaging these %d facilities together separates all %d exposed companies"
                + " from the %d risk-bearing facilities of %s; no smaller set does", cut.cutSize(),
                cut.exposedCompanies(), cut.targets(), cut.hotspotKey());
    }

    GroupView group(WorkingGroup g) {
        List<String> hotspots = g.sharedHotspots().stream().map(h -> h.hotspotKey()).toList();
        List<String> facilities = g.sharedFacilities().stream().map(f -> f.facilityId()).toList();
        String why = String.format(Locale.ROOT, "%d companies with overlapping risk-bearing supply bases (mean"
                + " Jaccard %.2f); shared hotspots: %s", g.companies(), g.meanSimilarity(),
                hotspots.isEmpty() ? "none" : String.join(", ", limit(hotspots, 5)));
        return new GroupView(g.rank(), g.companies(), g.meanSimilarity(), hotspots, facilities, why, g.companyIds());
    }

    private String kind(int v) {
        return p.kinds()[v] == null ? "facility" : p.kinds()[v];
    }

    private String place(int v) {
        String country = p.countries()[v] == null ? "unknown country" : p.countries()[v];
        return p.regions()[v] == null ? country : country + " (" + p.regions()[v] + ")";
    }

    private static String themes(List<IndicatorView> indicators) {
        return indicators.stream().map(i -> i.theme() + " (" + (i.source() == null ? "?" : i.source().publisher()
                        + " " + i.source().year()) + ")")
                .distinct().limit(4).collect(Collectors.joining(", "));
    }

    private static List<String> limit(List<String> list, int max) {
        return list.size() <= max ? list : list.subList(0, max);
    }
}
