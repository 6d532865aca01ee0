package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ketenlens.graph.Batches;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * A facility's optional annual throughput and certifications (ADR 0017), after {@link FacilityStep} has resolved,
 * planned and written the facility (so a merged row already carries the existing id). Only the columns the file has
 * are written, and there an empty cell clears the value; a file without them leaves what the graph has. An empty
 * certification list is stored as no property, so the projection's index read finds only certified facilities.
 */
final class CarriedFacilityStep implements WriteStep {
    private static final String EXISTING = """
            UNWIND $ids AS id
            MATCH (f:%1$s {%2$s: id}) USING INDEX f:%1$s(%2$s)
            RETURN id, f.%3$s AS t, f.%4$s AS u, f.%5$s AS c""".formatted(Label.FACILITY, Prop.ID,
            Prop.ANNUAL_THROUGHPUT, Prop.THROUGHPUT_UNIT, Prop.CERTIFICATIONS);
    private static final String WRITE = """
            UNWIND $rows AS r
            MATCH (f:%1$s {%2$s: r.id}) USING INDEX f:%1$s(%2$s)
            SET f.%3$s = CASE WHEN r.st THEN r.t ELSE f.%3$s END,
                f.%4$s = CASE WHEN r.st THEN r.u ELSE f.%4$s END,
                f.%5$s = CASE WHEN r.sc THEN r.c ELSE f.%5$s END""".formatted(Label.FACILITY, Prop.ID,
            Prop.ANNUAL_THROUGHPUT, Prop.THROUGHPUT_UNIT, Prop.CERTIFICATIONS);

    private final int batchSize;
    private final List<Map<String, Object>> writes = new ArrayList<>();

    CarriedFacilityStep(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public void plan(SimpleQueryRunner tx, List<ParsedRow> rows, List<String> warnings) {
        List<ParsedRow> with = rows.stream().filter(r -> r.facility != null && r.facts != null && r.valid()).toList();
        Map<String, Map<String, Object>> existing = new HashMap<>();
        Batches.each(with.stream().map(r -> r.facility.id()).distinct().toList(), batchSize, batch ->
                tx.run(EXISTING, Map.of("ids", batch)).forEachRemaining(r -> {
                    Map<String, Object> old = new HashMap<>();
                    old.put("t", r.get("t").asObject());
                    old.put("u", r.get("u").asObject());
                    old.put("c", r.get("c").isNull() ? null : r.get("c").asList(Value::asString));
                    existing.put(r.get("id").asString(), old);
                }));
        for (ParsedRow row : with) {
            Carried.FacilityFacts f = row.facts;
            Map<String, Object> p = new HashMap<>();
            p.put("id", row.facility.id());
            p.put("st", f.throughputColumns());
            p.put("t", f.throughput());
            p.put("u", f.unit());
            p.put("sc", f.certificationsColumn());
            p.put("c", f.certifications().isEmpty() ? null : f.certifications());
            Map<String, Object> old = existing.getOrDefault(row.facility.id(), new HashMap<>());
            boolean same = (!f.throughputColumns() || Objects.equals(old.get("t"), p.get("t")) && Objects.equals(old.get("u"), p.get("u")))
                    && (!f.certificationsColumn() || Objects.equals(old.get("c"), p.get("c")));
            if (!same) {
                row.mark(RowStatus.UPDATED);
                writes.add(p);
            }
        }
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
