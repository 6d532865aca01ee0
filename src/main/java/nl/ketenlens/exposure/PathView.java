package nl.ketenlens.exposure;

import java.util.List;

/**
 * One supply path from the company to a facility: the company, then one hop per tier.
 *
 * @param financierId the financial institution asking, when the path starts with a financing link; else null
 * @param companyId   the company at the top of the chain (the asker, or the company the financier finances)
 * @param hops        tier 1 … n, the last hop is the facility the path leads to
 * @param share       product of the volume shares along the path; null when any hop's share is unknown
 */
public record PathView(String financierId, String companyId, List<Hop> hops, Double share) {

    public PathView {
        hops = List.copyOf(hops);
    }

    /** The tier of the facility the path leads to. */
    public int tier() {
        return hops.size();
    }

    /**
     * One supply link on a path, named by the supplier it leads to.
     *
     * @param tier       1 for a direct supplier of the company
     * @param facilityId the supplier
     * @param commodity  the commodity bought over this link
     * @param share      the buyer's volume share of that commodity bought here, or null when unknown
     */
    public record Hop(int tier, String facilityId, String commodity, Double share) {
    }
}
