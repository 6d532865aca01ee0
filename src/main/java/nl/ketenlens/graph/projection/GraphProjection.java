package nl.ketenlens.graph.projection;

import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.risk.ChainStage;
import nl.ketenlens.risk.CommodityTaxonomy;
import nl.ketenlens.risk.IndicatorView;

/**
 * The whole supply graph in memory, as of one graph revision: the compact {@link SupplyGraph} plus the
 * attributes analyses need beside it (vertices stay small ints; attributes live in arrays indexed by vertex).
 * Immutable and shared by concurrent requests until the revision changes.
 *
 * @param revision            the {@code GraphState.revision} this projection was built from
 * @param graph               companies and facilities; edges buyer → supplier and financier → company
 * @param names               display name per vertex
 * @param sectors             sector code per company vertex (null for facilities)
 * @param kinds               company kind ({@code company}, {@code bank} …) or facility type, per vertex
 * @param covenants           covenant codes per company vertex (empty for facilities)
 * @param countries           ISO alpha-2 per facility vertex (null for companies or unknown)
 * @param regions             ISO 3166-2 per facility vertex or null
 * @param commodities         commodity codes handled, per facility vertex
 * @param synthetic           whether the vertex is synthetic (demo / generated data)
 * @param indicators          every risk indicator, with its source
 * @param facilityIndicators  per vertex, indexes into {@code indicators} of the indicators that apply to it
 * @param commodityInfo       reference facts per commodity code (name, parent, upstream codes, main producers)
 * @param taxonomy            the commodity chain model built from {@code commodityInfo} (parents and inputs)
 * @param buildMillis         time taken to build the projection from Neo4j
 * @param facts               volumes, throughputs and certifications (ADR 0017); {@code indicators} ends with the
 *                            certification-lowered copies that {@code facilityIndicators} of certified facilities
 *                            point to, so counts of the sources' indicators use {@link #sourceIndicators()}
 */
public record GraphProjection(long revision, SupplyGraph graph, String[] names, String[] sectors, String[] kinds,
                              List<List<String>> covenants, String[] countries, String[] regions,
                              List<List<String>> commodities, boolean[] synthetic, List<IndicatorView> indicators,
                              int[][] facilityIndicators, Map<String, CommodityInfo> commodityInfo,
                              CommodityTaxonomy taxonomy, long buildMillis, ChainFacts facts) {

    /** The sources' own indicators, without the certification-lowered copies: what counts and coverage count. */
    public List<IndicatorView> sourceIndicators() {
        return indicators.subList(0, facts.sourceIndicators());
    }

    /**
     * Reference facts about one commodity, used for matching (parent), blind spots and explanations.
     *
     * @param parent the commodity this one is a kind of (taxonomy), or null
     */
    public record CommodityInfo(String code, String name, String hs, List<String> upstream,
                                List<String> mainProducers, String parent) {

        /** A commodity without a parent. */
        public CommodityInfo(String code, String name, String hs, List<String> upstream, List<String> mainProducers) {
            this(code, name, hs, upstream, mainProducers, null);
        }
    }

    /** The chain model of {@code info}: each code's parent and upstream inputs. */
    public static CommodityTaxonomy taxonomyOf(Map<String, CommodityInfo> info) {
        Map<String, String> parents = new java.util.HashMap<>();
        Map<String, List<String>> inputs = new java.util.HashMap<>();
        info.forEach((code, c) -> {
            if (c.parent() != null) {
                parents.put(code, c.parent());
            }
            inputs.put(code, c.upstream() == null ? List.of() : c.upstream());
        });
        return new CommodityTaxonomy(parents, inputs);
    }

    /** The stage a vertex works at by its facility type, or null (companies, unknown types). */
    public ChainStage stageOf(int vertex) {
        return graph.isFacility(vertex) ? ChainStage.ofFacilityType(kinds[vertex]) : null;
    }

    /** The indicators that apply to a vertex (empty for companies). */
    public List<IndicatorView> indicatorsOf(int vertex) {
        int[] idx = facilityIndicators[vertex];
        return java.util.Arrays.stream(idx).mapToObj(indicators::get).toList();
    }

    public int vertexCount() {
        return graph.vertexCount();
    }
}
