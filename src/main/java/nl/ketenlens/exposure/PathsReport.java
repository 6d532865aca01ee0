package nl.ketenlens.exposure;

import java.util.List;

/**
 * Every simple path (up to a limit) from a company to one facility.
 *
 * @param tier      shortest number of supply hops, or 0 when the facility is not reached within the depth
 * @param pathCount number of paths listed
 * @param truncated true when there are more paths than listed
 * @param paths     shortest first, then by largest share
 */
public record PathsReport(String companyId, String facilityId, int depth, int tier, int pathCount, boolean truncated,
                          List<PathView> paths) {
}
