package nl.ketenlens.ingest;

import nl.ketenlens.graph.LinkRow;
import org.neo4j.driver.QueryRunner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Supply links ({@code BUYS_FROM}, one per buyer, supplier and commodity). Buyers that are
 * companies and buyers that are facilities go to separate statements so each one matches on a
 * label with a unique index. New links are {@code CREATE}d (the diff proved they are absent),
 * changed ones updated in place.
 */
final class LinkStep implements WriteStep {
    private static final String COMPANIES = "UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id";
    private static final String EXISTING = """
            UNWIND $rows AS r
            MATCH (b:%s {id: r.b})-[x:BUYS_FROM]->(s:Facility {id: r.s})
            WHERE x.commodity = r.c
            RETURN r.i AS i, x.share AS share, x.synthetic AS synthetic""";
    private static final String CREATE = """
            UNWIND $rows AS r
            MATCH (b:%s {id: r.b})
            MATCH (s:Facility {id: r.s})
            CREATE (b)-[:BUYS_FROM {commodity: r.c, share: r.share, synthetic: r.synthetic}]->(s)""";
    private static final String UPDATE = """
            UNWIND $rows AS r
            MATCH (b:%s {id: r.b})-[x:BUYS_FROM]->(s:Facility {id: r.s})
            WHERE x.commodity = r.c
            SET x.share = r.share, x.synthetic = r.synthetic""";

    private final int batchSize;
    private final Map<String, List<Map<String, Object>>> creates = Map.of("Company", new ArrayList<>(), "Facility", new ArrayList<>());
    private final Map<String, List<Map<String, Object>>> updates = Map.of("Company", new ArrayList<>(), "Facility", new ArrayList<>());

    LinkStep(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public void plan(QueryRunner tx, List<ParsedRow> rows, List<String> warnings) {
        List<ParsedRow> with = rows.stream().filter(r -> r.link != null && r.valid()).toList();
        Set<String> companies = companies(tx, with.stream().map(r -> r.link.buyerId()).distinct().toList());
        for (String label : List.of("Company", "Facility")) {
            List<ParsedRow> part = with.stream()
                    .filter(r -> companies.contains(r.link.buyerId()) == label.equals("Company")).toList();
            plan(tx, label, part);
        }
    }

    private Set<String> companies(QueryRunner tx, List<String> ids) {
        Set<String> found = new HashSet<>();
        Batches.each(ids, batchSize, b -> tx.run(COMPANIES, Map.of("ids", b)).forEachRemaining(r -> found.add(r.get("id").asString())));
        return found;
    }

    private void plan(QueryRunner tx, String label, List<ParsedRow> rows) {
        List<Map<String, Object>> params = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            params.add(params(rows.get(i).link, i));
        }
        Map<Integer, Map<String, Object>> existing = new HashMap<>();
        Batches.each(params, batchSize, batch -> tx.run(EXISTING.formatted(label), Map.of("rows", batch))
                .forEachRemaining(r -> existing.put(r.get("i").asInt(), r.asMap())));
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> old = existing.get(i);
            Map<String, Object> p = params.get(i);
            RowStatus status = old == null ? RowStatus.CREATED
                    : Objects.equals(old.get("share"), p.get("share")) && Objects.equals(old.get("synthetic"), p.get("synthetic"))
                    ? RowStatus.UNCHANGED : RowStatus.UPDATED;
            rows.get(i).mark(status);
            if (status == RowStatus.CREATED) {
                creates.get(label).add(p);
            } else if (status == RowStatus.UPDATED) {
                updates.get(label).add(p);
            }
        }
    }

    private static Map<String, Object> params(LinkRow l, int index) {
        Map<String, Object> p = new HashMap<>();
        p.put("i", index);
        p.put("b", l.buyerId());
        p.put("s", l.supplierId());
        p.put("c", l.commodity());
        p.put("share", l.share());
        p.put("synthetic", l.synthetic());
        return p;
    }

    @Override
    public void write(QueryRunner tx) {
        for (String label : List.of("Company", "Facility")) {
            Batches.write(tx, CREATE.formatted(label), creates.get(label), batchSize);
            Batches.write(tx, UPDATE.formatted(label), updates.get(label), batchSize);
        }
    }

    @Override
    public int changes() {
        return creates.values().stream().mapToInt(List::size).sum() + updates.values().stream().mapToInt(List::size).sum();
    }
}
