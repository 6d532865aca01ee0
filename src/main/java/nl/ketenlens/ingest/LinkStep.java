package nl.ketenlens.ingest;

import nl.ketenlens.graph.Batches;
import nl.ketenlens.graph.GraphChange;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Rel;
import org.neo4j.driver.SimpleQueryRunner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Supply links ({@value Rel#BUYS_FROM}, one per buyer, supplier and commodity). Buyers that are
 * companies and buyers that are facilities go to separate statements so each one matches on a
 * label with a unique index. Ids are first projected to plain variables and each node is matched
 * in its own clause with a {@code USING INDEX} hint: with {@code r.b} inside one two-node pattern
 * (and stale statistics right after a big facilities import) the planner chose an index scan per
 * row (seen: 200 s instead of a few for 58,000 links). New links are {@code CREATE}d (the diff proved they are absent),
 * changed ones updated in place. The create path resolves every end to its element id once, then creates by id
 * from positional rows (ADR 0011: measured against the index-seek form).
 */
final class LinkStep implements WriteStep {
    private static final String COMPANIES = "UNWIND $ids AS id MATCH (c:%1$s {id: id}) USING INDEX c:%1$s(id) RETURN c.id AS id"
            .formatted(Label.COMPANY);
    /** Buyer labels; the statements below take the buyer's label as their first argument. */
    private static final List<String> BUYERS = List.of(Label.COMPANY, Label.FACILITY);
    /** All outgoing links of a batch of buyers: a single-node seek per buyer, which plans the same way whatever the statistics. */
    private static final String EXISTING = """
            UNWIND $ids AS bid
            MATCH (b:%1$s {id: bid}) USING INDEX b:%1$s(id)
            MATCH (b)-[x:%2$s]->(s:%3$s)
            RETURN bid AS b, s.id AS s, x.commodity AS c, x.share AS share, x.synthetic AS synthetic""";
    /**
     * The existing links of exactly the given buyer–supplier pairs, for a links file streamed in batches: reading all
     * outgoing links of each batch's buyers would re-read what earlier batches of the same file wrote (quadratic
     * when a buyer's rows are spread through the file).
     */
    private static final String EXISTING_PAIRS = """
            UNWIND $pairs AS p
            WITH p[0] AS bid, p[1] AS sid
            MATCH (b:%1$s {id: bid}) USING INDEX b:%1$s(id)
            MATCH (s:%3$s {id: sid}) USING INDEX s:%3$s(id)
            MATCH (b)-[x:%2$s]->(s)
            RETURN bid AS b, sid AS s, x.commodity AS c, x.share AS share, x.synthetic AS synthetic""";
    /**
     * Node element ids of companies or facilities, resolved once per import so that {@link #CREATE} seeks each end
     * by id instead of through the unique index (two index seeks and two shared index-entry locks per link).
     */
    private static final String RESOLVE = "UNWIND $ids AS id MATCH (n:%1$s {id: id}) USING INDEX n:%1$s(id) RETURN id, elementId(n) AS e";
    /**
     * New links as positional rows {@code [buyer element id, supplier element id, commodity, share, synthetic]}:
     * lists instead of maps halve what Bolt packs and unpacks per row, and both ends are id seeks.
     */
    private static final String CREATE = """
            UNWIND $rows AS r
            MATCH (b) WHERE elementId(b) = r[0]
            MATCH (s) WHERE elementId(s) = r[1]
            CREATE (b)-[:%s {commodity: r[2], share: r[3], synthetic: r[4]}]->(s)""".formatted(Rel.BUYS_FROM);
    private static final String UPDATE = """
            UNWIND $rows AS r
            WITH r, r.b AS bid, r.s AS sid
            MATCH (b:%1$s {id: bid}) USING INDEX b:%1$s(id)
            MATCH (s:%3$s {id: sid}) USING INDEX s:%3$s(id)
            MATCH (b)-[x:%2$s]->(s)
            WHERE x.commodity = r.c
            SET x.share = r.share, x.synthetic = r.synthetic""";

    private final int batchSize;
    private final boolean byPair;
    private final List<LinkRow> creates = new ArrayList<>();
    private final Set<String> companyBuyers = new HashSet<>();
    private final Map<String, List<Map<String, Object>>> updates = Map.of(Label.COMPANY, new ArrayList<>(),
            Label.FACILITY, new ArrayList<>());

    LinkStep(int batchSize) {
        this(batchSize, false);
    }

    /** @param byPair look up existing links per buyer–supplier pair (one batch of a streamed file) instead of per buyer */
    LinkStep(int batchSize, boolean byPair) {
        this.batchSize = batchSize;
        this.byPair = byPair;
    }

    @Override
    public void plan(SimpleQueryRunner tx, List<ParsedRow> rows, List<String> warnings) {
        List<ParsedRow> with = rows.stream().filter(r -> r.link != null && r.valid()).toList();
        Set<String> companies = companies(tx, with.stream().map(r -> r.link.buyerId()).distinct().toList());
        companyBuyers.addAll(companies);
        for (String label : BUYERS) {
            List<ParsedRow> part = with.stream()
                    .filter(r -> companies.contains(r.link.buyerId()) == label.equals(Label.COMPANY)).toList();
            plan(tx, label, part);
        }
    }

    private Set<String> companies(SimpleQueryRunner tx, List<String> ids) {
        Set<String> found = new HashSet<>();
        Batches.each(ids, batchSize, b -> tx.run(COMPANIES, Map.of("ids", b)).forEachRemaining(r -> found.add(r.get("id").asString())));
        return found;
    }

    private void plan(SimpleQueryRunner tx, String label, List<ParsedRow> rows) {
        Map<String, Map<String, Object>> existing = new HashMap<>();
        if (byPair) {
            List<List<String>> pairs = rows.stream().map(r -> List.of(r.link.buyerId(), r.link.supplierId()))
                    .distinct().toList();
            Batches.each(pairs, batchSize, batch -> tx.run(forBuyer(EXISTING_PAIRS, label), Map.of("pairs", batch))
                    .forEachRemaining(r -> existing.put(key(r.get("b").asString(), r.get("s").asString(),
                            r.get("c").asString(null)), r.asMap())));
        } else {
            List<String> buyers = rows.stream().map(r -> r.link.buyerId()).distinct().toList();
            Batches.each(buyers, batchSize, batch -> tx.run(forBuyer(EXISTING, label), Map.of("ids", batch))
                    .forEachRemaining(r -> existing.put(key(r.get("b").asString(), r.get("s").asString(),
                            r.get("c").asString(null)), r.asMap())));
        }
        for (int i = 0; i < rows.size(); i++) {
            LinkRow l = rows.get(i).link;
            Map<String, Object> old = existing.get(key(l.buyerId(), l.supplierId(), l.commodity()));
            Map<String, Object> p = params(l, i);
            RowStatus status = old == null ? RowStatus.CREATED
                    : Objects.equals(old.get("share"), p.get("share")) && Objects.equals(old.get("synthetic"), p.get("synthetic"))
                    ? RowStatus.UNCHANGED : RowStatus.UPDATED;
            rows.get(i).mark(status);
            if (status == RowStatus.CREATED) {
                creates.add(l);
            } else if (status == RowStatus.UPDATED) {
                updates.get(label).add(p);
            }
        }
    }

    /** A supply link's identity (buyer, supplier, commodity) as one map key; used by every links step and check. */
    static String key(String buyer, String supplier, String commodity) {
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

    /** The links this step creates (planned), for the projection's change log. */
    List<LinkRow> created() {
        return creates;
    }

    @Override
    public void write(SimpleQueryRunner tx) {
        if (!creates.isEmpty()) {
            Map<String, String> nodes = resolve(tx);
            List<List<Object>> rows = new ArrayList<>(creates.size());
            for (LinkRow l : creates) {
                rows.add(Arrays.asList(nodes.get(l.buyerId()), nodes.get(l.supplierId()), l.commodity(), l.share(),
                        l.synthetic()));
            }
            Batches.each(rows, batchSize, batch -> tx.run(CREATE, Map.of("rows", batch)).consume());
        }
        for (String label : BUYERS) {
            Batches.write(tx, forBuyer(UPDATE, label), updates.get(label), batchSize);
        }
    }

    /** Element ids of every buyer and supplier of a new link (after this import's facilities were written). */
    private Map<String, String> resolve(SimpleQueryRunner tx) {
        Set<String> companies = new HashSet<>();
        Set<String> facilities = new HashSet<>();
        creates.forEach(l -> {
            (companyBuyers.contains(l.buyerId()) ? companies : facilities).add(l.buyerId());
            facilities.add(l.supplierId());
        });
        Map<String, String> found = new HashMap<>((companies.size() + facilities.size()) * 2);
        Map.of(Label.COMPANY, companies, Label.FACILITY, facilities).forEach((label, ids) ->
                Batches.each(List.copyOf(ids), batchSize, batch -> tx.run(RESOLVE.formatted(Label.require(label)),
                        Map.of("ids", batch)).forEachRemaining(r -> found.put(r.get("id").asString(), r.get("e").asString()))));
        return found;
    }

    /**
     * What a committed import changed, for the projection: the created links when a links step that updated
     * nothing was the only step that changed anything (a links import also runs the volume and company-link steps,
     * which must have written nothing), otherwise an opaque change (facilities, risks, updated shares, volumes,
     * company → company links: rebuild).
     */
    static GraphChange change(List<WriteStep> steps, long revision) {
        boolean othersIdle = steps.stream().skip(1).allMatch(s -> s.changes() == 0);
        if (!steps.isEmpty() && steps.get(0) instanceof LinkStep links && othersIdle
                && links.changes() == links.creates.size()) {
            return new GraphChange(revision - 1, revision, links.creates);
        }
        return GraphChange.opaque(revision - 1, revision);
    }

    /** {@code template} for buyers with {@code label}: %1$s is their label, %2$s the link type, %3$s the supplier's. */
    private static String forBuyer(String template, String label) {
        return template.formatted(Label.require(label), Rel.BUYS_FROM, Label.FACILITY);
    }

    @Override
    public int changes() {
        return creates.size() + updates.values().stream().mapToInt(List::size).sum();
    }
}
