package nl.ketenlens.analysis;

import java.util.List;

/**
 * A suggested working group: companies whose risk-bearing supply bases overlap. WHO ({@code companyIds}) is kept
 * apart from HOW MANY ({@code companies}).
 *
 * @param meanSimilarity   mean Jaccard similarity over the group's pairs
 * @param sharedFacilities risk-bearing facilities reached by at least two members, most binding first
 * @param sharedHotspots   hotspots with a target reached by at least two members, most members first
 */
public record WorkingGroup(int rank, int companies, List<String> companyIds, double meanSimilarity,
                           List<SharedFacility> sharedFacilities, List<SharedHotspot> sharedHotspots) {
    public WorkingGroup {
        companyIds = List.copyOf(companyIds);
        sharedFacilities = List.copyOf(sharedFacilities);
        sharedHotspots = List.copyOf(sharedHotspots);
    }

    /** A risk-bearing facility binding a group: {@code members} of the group reach it. */
    public record SharedFacility(String facilityId, int members, double riskWeight) {
    }

    /** A hotspot binding a group: {@code members} of the group reach at least one of its targets. */
    public record SharedHotspot(String hotspotKey, int members) {
    }
}
