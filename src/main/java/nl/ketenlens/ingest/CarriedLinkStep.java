package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ketenlens.graph.Batches;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import nl.ketenlens.graph.Schema.Rel;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The optional annual volume of facility-supplier links (ADR 0017), after {@link LinkStep} has planned and written the
 * links themselves: a separate step so that a links file without volume columns costs nothing extra and the link
 * writer stays as it is. Runs only for files with {@code annual_volume} / {@code volume_unit}; there an empty cell
 * clears a volume. Links are found from the supplier, through its unique index.
 */
final class CarriedLinkStep implements WriteStep {
    private static final String MATCH = """
            UNWIND $rows AS r
            WITH r, r.s AS sid
            MATCH (s:%1$s {%2$s: sid}) USING INDEX s:%1$s(%2$s)
            MATCH (b)-[x:%3$s]->(s) WHERE b.%2$s = r.b AND x.commodity = r.c
            """.formatted(Label.FACILITY, Prop.ID, Rel.BUYS_FROM);
    private static final String EXISTING = MATCH + "RETURN r.b AS b, r.s AS s, r.c AS c, x.%s AS v, x.%s AS u"
            .formatted(Prop.ANNUAL_VOLUME, Prop.VOLUME_UNIT);
    private static final String WRITE = MATCH + "SET x.%s = r.v, x.%s = r.u"
            .formatted(Prop.ANNUAL_VOLUME, Prop.VOLUME_UNIT);

    private final int batchSize;
    private final List<Map<String, Object>> writes = new ArrayList<>();

    CarriedLinkStep(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public void plan(SimpleQueryRunner tx, List<ParsedRow> rows, List<String> warnings) {
        List<ParsedRow> with = rows.stream().filter(r -> r.link != null && r.volume != null && r.valid()).toList();
        List<Map<String, Object>> params = with.stream().map(r -> params(r.link, r.volume)).toList();
        Map<String, List<Object>> existing = new HashMap<>();
        Batches.each(params, batchSize, batch -> tx.run(EXISTING, Map.of("rows", batch)).forEachRemaining(r ->
                existing.put(LinkStep.key(r.get("b").asString(), r.get("s").asString(), r.get("c").asString()),
                        java.util.Arrays.asList(r.get("v").asObject(), r.get("u").asObject()))));
        for (int i = 0; i < with.size(); i++) {
            ParsedRow row = with.get(i);
            List<Object> old = existing.get(LinkStep.key(row.link.buyerId(), row.link.supplierId(), row.link.commodity()));
            List<Object> now = java.util.Arrays.asList(row.volume.amount(), row.volume.unit());
            boolean same = old == null ? row.volume.amount() == null && row.volume.unit() == null : Objects.equals(old, now);
            if (!same) {
                row.mark(RowStatus.UPDATED);
                writes.add(params.get(i));
            }
        }
    }

    private static Map<String, Object> params(LinkRow l, Carried.Volume v) {
        Map<String, Object> p = new HashMap<>();
        p.put("b", l.buyerId());
        p.put("s", l.supplierId());
        p.put("c", l.commodity());
        p.put("v", v.amount());
        p.put("u", v.unit());
        return p;
    }

    @Override
    public void write(SimpleQueryRunner tx) {
        Batches.write(tx, WRITE, writes, batchSize);
    }

    @Override
    public int changes() {
        return writes.size();
    }
}
