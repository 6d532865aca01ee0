package nl.ketenlens.analysis;

/**
 * A facility through which every supply path from the selected companies to a hotspot's risk-bearing facilities
 * passes.
 *
 * @param insideHotspot  the facility is itself one of the hotspot's facilities (e.g. a hotspot of one smelter)
 * @param companies      selected companies upstream of it (all of the hotspot's exposed companies, by dominance)
 * @param exposureShare  share of the selection's whole risk-weighted exposure (all hotspots) whose (company, target)
 *                       pairs have a path through this facility: {@code companies(f) · R(f) / W}, R(f) the risk weight
 *                       downstream of f. Within its hotspot the share is 1 by definition.
 */
public record Chokepoint(int vertex, String facilityId, boolean insideHotspot, int companies,
                         double exposureShare) {
}
