package nl.ketenlens.ingest;

import org.neo4j.driver.QueryRunner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Risk indicators and their sources. Ids are derived from the content ({@link RiskRow#id()}),
 * so a re-import of the same source updates its figures. {@code basis} records that the figures
 * came from an imported file.
 */
final class RiskStep implements WriteStep {
    static final String BASIS = "imported";
    private static final String EXISTING = """
            UNWIND $ids AS id
            MATCH (i:RiskIndicator {id: id})
            OPTIONAL MATCH (s:Source {id: i.sourceId})
            RETURN i.id AS id, i{.theme, .country, .region, .commodity, .scale, .scope, .irremediability,
                   .likelihood, .basis, .sourceId} AS p, s{.publisher, .title, .edition, .year, .url} AS src""";
    private static final String WRITE = """
            UNWIND $rows AS r
            MERGE (s:Source {id: r.props.sourceId})
            SET s += r.src
            MERGE (i:RiskIndicator {id: r.id})
            SET i += r.props
            WITH i, s, r
            CALL (i) { OPTIONAL MATCH (i)-[x:OF_THEME|APPLIES_IN|FOR_COMMODITY|FROM_SOURCE]->() DELETE x }
            CALL (i, r) { MATCH (t:RiskTheme {code: r.props.theme}) CREATE (i)-[:OF_THEME]->(t) }
            CALL (i, r) { MATCH (k:Country {iso2: r.props.country}) CREATE (i)-[:APPLIES_IN]->(k) }
            CALL (i, r) { MATCH (g:Region {code: r.props.region}) CREATE (i)-[:APPLIES_IN]->(g) }
            CALL (i, r) { MATCH (m:Commodity {code: r.props.commodity}) CREATE (i)-[:FOR_COMMODITY]->(m) }
            CREATE (i)-[:FROM_SOURCE]->(s)""";

    private final int batchSize;
    private final List<Map<String, Object>> writes = new ArrayList<>();

    RiskStep(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public void plan(QueryRunner tx, List<ParsedRow> rows, List<String> warnings) {
        Map<String, Map<String, Object>> existing = new HashMap<>();
        List<String> ids = rows.stream().map(r -> r.risk.id()).toList();
        Batches.each(ids, batchSize, batch -> tx.run(EXISTING, Map.of("ids", batch)).forEachRemaining(r -> {
            Map<String, Object> state = new HashMap<>();
            state.put("props", new HashMap<>(r.get("p").asMap()));
            state.put("src", r.get("src").isNull() ? null : new HashMap<>(r.get("src").asMap()));
            existing.put(r.get("id").asString(), state);
        }));
        for (ParsedRow row : rows) {
            Map<String, Object> state = new HashMap<>();
            state.put("props", props(row.risk));
            state.put("src", source(row.risk));
            Map<String, Object> old = existing.get(row.risk.id());
            RowStatus status = old == null ? RowStatus.CREATED : old.equals(state) ? RowStatus.UNCHANGED : RowStatus.UPDATED;
            row.mark(status);
            if (status != RowStatus.UNCHANGED) {
                writes.add(Map.of("id", row.risk.id(), "props", state.get("props"), "src", state.get("src")));
            }
        }
    }

    private static Map<String, Object> props(RiskRow r) {
        Map<String, Object> p = new HashMap<>();
        p.put("theme", r.theme());
        p.put("country", r.country());
        p.put("region", r.region());
        p.put("commodity", r.commodity());
        p.put("scale", (long) r.scale());
        p.put("scope", (long) r.scope());
        p.put("irremediability", (long) r.irremediability());
        p.put("likelihood", r.likelihood());
        p.put("basis", BASIS);
        p.put("sourceId", r.sourceId());
        return p;
    }

    private static Map<String, Object> source(RiskRow r) {
        Map<String, Object> s = new HashMap<>();
        s.put("publisher", r.sourcePublisher());
        s.put("title", r.sourceTitle());
        s.put("edition", r.sourceEdition());
        s.put("year", (long) r.sourceYear());
        s.put("url", r.sourceUrl());
        return s;
    }

    @Override
    public void write(QueryRunner tx) {
        Batches.write(tx, WRITE, writes, batchSize);
    }

    @Override
    public int changes() {
        return writes.size();
    }
}
