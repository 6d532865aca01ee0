package nl.ketenlens.graph.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.analysis.VertexKind;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.NetworkSink;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.risk.CommodityTaxonomy;
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
    /** ADR 0017 facts by id, resolved to vertices and edges in {@link #build}. */
    private final Map<String, List<String>> certified = new java.util.HashMap<>();
    private final Map<String, double[]> throughputs = new java.util.HashMap<>();   // id -> {kg, EUR}
    private final List<Object[]> volumes = new ArrayList<>();                         // {buyer, supplier, kg, EUR}
    /** Edges read from the store, added to the graph in canonical order at {@link #build}; created on first use. */
    private StoreEdges storeEdges;
    private final int expectedEdges;
    /** Indicator matching started early by {@link #matchAhead}, or null. */
    private Matching ahead;

    public ProjectionBuilder(int expectedVertices, int expectedEdges) {
        int n = Math.max(16, expectedVertices);
        graph = SupplyGraph.builder(n, expectedEdges);
        this.expectedEdges = expectedEdges;
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

    /** A facility's annual throughput ({@code kg}, {@code t} or {@code EUR}); ignored for an unknown unit. */
    public void throughput(String facilityId, double value, String unit) {
        throughputs.put(facilityId, new double[] {ChainFacts.kg(value, unit), ChainFacts.eur(value, unit)});
    }

    /** A facility's declared certifications, as imported. */
    public void certifications(String facilityId, List<String> certifications) {
        certified.put(facilityId, List.copyOf(certifications));
    }

    /** The annual volume of a supply link already added (several commodities of one pair add up per unit). */
    public void volume(String buyerId, String supplierId, double value, String unit) {
        volumes.add(new Object[] {buyerId, supplierId, ChainFacts.kg(value, unit), ChainFacts.eur(value, unit)});
    }

    /**
     * A supply link read from the store, between vertices already added; {@code share} NaN when unknown. Store edges
     * join the graph in canonical order at {@link #build} ({@link StoreEdges}), whatever order the store gave them in.
     */
    void link(int buyer, int supplier, String commodity, double share) {
        storeEdges().add(buyer, supplier, commodity, share, false);
    }

    /** A financing link read from the store, between vertices already added. */
    void financing(int institution, int company) {
        storeEdges().add(institution, company, null, Double.NaN, true);
    }

    /** Takes over edges a reader collected itself, already numbered by this builder's vertices; none added before. */
    void storeEdges(StoreEdges edges) {
        if (storeEdges != null && storeEdges.size() > 0) {
            throw new IllegalStateException("store edges were already added");
        }
        storeEdges = edges;
    }

    int expectedEdges() {
        return expectedEdges;
    }

    private StoreEdges storeEdges() {
        if (storeEdges == null) {
            storeEdges = new StoreEdges(expectedEdges);
        }
        return storeEdges;
    }

    /**
     * Starts matching {@code indicators} to the facilities on a pool thread now, once every vertex is in: pure CPU on
     * data already read, so it overlaps the link scan without a second transaction (ADR 0019, session 4). No vertex
     * may be added after this; {@link #build} with the same indicators picks the result up (or runs the match itself
     * if no pool thread got to it).
     */
    void matchAhead(List<IndicatorView> indicators, Map<String, CommodityInfo> commodityInfo) {
        ahead = new Matching(indicators, commodityInfo, covenants.size());
        ForkJoinPool.commonPool().execute(ahead.task);
    }

    public GraphProjection build(long revision, List<IndicatorView> indicators, Map<String, CommodityInfo> commodityInfo) {
        Matching m = ahead != null && ahead.indicators == indicators && ahead.commodityInfo == commodityInfo
                ? ahead : new Matching(indicators, commodityInfo, covenants.size());
        if (storeEdges != null) {
            storeEdges.drainTo(graph, covenants.size());
        }
        SupplyGraph built = graph.build();
        int n = built.vertexCount();
        if (n != m.countries.length) {
            throw new IllegalStateException("vertices added after matchAhead: " + m.countries.length + " -> " + n);
        }
        int[][] applies = m.result();
        List<IndicatorView> pool = new ArrayList<>(indicators);
        ChainFacts facts = facts(built, applies, pool, indicators.size());
        return new GraphProjection(revision, built, Arrays.copyOf(names, n), Arrays.copyOf(sectors, n),
                m.kinds, List.copyOf(covenants), m.countries, m.regions, List.copyOf(commodities),
                Arrays.copyOf(synthetic, n), List.copyOf(pool), applies, Map.copyOf(commodityInfo), m.taxonomy,
                (System.nanoTime() - started) / 1_000_000, facts);
    }

    /** The indicator match of the first {@code n} vertices, as a task that runs once, on whichever thread comes first. */
    private final class Matching {
        final List<IndicatorView> indicators;
        final Map<String, CommodityInfo> commodityInfo;
        final String[] countries;
        final String[] regions;
        final String[] kinds;
        final CommodityTaxonomy taxonomy;
        final FutureTask<int[][]> task;

        Matching(List<IndicatorView> indicators, Map<String, CommodityInfo> commodityInfo, int n) {
            this.indicators = indicators;
            this.commodityInfo = commodityInfo;
            countries = Arrays.copyOf(ProjectionBuilder.this.countries, n);
            regions = Arrays.copyOf(ProjectionBuilder.this.regions, n);
            kinds = Arrays.copyOf(ProjectionBuilder.this.kinds, n);
            taxonomy = GraphProjection.taxonomyOf(commodityInfo);
            List<List<String>> facilityCommodities = List.copyOf(commodities);
            task = new FutureTask<>(() -> IndicatorMatcher.match(indicators, countries, regions, facilityCommodities,
                    kinds, taxonomy));
        }

        int[][] result() {
            task.run(); // no-op when a pool thread ran or runs it
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while matching indicators", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * Resolves the ADR 0017 facts to vertices and edges, and applies the certification rule: a certified facility's
     * lowered indicators are appended to {@code pool} and its row of {@code applies} points to them instead.
     */
    private ChainFacts facts(SupplyGraph g, int[][] applies, List<IndicatorView> pool, int sourceCount) {
        ChainFacts f = ChainFacts.none(g.vertexCount(), g.edgeCount(), sourceCount);
        List<List<String>> certs = new ArrayList<>(f.certifications());
        throughputs.forEach((id, t) -> {
            int v = g.findFacility(id);
            if (v >= 0) {
                f.throughputKg()[v] = t[0];
                f.throughputEur()[v] = t[1];
            }
        });
        for (Object[] x : volumes) {
            int b = g.find((String) x[0]);
            int s = g.find((String) x[1]);
            int e = b < 0 || s < 0 ? -1 : g.edge(b, s);
            if (e >= 0) {
                f.edgeKg()[e] = ChainFacts.add(f.edgeKg()[e], (double) x[2]);
                f.edgeEur()[e] = ChainFacts.add(f.edgeEur()[e], (double) x[3]);
            }
        }
        certified.forEach((id, list) -> {
            int v = g.findFacility(id);
            if (v < 0) {
                return;
            }
            certs.set(v, list);
            int[] row = applies[v].clone(); // rows are shared between facilities alike (IndicatorMatcher)
            applies[v] = row;
            List<IndicatorView> own = Arrays.stream(row).mapToObj(pool::get).toList();
            List<IndicatorView> lowered = nl.ketenlens.risk.Certifications.apply(own, list);
            for (int j = 0; j < row.length; j++) {
                if (lowered.get(j) != own.get(j)) {
                    row[j] = pool.size();
                    pool.add(lowered.get(j));
                }
            }
        });
        return new ChainFacts(f.throughputKg(), f.throughputEur(), List.copyOf(certs), f.edgeKg(), f.edgeEur(),
                sourceCount);
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
