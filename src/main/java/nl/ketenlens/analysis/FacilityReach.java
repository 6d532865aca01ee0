package nl.ketenlens.analysis;

/**
 * Collective reach of one facility (counts only; identities via {@link ReachResult#explain(int)}).
 *
 * @param companies number of selected companies with a supply path to the facility
 * @param members   how many of those are covenant members
 * @param shareFlow summed volume share of the paths with known shares (see {@link CollectiveReach})
 */
public record FacilityReach(int vertex, String facilityId, int companies, int members, double shareFlow) {
}
