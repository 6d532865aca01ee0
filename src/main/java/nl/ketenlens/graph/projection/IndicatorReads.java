package nl.ketenlens.graph.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.Schema;
import nl.ketenlens.risk.IndicatorView;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * The projection's indicators read from the embedded store without Cypher: the rows of
 * {@link ProjectionQueries#INDICATORS} ({@code MATCH (i:RiskIndicator) OPTIONAL MATCH (i)-[:FROM_SOURCE]->(s:Source)
 * RETURN IndicatorView.PROJECTION ORDER BY i.id}), built as the same maps and handed to the same
 * {@link IndicatorView#from}, so both readers parse an indicator with one code. Through Cypher this read was the
 * largest single phase of the embedded projection (19k rows through the interpreted runtime, ADR 0019 session 4).
 */
final class IndicatorReads {

    /** The indicator properties of {@link IndicatorView#PROJECTION}, in the order of {@link #INDICATOR_KEYS}. */
    private static final String[] INDICATOR_KEYS = {Schema.Prop.ID, "theme", Schema.Prop.COUNTRY, "region",
            "commodity", "scale", "scope", "irremediability", "likelihood", "basis", "proxy", "observedYear", "unknown",
            "stages", "commodities", "facilityTypes"};
    private static final int PROXY = 10;
    private static final int UNKNOWN = 12;
    private static final int STAGES = 13;
    private static final int COMMODITIES = 14;
    private static final int FACILITY_TYPES = 15;
    private static final String[] SOURCE_KEYS = {Schema.Prop.ID, "publisher", "title", "edition", "year", "licence",
            "url"};
    private static final RelationshipType FROM_SOURCE = RelationshipType.withName(Schema.Rel.FROM_SOURCE);
    private static final Label SOURCE = Label.label(Schema.Label.SOURCE);

    private IndicatorReads() {
    }

    /** Every indicator, one per source it names (none: one with no source), ordered by id as the Cypher orders. */
    static List<IndicatorView> read(KernelCursors store, Transaction tx) {
        List<Row> rows = new ArrayList<>();
        store.scanNodes(new String[] {Schema.Label.RISK_INDICATOR}, INDICATOR_KEYS, (node, labels, p) ->
                rows.add(new Row(node, p.clone())));
        Map<Long, Map<String, Object>> sources = new HashMap<>();
        List<Map<String, Object>> maps = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Map<String, Object> base = indicator(r.values());
            boolean any = false;
            for (Relationship rel : tx.getNodeById(r.node()).getRelationships(Direction.OUTGOING, FROM_SOURCE)) {
                Node s = rel.getEndNode();
                if (s.hasLabel(SOURCE)) {
                    Map<String, Object> m = new HashMap<>(base);
                    m.put("source", sources.computeIfAbsent(s.getId(), id -> source(s)));
                    maps.add(m);
                    any = true;
                }
            }
            if (!any) {
                maps.add(base);
            }
        }
        maps.sort(Comparator.comparing(m -> (String) m.get(Schema.Prop.ID),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return maps.stream().map(m -> IndicatorView.from(Values.value(m))).toList();
    }

    private record Row(long node, Object[] values) {
    }

    /** The projection map without its source; {@code coalesce} defaults as in the Cypher. */
    private static Map<String, Object> indicator(Object[] p) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < INDICATOR_KEYS.length; i++) {
            m.put(INDICATOR_KEYS[i], p[i]);
        }
        if (p[PROXY] == null) {
            m.put("proxy", Boolean.FALSE);
        }
        if (p[UNKNOWN] == null) {
            m.put("unknown", List.of());
        }
        if (p[STAGES] == null) {
            m.put("stages", List.of());
        }
        if (p[COMMODITIES] == null) {
            m.put("commodities", List.of());
        }
        if (p[FACILITY_TYPES] == null) {
            m.put("facilityTypes", List.of());
        }
        m.put("source", null);
        return m;
    }

    private static Map<String, Object> source(Node s) {
        Map<String, Object> m = new HashMap<>();
        for (String key : SOURCE_KEYS) {
            m.put(key, s.getProperty(key, null));
        }
        return m;
    }
}
