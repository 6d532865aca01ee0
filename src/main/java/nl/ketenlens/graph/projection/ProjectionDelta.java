package nl.ketenlens.graph.projection;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.graph.LinkRow;

/**
 * Adds newly created supply links to a projection without reading the store again: the vertices, their attributes
 * and the indicator matches are the old projection's (a links import creates no vertex and changes no attribute),
 * only the compact graph is rebuilt from the old edges plus the new ones, in memory ({@code O(n + m)}).
 *
 * <p>It gives up (returns null, and the caller rebuilds from the store) where the answer could differ from a full
 * rebuild: an end it does not know, or a new link parallel to an existing edge or to another new link (parallel
 * links merge into one edge, and which commodity the merged edge keeps depends on the order the store returns
 * them in).
 */
final class ProjectionDelta {

    private ProjectionDelta() {
    }

    /** {@code old} plus {@code created}, stamped with {@code revision}; null when only a rebuild can tell. */
    static GraphProjection apply(GraphProjection old, List<LinkRow> created, long revision) {
        long started = System.nanoTime();
        SupplyGraph g = old.graph();
        int[] from = new int[created.size()];
        int[] to = new int[created.size()];
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < created.size(); i++) {
            LinkRow l = created.get(i);
            from[i] = g.find(l.buyerId());
            to[i] = g.find(l.supplierId());
            if (from[i] < 0 || to[i] < 0 || !g.isFacility(to[i]) || g.edge(from[i], to[i]) >= 0
                    || !pairs.add(((long) from[i] << 32) | to[i])) {
                return null;
            }
        }
        SupplyGraph.Builder b = SupplyGraph.builder(g.vertexCount(), g.edgeCount() + created.size());
        for (int v = 0; v < g.vertexCount(); v++) {
            b.addVertex(g.id(v), g.kind(v), g.isMember(v));
        }
        g.commodities().forEach(b::commodity);
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int e = g.outStart(u), end = e + g.outDegree(u); e < end; e++) {
                b.addEdge(u, g.target(e), g.commodity(e), g.share(e), g.isFinancing(e));
            }
        }
        for (int i = 0; i < created.size(); i++) {
            LinkRow l = created.get(i);
            b.addEdge(from[i], to[i], b.commodity(l.commodity()), l.share() == null ? Double.NaN : l.share(), false);
        }
        SupplyGraph next = b.build();
        return new GraphProjection(revision, next, old.names(), old.sectors(), old.kinds(), old.covenants(),
                old.countries(), old.regions(), old.commodities(), old.synthetic(), old.indicators(),
                old.facilityIndicators(), old.commodityInfo(), old.taxonomy(), (System.nanoTime() - started) / 1_000_000,
                facts(old.facts(), g, next));
    }

    /**
     * The old edges' volumes moved to their indexes in {@code next} (adding edges renumbers them); the new links carry
     * none (an import that wrote volumes is not applied here, see {@code LinkStep.change}).
     */
    private static ChainFacts facts(ChainFacts old, SupplyGraph g, SupplyGraph next) {
        ChainFacts f = ChainFacts.none(next.vertexCount(), next.edgeCount(), old.sourceIndicators());
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int e = g.outStart(u), end = e + g.outDegree(u); e < end; e++) {
                int moved = next.edge(u, g.target(e));
                f.edgeKg()[moved] = old.edgeKg()[e];
                f.edgeEur()[moved] = old.edgeEur()[e];
            }
        }
        return new ChainFacts(old.throughputKg(), old.throughputEur(), old.certifications(), f.edgeKg(), f.edgeEur(),
                old.sourceIndicators());
    }
}
