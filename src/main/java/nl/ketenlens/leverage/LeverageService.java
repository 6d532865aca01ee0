package nl.ketenlens.leverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import nl.ketenlens.access.AggregatePolicy;
import nl.ketenlens.access.Disclosure;
import nl.ketenlens.access.DisclosureRefused;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.analysis.BetweennessResult;
import nl.ketenlens.analysis.ChokepointResult;
import nl.ketenlens.analysis.Chokepoints;
import nl.ketenlens.analysis.CollectiveReach;
import nl.ketenlens.analysis.EngagementPlan;
import nl.ketenlens.analysis.GroupsResult;
import nl.ketenlens.analysis.HotspotChokepoints;
import nl.ketenlens.analysis.LeverageInput;
import nl.ketenlens.analysis.MinVertexCut;
import nl.ketenlens.analysis.PlanResult;
import nl.ketenlens.analysis.ReachResult;
import nl.ketenlens.analysis.RiskFlowBetweenness;
import nl.ketenlens.analysis.RiskProfile;
import nl.ketenlens.analysis.VertexCutResult;
import nl.ketenlens.analysis.WorkingGroups;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.api.Limits;
import nl.ketenlens.catalog.CodeLookup;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.leverage.LeverageReports.CutReport;
import nl.ketenlens.leverage.LeverageReports.FacilityLeverage;
import nl.ketenlens.leverage.LeverageReports.FacilityRef;
import nl.ketenlens.leverage.LeverageReports.GroupsReport;
import nl.ketenlens.leverage.LeverageReports.HotspotView;
import nl.ketenlens.leverage.LeverageReports.LeverageReport;
import nl.ketenlens.leverage.LeverageReports.PlanReport;
import nl.ketenlens.leverage.LeverageReports.Sampling;
import org.springframework.stereotype.Service;

/**
 * The leverage engine behind REST and CLI: resolves the question against the cached projection, runs the
 * framework-free analyses of {@code nl.ketenlens.analysis} and explains the answers for one {@link Viewer}.
 * Non-admins get aggregates only: facilities, hotspots and groups that fewer than k selected companies reach are
 * not named, counts go through the request's {@link Disclosure}, identities are left out (docs/confidentiality.md).
 * The methods without a viewer are the admin's (the CLI's).
 */
@Service
public class LeverageService {

    private final LeverageInputs inputs;
    private final LeverageProperties properties;

    LeverageService(LeverageInputs inputs, LeverageProperties properties) {
        this.inputs = inputs;
        this.properties = properties;
    }

    /**
     * The service over one fixed projection without a store, for benchmarks on a generated network: codes are
     * not checked against the catalogue ({@link CodeLookup#unchecked()}), every question is the admin's unless a
     * viewer is given.
     */
    public static LeverageService over(GraphProjection projection, LeverageProperties properties) {
        return new LeverageService(new LeverageInputs(() -> projection, CodeLookup.unchecked(),
                AggregatePolicy.standard()), properties);
    }

    /**
     * The unfiltered risk profile of a projection (every theme and commodity, no what-if): what the leverage
     * questions start from, for benchmarks on a generated network without a store.
     */
    public static RiskProfile riskProfile(GraphProjection projection) {
        return RiskProfiles.of(projection, new RiskFilter(null, null));
    }

    public LeverageReport leverage(LeverageRequest request) {
        return leverage(request, Viewer.admin());
    }

    public LeverageReport leverage(LeverageRequest request, Viewer viewer) {
        if (request.top() < 1 || request.top() > 1000) {
            throw new BadRequestException("top", "must be 1..1000, was " + request.top());
        }
        LeverageInputs.Prepared prep = inputs.prepare(request, null, viewer);
        Disclosure disclosure = prep.disclosure();
        long started = System.nanoTime();
        LeverageInput input = prep.input();
        // betweenness first: an exact pass counts reach on the way, so reach then comes from the cache
        BetweennessResult betweenness = RiskFlowBetweenness.withBudget(input,
                properties.betweennessWorkBudget(), properties.samplingSeed()).result();
        ReachResult reach = new CollectiveReach(input).result();
        ChokepointResult chokepoints = new Chokepoints(input).result();
        Explainer explainer = new Explainer(prep);
        GraphProjection p = prep.projection();
        OwnChain own = prep.ownCompany() < 0 ? null : new OwnChain(p.graph(), prep.ownCompany());
        List<FacilityLeverage> ranked = IntStream.of(p.graph().facilities())
                .filter(v -> reach.companies(v) > 0 && (betweenness.score(v) > 0 || input.risk().weight(v) > 0))
                .filter(v -> disclosure.mayName(reach.companies(v)))
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(v -> -betweenness.normalized(v))
                        .thenComparingInt(v -> -reach.companies(v))
                        .thenComparingDouble(v -> -input.risk().weight(v))
                        .thenComparing(v -> p.graph().id(v)))
                .limit(request.top())
                .toList()
                .stream()
                .map(new RankCounter()::next)
                .map(rv -> explainer.facility(rv.rank(), rv.vertex(), input, reach, betweenness, chokepoints,
                        own == null ? null : own.contains(rv.vertex())))
                .toList();
        List<HotspotView> hotspots = chokepoints.hotspots().stream()
                .filter(h -> h.targets() > 0)
                // a hotspot few companies reach, with its chokepoints, would trace those companies' paths
                .filter(h -> disclosure.mayName(h.exposedCompanies()))
                .sorted(Comparator.comparingDouble(HotspotChokepoints::exposure).reversed())
                .limit(request.top())
                .map(h -> new HotspotView(h.hotspotKey(), h.targets(), explainer.count(h.exposedCompanies()),
                        h.exposure(), h.chokepoints().stream().map(c -> c.facilityId()).toList(),
                        disclosure.ids(h.exposedCompanyIds())))
                .toList();
        Sampling sampling = new Sampling(betweenness.sampled(), betweenness.pivots(), betweenness.errorBound());
        long reachedRisk = IntStream.of(p.graph().facilities())
                .filter(v -> reach.companies(v) > 0 && input.risk().weight(v) > 0).count();
        return new LeverageReport(prep.scope(), (int) reachedRisk, betweenness.totalExposure(),
                sampling, ranked, hotspots, prep.timings(started), dataGaps(p, reach, request.theme()));
    }

    /** Reached countries × themes without data: shown as unknown, never as low risk (see risk.Coverage). */
    private static List<nl.ketenlens.risk.Coverage.Gap> dataGaps(GraphProjection p, ReachResult reach, String theme) {
        nl.ketenlens.risk.Coverage coverage = new nl.ketenlens.risk.Coverage(p.sourceIndicators());
        java.util.Map<String, Integer> perCountry = new java.util.TreeMap<>();
        for (int v : p.graph().facilities()) {
            if (reach.companies(v) > 0 && p.countries()[v] != null) {
                perCountry.merge(p.countries()[v], 1, Integer::sum);
            }
        }
        return coverage.gaps(perCountry, theme == null ? coverage.themesWithData() : List.of(theme));
    }

    public PlanReport plan(LeverageRequest request, int budget) {
        return plan(request, budget, Viewer.admin());
    }

    public PlanReport plan(LeverageRequest request, int budget, Viewer viewer) {
        if (budget < 1 || budget > 1000) {
            throw new BadRequestException("budget", "must be 1..1000, was " + budget);
        }
        LeverageInputs.Prepared prep = inputs.prepare(request, null, viewer);
        long started = System.nanoTime();
        PlanResult plan = new EngagementPlan(prep.input(), budget).result();
        Explainer explainer = new Explainer(prep);
        return new PlanReport(prep.scope(), budget, plan.totalExposure(), plan.guarantee(),
                plan.steps().stream().map(step -> explainer.planStep(step, plan.totalExposure())).toList(),
                plan.curve(), prep.timings(started));
    }

    public CutReport cut(LeverageRequest request, String hotspot) {
        return cut(request, hotspot, Viewer.admin());
    }

    public CutReport cut(LeverageRequest request, String hotspot, Viewer viewer) {
        HotspotSpec spec = HotspotSpec.parse(hotspot);
        LeverageRequest question = spec.wholeRegion() ? request : request.withFilter(spec.theme(), spec.commodityFilter());
        LeverageInputs.Prepared prep = inputs.prepare(question, spec, viewer);
        Disclosure disclosure = prep.disclosure();
        long started = System.nanoTime();
        VertexCutResult cut = new MinVertexCut(prep.input(), spec.key()).result();
        if (cut.exposedCompanies() > 0 && !disclosure.mayName(cut.exposedCompanies())) {
            throw new DisclosureRefused("hotspot", "fewer than " + disclosure.k() + " selected companies reach "
                    + spec.key() + "; its cut would trace their supply paths");
        }
        Explainer explainer = new Explainer(prep);
        ReachResult reach = disclosure.exact() ? null : new CollectiveReach(prep.input()).result();
        // a cut facility few companies pass through is part of those companies' own paths: counted, not named
        List<FacilityRef> named = cut.cutVertices().stream()
                .filter(v -> reach == null || disclosure.mayName(reach.companies(v)))
                .map(explainer::ref).toList();
        return new CutReport(prep.scope(), spec.key(), cut.separable(), cut.cutSize(), named,
                explainer.count(cut.exposedCompanies()), cut.targets(), explainer.cut(cut, named.size()),
                disclosure.ids(cut.blockingCompanyIds()), prep.timings(started));
    }

    public GroupsReport groups(LeverageRequest request, double threshold) {
        return groups(request, threshold, Viewer.admin());
    }

    public GroupsReport groups(LeverageRequest request, double threshold, Viewer viewer) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new BadRequestException("threshold", "must be in (0,1], was " + threshold);
        }
        LeverageInputs.Prepared prep = inputs.prepare(request, null, viewer);
        int selected = prep.input().selection().size();
        if (selected > Limits.MAX_GROUP_SELECTION) {
            throw new BadRequestException("sector|covenant|companies", "groups compares every pair of selected "
                    + "companies: at most " + Limits.MAX_GROUP_SELECTION + ", the selection has " + selected);
        }
        long started = System.nanoTime();
        GroupsResult groups = new WorkingGroups(prep.input(), threshold).result();
        GroupFilter filter = new GroupFilter(prep, viewer);
        Explainer explainer = new Explainer(prep);
        return new GroupsReport(prep.scope(), threshold, groups.groups().stream().filter(filter::shows)
                .map(g -> explainer.group(g, filter.hotspots(g), filter.facilities(g))).toList(),
                explainer.count(groups.ungrouped()), prep.disclosure().ids(groups.ungroupedIds()),
                prep.timings(started));
    }

    /** Numbers facilities in rank order as they stream past. */
    private static final class RankCounter {
        private int rank;

        RankedVertex next(int vertex) {
            return new RankedVertex(++rank, vertex);
        }
    }

    record RankedVertex(int rank, int vertex) {
    }

    static List<String> limited(List<String> ids, int max) {
        return ids.size() <= max ? ids : new ArrayList<>(ids.subList(0, max));
    }
}
