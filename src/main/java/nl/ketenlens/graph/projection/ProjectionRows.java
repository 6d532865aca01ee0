package nl.ketenlens.graph.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.risk.IndicatorView;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Cypher rows inside the projection's one read transaction, whichever way it reaches the store: a Bolt transaction
 * ({@link BoltProjectionReader}) or the embedded engine's ({@link EmbeddedProjectionReader}). Both give rows that
 * answer {@code get(column)} with a driver {@link Value}, so the small reads are written once, here.
 */
@FunctionalInterface
interface ProjectionRows {

    Stream<? extends MapAccessor> run(String cypher);

    /** The reads both paths share — ADR 0017 facts, indicators, commodities — and the build. */
    static GraphProjection finish(ProjectionRows rows, ProjectionBuilder builder, long revision) {
        CarriedRows.facts(rows, builder);
        return builder.build(revision, indicators(rows), commodities(rows));
    }

    static List<IndicatorView> indicators(ProjectionRows rows) {
        return rows.run(ProjectionQueries.INDICATORS).map(r -> IndicatorView.from(r.get("ind"))).toList();
    }

    static Map<String, CommodityInfo> commodities(ProjectionRows rows) {
        Map<String, CommodityInfo> commodityInfo = new HashMap<>();
        rows.run(ProjectionQueries.COMMODITIES).forEach(r -> commodityInfo.put(r.get("code").asString(),
                new CommodityInfo(r.get("code").asString(), str(r.get("name")), str(r.get("hs")),
                        strings(r.get("upstream")), strings(r.get("producers")), str(r.get("parent")))));
        return commodityInfo;
    }

    static String str(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
