package nl.ketenlens.leverage;

import java.util.List;
import nl.ketenlens.access.AggregatePolicy;
import nl.ketenlens.access.Disclosure;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.analysis.Engagement;
import nl.ketenlens.analysis.LeverageInput;
import nl.ketenlens.analysis.RiskProfile;
import nl.ketenlens.api.NotFoundException;
import nl.ketenlens.catalog.CodeLookup;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjector;
import nl.ketenlens.leverage.LeverageReports.Scope;
import nl.ketenlens.leverage.LeverageReports.Timings;
import nl.ketenlens.risk.IndicatorView;
import org.springframework.stereotype.Component;

/**
 * Checks a leverage question and turns it into the analysis input on the current projection. The selection
 * rules of the aggregate-only policy are checked here, before anything is computed ({@link SelectionGate}).
 */
@Component
class LeverageInputs {

    private final java.util.function.Supplier<GraphProjection> projection;
    private final CodeLookup codes;
    private final AggregatePolicy policy;

    @org.springframework.beans.factory.annotation.Autowired
    LeverageInputs(GraphProjector projector, CodeLookup codes, AggregatePolicy policy) {
        this(projector::current, codes, policy);
    }

    /** Over a fixed projection (a benchmark's generated network): {@code codes} checks parameters against it. */
    LeverageInputs(java.util.function.Supplier<GraphProjection> projection, CodeLookup codes, AggregatePolicy policy) {
        this.projection = projection;
        this.codes = codes;
        this.policy = policy;
    }

    /**
     * @param disclosure what the viewer may see of this selection's results
     * @param ownCompany the viewer's company vertex when the viewer is a company user, else -1
     */
    record Prepared(GraphProjection projection, LeverageInput input, RiskFilter filter, List<IndicatorView> added,
                    Scope scope, long projectionMillis, Disclosure disclosure, int ownCompany) {

        Timings timings(long analysisStartedNanos) {
            return new Timings(projectionMillis, (System.nanoTime() - analysisStartedNanos) / 1_000_000);
        }
    }

    Prepared prepare(LeverageRequest request, HotspotSpec named, Viewer viewer) {
        long started = System.nanoTime();
        GraphProjection p = projection.get();
        long projectionMillis = (System.nanoTime() - started) / 1_000_000;
        SelectionGate gate = new SelectionGate(policy, viewer);
        gate.checkQuestion(request);
        codes.requireTheme(request.theme());
        codes.requireCommodity(request.commodity());
        SelectionResolver.Resolved selection = new SelectionResolver(codes).resolve(p, request);
        Disclosure disclosure = gate.disclosure(request);
        RiskFilter filter = new RiskFilter(request.theme(), request.commodity());
        if (named != null) {
            codes.requireCountry(named.country());
        }
        List<IndicatorView> added = AddedIndicators.parse(request.addedIndicators(), codes);
        RiskProfile risk = RiskProfiles.of(p, filter, named, added);
        Engagement engaged = engagement(p, request.engaged());
        LeverageInput input = new LeverageInput(p.graph(), selection.selection(), risk, engaged);
        gate.checkSelection(selection.selection(), disclosure);
        gate.checkEngaged(new LeverageInput(p.graph(), selection.selection(), risk, Engagement.none()),
                engaged, request.engaged(), disclosure);
        boolean synthetic = selection.selection().size() > 0
                && java.util.Arrays.stream(selection.selection().vertices()).anyMatch(v -> p.synthetic()[v]);
        Scope scope = new Scope(selection.summary(disclosure), request.theme(), request.commodity(), request.engaged(),
                request.addedIndicators(), p.revision(), synthetic);
        int own = viewer.companyId() == null ? -1 : p.graph().find(viewer.companyId());
        return new Prepared(p, input, filter, added, scope, projectionMillis, disclosure, own);
    }

    private static Engagement engagement(GraphProjection p, List<String> ids) {
        for (String id : ids) {
            if (p.graph().findFacility(id) < 0) {
                throw new NotFoundException("facility", id);
            }
        }
        return ids.isEmpty() ? Engagement.none() : Engagement.of(p.graph(), ids);
    }
}
