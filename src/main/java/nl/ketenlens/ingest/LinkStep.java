package nl.ketenlens.ingest;

import nl.ketenlens.graph.Batches;
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
 * label with a unique index. Ids are first projected to plain variables and each node is matched
 * in its own clause with a {@code USING INDEX} hint: with {@code r.b} inside one two-node pattern
 * (and stale statistics right after a big facilities import) the planner chose an index scan per
 * row (seen: 200 s instead of a few for 58,000 links). New links are {@code CREATE}d (the diff proved they are absent),
 * changed ones updated in place.
 */
final class LinkStep implements WriteStep {
    private static final String COMPANIES = "UNWIND $ids AS id MATCH (c:Company {id: id}) USING INDEX c:Company(id) RETURN c.id AS id";
    /** All outgoing links of a batch of buyers: a single-node seek per buyer, which plans the same way whatever the statistics. */
    private static final String EXISTING = """
            UNWIND $ids AS bid
            MATCH (b:%1$s {id: bid}) USING INDEX b:%1$s(id)
            MATCH (b)-[x:BUYS_FROM]->(s:Facility)
            RETURN bid AS b, s.id AS s, x.commodity AS c, x.share AS share, x.synthetic AS synthetic""";
    private static final String CREATE = """
            UNWIND $rows AS r
            WITH r, r.b AS bid, r.s AS sid
            MATCH (b:%1$s {id: bid}) USING INDEX b:%1$s(id)
            MATCH (s:Facility {id: sid}) USING INDEX s:Facility(id)
            CREATE (b)-[:BUYS_FROM {commodity: r.c, share: r.share, synthetic: r.synthetic}]->(s)""";
    private static final String UPDATE = """
            UNWIND $rows AS r
            WITH r, r.b AS bid, r.s AS sid
            MATCH (b:%1$s {id: bid}) USING INDEX b:%1$s(id)
            MATCH (s:Facility {id: sid}) USING INDEX s:Facility(id)
            MATCH (b)-[x:BUYS_FROM]->(s)
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
        List<String> buyers = rows.stream().map(r -> r.link.buyerId()).distinct().toList();
        Map<String, Map<String, Object>> existing = new HashMap<>();
        Batches.each(buyers, batchSize, batch -> tx.run(EXISTING.formatted(label), Map.of("ids", batch))
                .forEachRemaining(r -> existing.put(key(r.get("b").asString(), r.get("s").asString(), r.get("c").asString(null)),
                        r.asMap())));
        for (int i = 0; i < rows.size(); i++) {
            LinkRow l = rows.get(i).link;
            Map<String, Object> old = existing.get(key(l.buyerId(), l.supplierId(), l.commodity()));
            Map<String, Object> p = params(l, i);
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

    private static String key(String buyer, String supplier, String commodity) {
        return buyer + "\u0000" + supplier + "\u0000" + commodity;
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
