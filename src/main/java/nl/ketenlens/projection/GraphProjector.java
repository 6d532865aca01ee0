package nl.ketenlens.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.analysis.VertexKind;
import nl.ketenlens.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.store.GraphState;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Builds the in-memory {@link GraphProjection} straight from flat Cypher rows into the compact graph (no
 * per-edge objects kept), and reuses it across requests until the graph revision changes.
 */
@Service
public class GraphProjector {

    private static final Logger log = LoggerFactory.getLogger(GraphProjector.class);

    private final Driver driver;
    private volatile GraphProjection current;

    GraphProjector(Driver driver) {
        this.driver = driver;
    }

    /** The projection of the current graph revision, built on first use and after every write. */
    public GraphProjection current() {
        long revision = GraphState.revision(driver);
        GraphProjection p = current;
        if (p != null && p.revision() == revision) {
            return p;
        }
        synchronized (this) {
            if (current == null || current.revision() != revision) {
                current = build(revision);
                log.info("Projected graph revision {}: {} in {} ms", revision, current.graph(), current.buildMillis());
            }
            return current;
        }
    }

    private GraphProjection build(long revision) {
        long started = System.nanoTime();
        try (Session session = driver.session()) {
            List<Record> companies = session.run(ProjectionQueries.COMPANIES).list();
            List<Record> facilities = session.run(ProjectionQueries.FACILITIES).list();
            int n = companies.size() + facilities.size();
            VertexAttributes attrs = new VertexAttributes(n);
            SupplyGraph.Builder builder = SupplyGraph.builder(n, facilities.size() * 4);
            for (Record c : companies) {
                List<String> covenants = c.get("covenants").asList(Value::asString);
                int v = builder.addVertex(c.get("id").asString(), VertexKind.COMPANY, !covenants.isEmpty());
                attrs.company(v, c, covenants);
            }
            for (Record f : facilities) {
                int v = builder.addVertex(f.get("id").asString(), VertexKind.FACILITY, false);
                attrs.facility(v, f);
            }
            session.run(ProjectionQueries.LINKS).stream().forEach(r -> builder.addEdge(
                    r.get("b").asString(), r.get("s").asString(), str(r.get("c")),
                    r.get("share").isNull() ? null : r.get("share").asDouble(), false));
            session.run(ProjectionQueries.FINANCING).stream().forEach(r -> builder.addEdge(
                    r.get("a").asString(), r.get("b").asString(), null, null, true));
            SupplyGraph graph = builder.build();
            List<IndicatorView> indicators = session.run(ProjectionQueries.INDICATORS).list(r -> IndicatorView.from(r.get("ind")));
            Map<String, CommodityInfo> commodityInfo = new HashMap<>();
            session.run(ProjectionQueries.COMMODITIES).stream().forEach(r -> commodityInfo.put(r.get("code").asString(),
                    new CommodityInfo(r.get("code").asString(), str(r.get("name")), str(r.get("hs")),
                            strings(r.get("upstream")), strings(r.get("producers")))));
            int[][] applies = IndicatorMatcher.match(indicators, attrs.countries, attrs.regions, attrs.commodities);
            return new GraphProjection(revision, graph, attrs.names, attrs.sectors, attrs.kinds, attrs.covenants,
                    attrs.countries, attrs.regions, attrs.commodities, attrs.synthetic, List.copyOf(indicators), applies,
                    Map.copyOf(commodityInfo), (System.nanoTime() - started) / 1_000_000);
        }
    }

    static String str(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }

    /** Column arrays filled while reading rows, in vertex order. */
    private static final class VertexAttributes {
        final String[] names;
        final String[] sectors;
        final String[] kinds;
        final String[] countries;
        final String[] regions;
        final boolean[] synthetic;
        final List<List<String>> covenants;
        final List<List<String>> commodities;

        VertexAttributes(int n) {
            names = new String[n];
            sectors = new String[n];
            kinds = new String[n];
            countries = new String[n];
            regions = new String[n];
            synthetic = new boolean[n];
            covenants = new ArrayList<>(n);
            commodities = new ArrayList<>(n);
        }

        void company(int v, Record c, List<String> memberOf) {
            names[v] = str(c.get("name"));
            sectors[v] = str(c.get("sector"));
            kinds[v] = str(c.get("kind"));
            synthetic[v] = c.get("synthetic").asBoolean(false);
            covenants.add(List.copyOf(memberOf));
            commodities.add(List.of());
        }

        void facility(int v, Record f) {
            names[v] = str(f.get("name"));
            kinds[v] = str(f.get("type"));
            countries[v] = str(f.get("country"));
            regions[v] = str(f.get("region"));
            synthetic[v] = f.get("synthetic").asBoolean(false);
            covenants.add(List.of());
            commodities.add(strings(f.get("commodities")));
        }
    }
}
