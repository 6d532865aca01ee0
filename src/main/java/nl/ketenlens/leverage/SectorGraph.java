package nl.ketenlens.leverage;

import java.util.List;
import nl.ketenlens.access.CompanyCount;
import nl.ketenlens.leverage.LeverageReports.Scope;
import nl.ketenlens.leverage.LeverageReports.Timings;

/**
 * The aggregate sector graph: the facilities upstream of a covenant's or sector's members and the facility →
 * facility links between them, the members collapsed into one node {@link #MEMBERS} that carries counts only. For a
 * viewer other than the admin no company is named, facilities fewer than k members reach are left out (counted in
 * {@link Counts#withheldFacilities}) and every company count goes through the request's disclosure.
 *
 * @param nodes   the members node first, then the shown facilities, best risk-weighted reach first
 * @param edges   members → facility (with how many selected companies buy there directly) and facility → facility
 * @param flow    the Sankey view: members → tier 1 → … → country, weighted by risk-weighted exposure
 * @param regions sub-national places (ISO 3166-2) of the nameable facilities, with their exposure and whether an
 *                EU CAHRA region indicator applies
 */
public record SectorGraph(Scope scope, Counts counts, List<Node> nodes, List<Edge> edges,
                          List<HotspotGroup> hotspots, Flow flow, List<RegionMark> regions, Timings timings) {

    /** Id of the collapsed members node. */
    public static final String MEMBERS = "members";

    /**
     * @param reachedFacilities  facilities at least one selected company reaches
     * @param nameableFacilities those the viewer may see (reached by at least k selected companies, or all for the admin)
     * @param shownFacilities    those in {@link #nodes} (the top {@code top} by risk-weighted reach)
     * @param withheldFacilities reached but reached by fewer than k selected companies, so left out
     */
    public record Counts(int reachedFacilities, int nameableFacilities, int shownFacilities, int withheldFacilities,
                         int top) {
    }

    /**
     * A node. The members node has kind {@code members}, tier 0 and {@code companies} = the selection's size.
     *
     * @param riskWeight risk weight of the facility under the theme filter (0 = not risk-bearing)
     * @param riskReach  risk-weighted reach: the selection's risk-weighted exposure that ends at or passes through
     *                   the facility, {@code r(v)·companies(v) + B(v)} with B the risk-flow betweenness
     * @param companies  selected companies that reach it
     * @param planRank   its rank in the engagement plan, or null
     * @param hotspot    the hotspot (group) it belongs to with the largest exposure, or null
     */
    public record Node(String id, String name, String kind, int tier, String country, String region,
                       double riskWeight, double riskReach, CompanyCount companies, boolean chokepoint,
                       Integer planRank, String hotspot, boolean synthetic) {
    }

    /** A link; {@code companies} is set on members → facility links (selected companies buying there directly). */
    public record Edge(String source, String target, String commodity, Double share, CompanyCount companies) {
    }

    /** A hotspot as a group of nodes. */
    public record HotspotGroup(String hotspot, int shownFacilities, CompanyCount exposedCompanies, double exposure,
                               List<String> chokepointIds) {
    }

    /** Sankey nodes and links; {@code total} = the value leaving the members node. */
    public record Flow(List<FlowNode> nodes, List<FlowLink> links, double total) {
    }

    /** @param kind {@code members}, {@code tier} or {@code country}; {@code country} null = unknown country */
    public record FlowNode(String id, String kind, Integer tier, String country) {
    }

    public record FlowLink(String source, String target, double value) {
    }

    public record RegionMark(String country, String region, int facilities, double exposure, List<String> themes,
                             boolean cahra) {
    }
}
