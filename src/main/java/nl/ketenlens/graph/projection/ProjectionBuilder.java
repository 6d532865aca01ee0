package nl.ketenlens.graph.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.analysis.VertexKind;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.NetworkSink;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.risk.IndicatorView;

/**
 * Assembles a {@link GraphProjection} from rows as they stream past — from Neo4j, from a network in memory, or
 * straight from the generator — without keeping per-edge objects. Add all companies and facilities before the
 * links that name them.
 */
public final class ProjectionBuilder implements NetworkSink {

    private final SupplyGraph.Builder graph;
    private String[] names;
    private String[] sectors;
    private String[] kinds;
    private String[] countries;
    private String[] regions;
    private boolean[] synthetic;
    private final List<List<String>> covenants;
    private final List<List<String>> commodities;
    private final long started = System.nanoTime();

    public ProjectionBuilder(int expectedVertices, int expectedEdges) {
        int n = Math.max(16, expectedVertices);
        graph = SupplyGraph.builder(n, expectedEdges);
        names = new String[n];
        sectors = new String[n];
        kinds = new String[n];
        countries = new String[n];
        regions = new String[n];
        synthetic = new boolean[n];
        covenants = new ArrayList<>(n);
        commodities = new ArrayList<>(n);
    }

    @Override
    public void company(CompanyRow c) {
        addCompany(c);
    }

    /** Adds a company and returns its vertex. */
    int addCompany(CompanyRow c) {
        int v = graph.addVertex(c.id(), VertexKind.COMPANY, !c.covenants().isEmpty());
        grow(v);
        names[v] = c.name();
        sectors[v] = c.sector();
        kinds[v] = c.kind();
        synthetic[v] = c.synthetic();
        covenants.add(c.covenants());
        commodities.add(List.of());
        return v;
    }

    @Override
    public void facility(FacilityRow f) {
        addFacility(f);
    }

    /** Adds a facility and returns its vertex. */
    int addFacility(FacilityRow f) {
        int v = graph.addVertex(f.id(), VertexKind.FACILITY, false);
        grow(v);
        names[v] = f.name();
        kinds[v] = f.type();
        countries[v] = f.country();
        regions[v] = f.region();
        synthetic[v] = f.synthetic();
        covenants.add(List.of());
        commodities.add(f.commodities());
        return v;
    }

    @Override
    public void link(LinkRow l) {
        graph.addEdge(l.buyerId(), l.supplierId(), l.commodity(), l.share(), false);
    }

    @Override
    public void financing(FinancingRow r) {
        graph.addEdge(r.institutionId(), r.companyId(), null, null, true);
    }

    /** A supply link between vertices already added; {@code share} NaN when unknown. */
    void link(int buyer, int supplier, String commodity, double share) {
        graph.addEdge(buyer, supplier, graph.commodity(commodity), share, false);
    }

    /** A financing link between vertices already added. */
    void financing(int institution, int company) {
        graph.addEdge(institution, company, graph.commodity(null), Double.NaN, true);
    }

    public GraphProjection build(long revision, List<IndicatorView> indicators, Map<String, CommodityInfo> commodityInfo) {
        SupplyGraph built = graph.build();
        int n = built.vertexCount();
        String[] c = Arrays.copyOf(countries, n);
        String[] r = Arrays.copyOf(regions, n);
        int[][] applies = IndicatorMatcher.match(indicators, c, r, commodities);
        return new GraphProjection(revision, built, Arrays.copyOf(names, n), Arrays.copyOf(sectors, n),
                Arrays.copyOf(kinds, n), List.copyOf(covenants), c, r, List.copyOf(commodities),
                Arrays.copyOf(synthetic, n), List.copyOf(indicators), applies, Map.copyOf(commodityInfo),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void grow(int v) {
        if (v < names.length) {
            return;
        }
        int cap = names.length * 2;
        names = Arrays.copyOf(names, cap);
        sectors = Arrays.copyOf(sectors, cap);
        kinds = Arrays.copyOf(kinds, cap);
        countries = Arrays.copyOf(countries, cap);
        regions = Arrays.copyOf(regions, cap);
        synthetic = Arrays.copyOf(synthetic, cap);
    }
}
