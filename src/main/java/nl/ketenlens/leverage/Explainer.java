package nl.ketenlens.leverage;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.ketenlens.access.CompanyCount;
import nl.ketenlens.access.Disclosure;
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

/**
 * Turns analysis results into records with sentences a working group can read. Counts only in the text, and every
 * company count and id list goes through the request's {@link Disclosure}, in the records and in the sentences.
 */
final class Explainer {

    private final GraphProjection p;
    private final RiskFilter filter;
    private final List<IndicatorView> added;
    private final Disclosure disclosure;
    private final int selected;
    private final MemberOutput output;

    Explainer(LeverageInputs.Prepared prep) {
        this.p = prep.projection();
        this.filter = prep.filter();
        this.added = prep.added();
        this.disclosure = prep.disclosure();
        this.selected = prep.input().selection().size();
        this.output = new MemberOutput(p, prep.input().selection().vertices(), disclosure);
    }

    /** {@code n} of the selected companies, as the viewer may see it. */
    CompanyCount count(int n) {
        return disclosure.count(n, selected);
    }

    FacilityLeverage facility(int rank, int v, LeverageInput input, ReachResult reach, BetweennessResult between,
                              ChokepointResult chokepoints, Boolean inOwnChain) {
        List<IndicatorView> indicators = RiskProfiles.indicatorsFor(p, v, filter, added);
        List<String> dominated = chokepoints.hotspotsDominatedBy(v);
        double exposureShare = chokepoints.hotspots().stream().flatMap(h -> h.chokepoints().stream())
                .filter(c -> c.vertex() == v).mapToDouble(c -> c.exposureShare()).max().orElse(0);
        CompanyCount companies = count(reach.companies(v));
        CompanyCount members = count(reach.members(v));
        StringBuilder why = new StringBuilder();
        why.append(String.format(Locale.ROOT, "%s %s in %s reached by %s of %d selected companies (%s covenant members)",
                kind(v), p.names()[v], place(v), companies, selected, members));
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
        LeverageReports.OutputShare memberOutput = output.of(v);
        if (memberOutput.share() != null) {
            why.append("; ").append(memberOutput.statement());
        }
        List<String> certifications = p.facts().certificationsOf(v);
        if (!certifications.isEmpty()) {
            why.append("; ").append(nl.ketenlens.risk.Certifications.statement(certifications));
        }
        // identities are only computed for a viewer who may see them
        List<String> companyIds = disclosure.exact() ? reach.explain(v).companyIds() : null;
        return new FacilityLeverage(rank, p.graph().id(v), p.names()[v], p.kinds()[v], p.countries()[v],
                p.regions()[v], p.commodities().get(v), p.synthetic()[v], input.risk().weight(v),
                companies, members, reach.shareFlow(v), between.score(v), between.normalized(v),
                !dominated.isEmpty(), dominated, exposureShare, indicators, why.toString(), inOwnChain, companyIds,
                certifications, memberOutput);
    }

    PlanStepView planStep(PlanStep s, double totalExposure) {
        int v = s.vertex();
        double gainPct = totalExposure > 0 ? 100 * s.gain() / totalExposure : 0;
        CompanyCount companies = count(s.companies());
        if (!disclosure.mayName(s.companies())) {
            // the step stays so the coverage curve adds up, but naming the facility would name a few companies' supplier
            String why = String.format(Locale.ROOT, "A facility reached by %s selected companies (withheld) adds %.1f %%"
                    + " coverage (%.1f %% cumulative)", companies, gainPct, 100 * s.coveredShare());
            return new PlanStepView(s.rank(), null, null, null, null, s.gain(), s.coveredShare(), companies,
                    s.targets(), why, null);
        }
        String why = String.format(Locale.ROOT,
                "Engaging %s %s in %s adds %.1f %% coverage (%.1f %% cumulative): %s selected companies buy through it"
                        + " and %d risk-bearing facilities lie at or behind it",
                kind(v), p.names()[v], place(v), gainPct, 100 * s.coveredShare(), companies, s.targets());
        return new PlanStepView(s.rank(), s.facilityId(), p.names()[v], p.kinds()[v], p.countries()[v], s.gain(),
                s.coveredShare(), companies, s.targets(), why, disclosure.ids(s.companyIds()));
    }

    FacilityRef ref(int v) {
        return new FacilityRef(p.graph().id(v), p.names()[v], p.kinds()[v], p.countries()[v], p.regions()[v]);
    }

    String cut(VertexCutResult cut, int named) {
        if (!cut.separable()) {
            return String.format(Locale.ROOT, "No set of intermediate facilities separates the selection from %s:"
                    + " %s companies buy from the hotspot directly or through companies only", cut.hotspotKey(),
                    count(cut.blockingCompanyIds().size()));
        }
        if (cut.cutSize() == 0) {
            return "None of the " + selected + " selected companies reaches hotspot "
                    + cut.hotspotKey() + " (" + cut.targets() + " risk-bearing facilities there)";
        }
        String withheld = named == cut.cutSize() ? "" : String.format(Locale.ROOT, " (%d of them reached by fewer"
                + " than %d selected companies, not named)", cut.cutSize() - named, disclosure.k());
        return String.format(Locale.ROOT, "Engaging these %d facilities together separates all %s exposed companies"
                + " from the %d risk-bearing facilities of %s; no smaller set does%s", cut.cutSize(),
                count(cut.exposedCompanies()), cut.targets(), cut.hotspotKey(), withheld);
    }

    /** A group with the shared hotspots and facilities the caller lets this viewer see. */
    GroupView group(WorkingGroup g, List<String> hotspots, List<String> facilities) {
        CompanyCount size = count(g.companies());
        String why = String.format(Locale.ROOT, "%s companies with overlapping risk-bearing supply bases (mean"
                + " Jaccard %.2f); shared hotspots: %s", size, g.meanSimilarity(),
                hotspots.isEmpty() ? "none" : String.join(", ", limit(hotspots, 5)));
        return new GroupView(g.rank(), size, g.meanSimilarity(), hotspots, facilities, why,
                disclosure.ids(g.companyIds()));
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
