package nl.ketenlens.analysis;

import java.util.List;

/**
 * The chokepoints of one hotspot. WHO ({@code exposedCompanyIds}) is kept apart from HOW MANY.
 *
 * @param targets          risk-bearing, unengaged hotspot facilities reachable from the selection
 * @param exposure         Σ over those targets of riskWeight × companies reaching it
 * @param chokepoints      ordered from the hotspot outward towards the companies; empty when no single facility
 *                         dominates every target (or none is reachable)
 */
public record HotspotChokepoints(String hotspotKey, int targets, int exposedCompanies, List<String> exposedCompanyIds,
                                 double exposure, List<Chokepoint> chokepoints) {
    public HotspotChokepoints {
        exposedCompanyIds = List.copyOf(exposedCompanyIds);
        chokepoints = List.copyOf(chokepoints);
    }
}
