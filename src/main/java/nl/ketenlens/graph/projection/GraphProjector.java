package nl.ketenlens.graph.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.GraphState;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.risk.IndicatorView;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Builds the in-memory {@link GraphProjection} from flat Cypher rows streamed into the compact graph, and
 * reuses it across requests until the graph revision changes.
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
        try (Session session = driver.session()) {
            Record counts = session.run(ProjectionQueries.COUNTS).single();
            ProjectionBuilder builder = new ProjectionBuilder(counts.get("vertices").asInt(), counts.get("edges").asInt());
            session.run(ProjectionQueries.COMPANIES).stream().forEach(r -> builder.company(new CompanyRow(
                    r.get("id").asString(), str(r.get("name")), str(r.get("sector")), null, null,
                    strings(r.get("covenants")), str(r.get("kind")), r.get("synthetic").asBoolean(false))));
            session.run(ProjectionQueries.FACILITIES).stream().forEach(r -> builder.facility(new FacilityRow(
                    r.get("id").asString(), str(r.get("name")), str(r.get("type")), str(r.get("country")),
                    str(r.get("region")), strings(r.get("commodities")), null, null, r.get("synthetic").asBoolean(false))));
            session.run(ProjectionQueries.LINKS).stream().forEach(r -> builder.link(new LinkRow(
                    r.get("b").asString(), r.get("s").asString(), str(r.get("c")),
                    r.get("share").isNull() ? null : r.get("share").asDouble(), false)));
            session.run(ProjectionQueries.FINANCING).stream().forEach(r -> builder.financing(
                    new FinancingRow(r.get("a").asString(), r.get("b").asString(), false)));
            List<IndicatorView> indicators = session.run(ProjectionQueries.INDICATORS).list(r -> IndicatorView.from(r.get("ind")));
            Map<String, CommodityInfo> commodityInfo = new HashMap<>();
            session.run(ProjectionQueries.COMMODITIES).stream().forEach(r -> commodityInfo.put(r.get("code").asString(),
                    new CommodityInfo(r.get("code").asString(), str(r.get("name")), str(r.get("hs")),
                            strings(r.get("upstream")), strings(r.get("producers")))));
            return builder.build(revision, indicators, commodityInfo);
        }
    }

    static String str(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
