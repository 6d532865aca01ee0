package nl.ketenlens.graph;

/**
 * A supply link, buyer (company or facility) to supplier (facility), for one commodity.
 *
 * @param share volume share of the buyer's purchase of this commodity in [0,1], or null when unknown
 */
public record LinkRow(String buyerId, String supplierId, String commodity, Double share, boolean synthetic) {
}
