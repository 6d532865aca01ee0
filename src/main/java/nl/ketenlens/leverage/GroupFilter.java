package nl.ketenlens.leverage;

import java.util.List;
import nl.ketenlens.access.Disclosure;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.analysis.ChokepointResult;
import nl.ketenlens.analysis.Chokepoints;
import nl.ketenlens.analysis.CollectiveReach;
import nl.ketenlens.analysis.ReachResult;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.analysis.WorkingGroup;
import nl.ketenlens.analysis.WorkingGroup.SharedFacility;
import nl.ketenlens.analysis.WorkingGroup.SharedHotspot;

/**
 * Which working groups, and which of their shared facilities and hotspots, a viewer may see. Admin: all. Advisor:
 * groups of at least k companies, with the shared facilities and hotspots at least k selected companies reach.
 * Company user: the same, but only the groups it is in, and of their shared facilities only those it reaches
 * itself. Members are never shown to anyone but the admin (the {@link Disclosure} drops them).
 */
final class GroupFilter {

    private final Disclosure disclosure;
    private final String ownId;
    private final OwnChain own;
    private final ReachResult reach;
    private final ChokepointResult hotspots;
    private final SupplyGraph graph;

    GroupFilter(LeverageInputs.Prepared prep, Viewer viewer) {
        this.disclosure = prep.disclosure();
        this.graph = prep.projection().graph();
        this.ownId = viewer.companyId();
        boolean filtered = !disclosure.exact();
        this.own = filtered && prep.ownCompany() >= 0 ? new OwnChain(prep.projection().graph(), prep.ownCompany()) : null;
        this.reach = filtered ? new CollectiveReach(prep.input()).result() : null;
        this.hotspots = filtered ? new Chokepoints(prep.input()).result() : null;
    }

    boolean shows(WorkingGroup g) {
        if (disclosure.exact()) {
            return true;
        }
        return disclosure.mayName(g.companies()) && (ownId == null || g.companyIds().contains(ownId));
    }

    List<String> facilities(WorkingGroup g) {
        return g.sharedFacilities().stream().map(SharedFacility::facilityId)
                .filter(id -> disclosure.exact() || mayName(id)).toList();
    }

    List<String> hotspots(WorkingGroup g) {
        return g.sharedHotspots().stream().map(SharedHotspot::hotspotKey)
                .filter(key -> disclosure.exact() || disclosure.mayName(exposedCompanies(key)))
                .toList();
    }

    private int exposedCompanies(String hotspotKey) {
        return hotspots.hotspots().stream().filter(h -> h.hotspotKey().equals(hotspotKey)).findFirst()
                .map(h -> h.exposedCompanies()).orElse(0);
    }

    private boolean mayName(String facilityId) {
        int v = graph.find(facilityId);
        return v >= 0 && disclosure.mayName(reach.companies(v)) && (own == null || own.contains(v));
    }
}
