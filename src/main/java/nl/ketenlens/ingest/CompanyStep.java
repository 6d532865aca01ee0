package nl.ketenlens.ingest;

import nl.ketenlens.graph.Batches;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Rel;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Companies: the file is authoritative, so every property (also an emptied kvk) and the sector
 * and covenant links are replaced on update; {@code {@value Label#FINANCIAL_INSTITUTION} follows {@code kind}.
 */
final class CompanyStep implements WriteStep {
    private static final String EXISTING = """
            UNWIND $ids AS id
            MATCH (c:%1$s {id: id}) USING INDEX c:%1$s(id)
            OPTIONAL MATCH (c)-[:%2$s]->(v:%3$s)
            WITH c, collect(v.code) AS covenants
            RETURN c.id AS id, c{.name, .sector, .size, .kvk, .kind, .synthetic} AS p, covenants"""
            .formatted(Label.COMPANY, Rel.MEMBER_OF, Label.COVENANT);
    private static final String WRITE = """
            UNWIND $rows AS r
            MERGE (c:%1$s {id: r.id})
            SET c += r.props
            FOREACH (_ IN CASE WHEN r.fi THEN [1] ELSE [] END | SET c:%2$s)
            FOREACH (_ IN CASE WHEN r.fi THEN [] ELSE [1] END | REMOVE c:%2$s)
            WITH c, r
            CALL (c) { OPTIONAL MATCH (c)-[x:%3$s|%4$s]->() DELETE x }
            CALL (c, r) { MATCH (s:%5$s {code: r.props.sector}) CREATE (c)-[:%3$s]->(s) }
            CALL (c, r) { UNWIND r.covenants AS code MATCH (v:%6$s {code: code}) CREATE (c)-[:%4$s]->(v) }"""
            .formatted(Label.COMPANY, Label.FINANCIAL_INSTITUTION, Rel.IN_SECTOR, Rel.MEMBER_OF, Label.SECTOR,
                    Label.COVENANT);

    private final int batchSize;
    private final List<Map<String, Object>> writes = new ArrayList<>();

    CompanyStep(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public void plan(SimpleQueryRunner tx, List<ParsedRow> rows, List<String> warnings) {
        Map<String, Map<String, Object>> existing = new HashMap<>();
        List<String> ids = rows.stream().map(r -> r.company.id()).toList();
        Batches.each(ids, batchSize, batch -> tx.run(EXISTING, Map.of("ids", batch)).forEachRemaining(r -> {
            Map<String, Object> state = new HashMap<>(r.get("p").asMap());
            state.put("covenants", new TreeSet<>(r.get("covenants").asList(Value::asString)));
            existing.put(r.get("id").asString(), state);
        }));
        Set<String> facilities = CrossLabelIds.facilities(tx, ids, batchSize);
        for (ParsedRow row : rows) {
            if (facilities.contains(row.company.id())) {
                row.error("company_id", "'" + row.company.id() + "' is already the id of a facility; ids must be "
                        + "unique across companies and facilities");
                continue;
            }
            Map<String, Object> props = props(row.company);
            Map<String, Object> state = new HashMap<>(props);
            state.put("covenants", new TreeSet<>(row.company.covenants()));
            Map<String, Object> old = existing.get(row.company.id());
            RowStatus status = old == null ? RowStatus.CREATED : old.equals(state) ? RowStatus.UNCHANGED : RowStatus.UPDATED;
            row.mark(status);
            if (status != RowStatus.UNCHANGED) {
                writes.add(Map.of("id", row.company.id(), "props", props, "fi", row.company.financialInstitution(),
                        "covenants", row.company.covenants()));
            }
        }
    }

    private static Map<String, Object> props(CompanyRow c) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", c.name());
        p.put("sector", c.sector());
        p.put("size", c.size());
        p.put("kvk", c.kvk());
        p.put("kind", c.kind());
        p.put("synthetic", c.synthetic());
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
