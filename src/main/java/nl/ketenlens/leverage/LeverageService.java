package nl.ketenlens.leverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
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
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.leverage.LeverageReports.CutReport;
import nl.ketenlens.leverage.LeverageReports.FacilityLeverage;
import nl.ketenlens.leverage.LeverageReports.GroupsReport;
import nl.ketenlens.leverage.LeverageReports.HotspotView;
import nl.ketenlens.leverage.LeverageReports.LeverageReport;
import nl.ketenlens.leverage.LeverageReports.PlanReport;
import nl.ketenlens.leverage.LeverageReports.Sampling;
import org.springframework.stereotype.Service;

/**
 * The leverage engine behind REST and CLI: resolves the question against the cached projection, runs the
 * framework-free analyses of {@code nl.ketenlens.analysis} and explains the answers.
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
     * The unfiltered risk profile of a projection (every theme and commodity, no what-if): what the leverage
     * questions start from, for benchmarks on a generated network without a store.
     */
    public static RiskProfile riskProfile(GraphProjection projection) {
        return RiskProfiles.of(projection, new RiskFilter(null, null));
    }

    public LeverageReport leverage(LeverageRequest request) {
        if (request.top() < 1 || request.top() > 1000) {
            throw new BadRequestException("top", "must be 1..1000, was " + request.top());
        }
        LeverageInputs.Prepared prep = inputs.prepare(request, null);
        long started = System.nanoTime();
        LeverageInput input = prep.input();
        ReachResult reach = new CollectiveReach(input).result();
        BetweennessResult betweenness = RiskFlowBetweenness.withBudget(input,
                properties.betweennessWorkBudget(), properties.samplingSeed()).result();
        ChokepointResult chokepoints = new Chokepoints(input).result();
        Explainer explainer = new Explainer(prep.projection(), prep.filter(), prep.added());
        GraphProjection p = prep.projection();
        List<FacilityLeverage> ranked = IntStream.of(p.graph().facilities())
                .filter(v -> reach.companies(v) > 0 && (betweenness.score(v) > 0 || input.risk().weight(v) > 0))
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(v -> -betweenness.normalized(v))
                        .thenComparingInt(v -> -reach.companies(v))
                        .thenComparingDouble(v -> -input.risk().weight(v))
                        .thenComparing(v -> p.graph().id(v)))
                .limit(request.top())
                .toList()
                .stream()
                .map(new RankCounter()::next)
                .map(rv -> explainer.facility(rv.rank(), rv.vertex(), input, reach, betweenness, chokepoints))
                .toList();
        List<HotspotView> hotspots = chokepoints.hotspots().stream()
                .filter(h -> h.targets() > 0)
                .sorted(Comparator.comparingDouble(HotspotChokepoints::exposure).reversed())
                .limit(request.top())
                .map(h -> new HotspotView(h.hotspotKey(), h.targets(), h.exposedCompanies(), h.exposure(),
                        h.chokepoints().stream().map(c -> c.facilityId()).toList(), h.exposedCompanyIds()))
                .toList();
        Sampling sampling = new Sampling(betweenness.sampled(), betweenness.pivots(), betweenness.errorBound());
        long reachedRisk = IntStream.of(p.graph().facilities())
                .filter(v -> reach.companies(v) > 0 && input.risk().weight(v) > 0).count();
        return new LeverageReport(prep.scope(), (int) reachedRisk, betweenness.totalExposure(),
                sampling, ranked, hotspots, prep.timings(started));
    }

    public PlanReport plan(LeverageRequest request, int budget) {
        if (budget < 1 || budget > 1000) {
            throw new BadRequestException("budget", "must be 1..1000, was " + budget);
        }
        LeverageInputs.Prepared prep = inputs.prepare(request, null);
        long started = System.nanoTime();
        PlanResult plan = new EngagementPlan(prep.input(), budget).result();
        Explainer explainer = new Explainer(prep.projection(), prep.filter(), prep.added());
        return new PlanReport(prep.scope(), budget, plan.totalExposure(), plan.guarantee(),
                plan.steps().stream().map(step -> explainer.planStep(step, plan.totalExposure())).toList(), plan.curve(), prep.timings(started));
    }

    public CutReport cut(LeverageRequest request, String hotspot) {
        HotspotSpec spec = HotspotSpec.parse(hotspot);
        LeverageRequest question = spec.wholeRegion() ? request : request.withFilter(spec.theme(), spec.commodity());
        LeverageInputs.Prepared prep = inputs.prepare(question, spec);
        long started = System.nanoTime();
        VertexCutResult cut = new MinVertexCut(prep.input(), spec.key()).result();
        Explainer explainer = new Explainer(prep.projection(), prep.filter(), prep.added());
        return new CutReport(prep.scope(), spec.key(), cut.separable(), cut.cutSize(),
                cut.cutVertices().stream().map(explainer::ref).toList(), cut.exposedCompanies(), cut.targets(),
                explainer.cut(cut, prep.scope().selection()), cut.blockingCompanyIds(), prep.timings(started));
    }

    public GroupsReport groups(LeverageRequest request, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new BadRequestException("threshold", "must be in (0,1], was " + threshold);
        }
        LeverageInputs.Prepared prep = inputs.prepare(request, null);
        int selected = prep.input().selection().size();
        if (selected > Limits.MAX_GROUP_SELECTION) {
            throw new BadRequestException("sector|covenant|companies", "groups compares every pair of selected "
                    + "companies: at most " + Limits.MAX_GROUP_SELECTION + ", the selection has " + selected);
        }
        long started = System.nanoTime();
        GroupsResult groups = new WorkingGroups(prep.input(), threshold).result();
        Explainer explainer = new Explainer(prep.projection(), prep.filter(), prep.added());
        return new GroupsReport(prep.scope(), threshold, groups.groups().stream().map(explainer::group).toList(),
                groups.ungrouped(), groups.ungroupedIds(), prep.timings(started));
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
