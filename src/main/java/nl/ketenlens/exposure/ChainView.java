package nl.ketenlens.exposure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import nl.ketenlens.risk.ChainStage;

/**
 * One company's own supply chain as nodes and edges, for drawing: the company at tier 0, every facility it reaches
 * within the depth at its shortest tier, and the supply links between them. Only for the admin and the company
 * itself (see {@link ChainService}).
 *
 * @param truncated true when the chain had more than {@link ChainService#MAX_NODES} nodes and the farthest tiers
 *                  were left out
 */
public record ChainView(String companyId, String name, int depth, long graphRevision, boolean syntheticData,
                        List<Node> nodes, List<Edge> edges, boolean truncated) {

    /**
     * @param kind        {@code company} (the root, or a company a financial institution finances) or the facility
     *                    type (smelter, mill, …)
     * @param riskWeight  per theme the strongest applying indicator's weight, summed over themes (0 = none known)
     * @param riskBearing whether at least one indicator applies
     */
    public record Node(String id, String name, String kind, int tier, String country, String region,
                       double riskWeight, boolean riskBearing, boolean synthetic) {

        /**
         * The chain stage of the node's facility type ({@link ChainStage}, docs/adr/0013), or null for a company
         * or a type outside the stage table; derived from {@code kind} by the one table, so the browser draws the
         * stage without a second copy of it.
         */
        @JsonProperty("stage")
        public String stage() {
            ChainStage s = ChainStage.ofFacilityType(kind);
            return s == null ? null : s.code();
        }
    }

    /**
     * @param share     volume share of the link (null = unknown)
     * @param riskPath  whether the link lies on the best path from the company to a risk-bearing facility
     * @param commodity the commodity of a supply link; for a financing link whatever the projection holds
     */
    public record Edge(String source, String target, String commodity, Double share, boolean riskPath) {
    }
}
