package nl.ketenlens.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.analysis.VertexKind;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.SupplyNetwork;
import nl.ketenlens.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.RiskWeight;
import nl.ketenlens.risk.SourceView;

/**
 * A {@link GraphProjection} built straight from rows, without Neo4j: for unit tests, benchmarks and anything that
 * holds a {@link SupplyNetwork} in memory (a generator's output, an import preview).
 *
 * <p>Vertices are numbered as {@link GraphProjector} numbers them: companies first, then facilities, each in the
 * order given. A company is a covenant member when it lists at least one covenant. Indicators are matched to
 * facilities by the same rule as the Neo4j projection ({@link IndicatorMatcher}).
 */
public final class InMemoryProjection {

    private InMemoryProjection() {
    }

    /** A projection at revision 0 of {@code network} with these indicators and commodity facts. */
    public static GraphProjection of(SupplyNetwork network, List<IndicatorView> indicators,
                                     Map<String, CommodityInfo> commodityInfo) {
        return of(0, network, indicators, commodityInfo);
    }

    /** As {@link #of(SupplyNetwork, List, Map)}, stamped with a revision. */
    public static GraphProjection of(long revision, SupplyNetwork network, List<IndicatorView> indicators,
                                     Map<String, CommodityInfo> commodityInfo) {
        long started = System.nanoTime();
        int n = network.companies().size() + network.facilities().size();
        String[] names = new String[n];
        String[] sectors = new String[n];
        String[] kinds = new String[n];
        String[] countries = new String[n];
        String[] regions = new String[n];
        boolean[] synthetic = new boolean[n];
        List<List<String>> covenants = new ArrayList<>(n);
        List<List<String>> commodities = new ArrayList<>(n);
        SupplyGraph.Builder builder = SupplyGraph.builder(n, network.links().size() + network.financing().size());
        for (CompanyRow c : network.companies()) {
            int v = builder.addVertex(c.id(), VertexKind.COMPANY, !c.covenants().isEmpty());
            names[v] = c.name();
            sectors[v] = c.sector();
            kinds[v] = c.kind();
            synthetic[v] = c.synthetic();
            covenants.add(c.covenants());
            commodities.add(List.of());
        }
        for (FacilityRow f : network.facilities()) {
            int v = builder.addVertex(f.id(), VertexKind.FACILITY, false);
            names[v] = f.name();
            kinds[v] = f.type();
            countries[v] = f.country();
            regions[v] = f.region();
            synthetic[v] = f.synthetic();
            covenants.add(List.of());
            commodities.add(f.commodities());
        }
        for (LinkRow l : network.links()) {
            builder.addEdge(l.buyerId(), l.supplierId(), l.commodity(), l.share(), false);
        }
        for (FinancingRow r : network.financing()) {
            builder.addEdge(r.institutionId(), r.companyId(), null, null, true);
        }
        SupplyGraph graph = builder.build();
        int[][] applies = IndicatorMatcher.match(indicators, countries, regions, commodities);
        return new GraphProjection(revision, graph, names, sectors, kinds, covenants, countries, regions,
                commodities, synthetic, List.copyOf(indicators), applies, Map.copyOf(commodityInfo),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * An indicator view with severity and risk weight derived by {@link RiskWeight}, as the Neo4j projection
     * derives them; {@code region} and {@code commodity} may be null (whole country, all commodities).
     */
    public static IndicatorView indicator(String id, String theme, String country, String region, String commodity,
                                          int scale, int scope, int irremediability, double likelihood,
                                          SourceView source) {
        return new IndicatorView(id, theme, country, region, commodity, scale, scope, irremediability, likelihood,
                RiskWeight.severity(scale, scope, irremediability),
                RiskWeight.weight(scale, scope, irremediability, likelihood), "", source);
    }
}
