package nl.ketenlens.analysis;

import java.util.List;

/**
 * A minimum vertex cut between the selection and one hotspot (see {@link MinVertexCut}). WHO (ids) is kept apart
 * from HOW MANY (counts).
 *
 * @param separable         false when some company reaches a target through companies and hotspot facilities only
 *                          (e.g. it buys directly from the hotspot): no set of cuttable facilities can separate them
 * @param cutSize           number of facilities in the cut (0 when nothing is exposed; -1 when not separable)
 * @param cutVertices       the cut, sorted by vertex (empty when not separable)
 * @param blockingCompanyIds companies that cannot be separated (non-empty only when not separable)
 */
public record VertexCutResult(String hotspotKey, boolean separable, int cutSize, List<Integer> cutVertices,
                              List<String> cutFacilityIds, int exposedCompanies, int targets,
                              List<String> blockingCompanyIds) {
    public VertexCutResult {
        cutVertices = List.copyOf(cutVertices);
        cutFacilityIds = List.copyOf(cutFacilityIds);
        blockingCompanyIds = List.copyOf(blockingCompanyIds);
    }
}
