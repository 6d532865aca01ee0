package nl.ketenlens.leverage;

import java.util.List;
import nl.ketenlens.access.AggregatePolicy;
import nl.ketenlens.access.Disclosure;
import nl.ketenlens.access.DisclosureRefused;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.analysis.CollectiveReach;
import nl.ketenlens.analysis.Engagement;
import nl.ketenlens.analysis.LeverageInput;
import nl.ketenlens.analysis.ReachResult;
import nl.ketenlens.analysis.Selection;

/**
 * Closes differencing for non-admin viewers: selections are whole predefined groups (a covenant or sector of at
 * least k companies, or a company's own company), and what-ifs may engage only facilities that at least k selected
 * companies reach. Two answers that differ by one company, or by a facility only one company reaches, would
 * otherwise reveal that company's links by subtraction.
 */
final class SelectionGate {

    private final AggregatePolicy policy;
    private final Viewer viewer;

    SelectionGate(AggregatePolicy policy, Viewer viewer) {
        this.policy = policy;
        this.viewer = viewer;
    }

    /** True when the question is about the viewer's own company only (its own chain, shown in full). */
    boolean ownCompanyOnly(LeverageRequest request) {
        return viewer.companyId() != null && request.companies().equals(List.of(viewer.companyId()))
                && request.sector() == null && request.covenant() == null;
    }

    Disclosure disclosure(LeverageRequest request) {
        return ownCompanyOnly(request) ? policy.ownChain() : policy.disclosureFor(viewer);
    }

    /** Refuses what no computation may answer for this viewer; checked before any id is looked up. */
    void checkQuestion(LeverageRequest request) {
        if (viewer.isAdmin() || ownCompanyOnly(request)) {
            return;
        }
        if (!request.companies().isEmpty()) {
            throw new DisclosureRefused("companies", "free company lists are for the admin only; select a covenant"
                    + " or sector" + (viewer.companyId() == null ? "" : ", or your own company") + " so results"
                    + " stay aggregates of at least " + policy.k() + " companies");
        }
        if (!request.addedIndicators().isEmpty()) {
            throw new DisclosureRefused("addIndicator", "an added indicator on a sector view turns totals into a"
                    + " count of the companies sourcing from one place; it is for the admin and own-company views");
        }
    }

    void checkSelection(Selection selection, Disclosure disclosure) {
        if (!disclosure.exact() && selection.size() < policy.k()) {
            throw new DisclosureRefused("sector|covenant", "the selection has fewer than " + policy.k()
                    + " companies; aggregates of so few would describe individual companies");
        }
    }

    /** Every engaged facility must be one at least k selected companies reach before the what-if. */
    void checkEngaged(LeverageInput before, Engagement engaged, List<String> ids, Disclosure disclosure) {
        if (disclosure.exact() || engaged.isEmpty()) {
            return;
        }
        ReachResult reach = new CollectiveReach(before).result();
        for (String id : ids) {
            int v = before.graph().find(id);
            if (!disclosure.mayName(reach.companies(v))) {
                throw new DisclosureRefused("engaged", "fewer than " + policy.k() + " selected companies reach "
                        + id + "; engaging it would show what those few companies' chains hold");
            }
        }
    }
}
