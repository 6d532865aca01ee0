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
 * Company → company supply links (ADR 0017): a Dutch company that also supplies another. The same
 * {@value Rel#BUYS_FROM} relationship as to a facility, one per buyer, supplier and commodity, with share and the
 * optional volume; both ends are matched on the company index. Kept out of {@link LinkStep}, whose statements assume
 * a facility supplier, so the two evolve apart.
 */
final class CompanyLinkStep implements WriteStep {
    private static final String EXISTING = """
            UNWIND $ids AS bid
            MATCH (b:%1$s {%2$s: bid}) USING INDEX b:%1$s(%2$s)
            MATCH (b)-[x:%3$s]->(s:%1$s)
            RETURN bid AS b, s.%2$s AS s, x.commodity AS c, x.share AS share, x.synthetic AS synthetic,
                   x.%4$s AS v, x.%5$s AS u""".formatted(Label.COMPANY, Prop.ID, Rel.BUYS_FROM, Prop.ANNUAL_VOLUME,
            Prop.VOLUME_UNIT);
    private static final String BOTH = """
            UNWIND $rows AS r
            WITH r, r.b AS bid, r.s AS sid
            MATCH (b:%1$s {%2$s: bid}) USING INDEX b:%1$s(%2$s)
            MATCH (s:%1$s {%2$s: sid}) USING INDEX s:%1$s(%2$s)
            """.formatted(Label.COMPANY, Prop.ID);
    private static final String CREATE = BOTH + """
            CREATE (b)-[:%s {commodity: r.c, share: r.share, synthetic: r.synthetic, %s: r.v, %s: r.u}]->(s)"""
            .formatted(Rel.BUYS_FROM, Prop.ANNUAL_VOLUME, Prop.VOLUME_UNIT);
    /** {@code r.sv}: the file has volume columns, so the volume is replaced; otherwise it is kept. */
    private static final String UPDATE = BOTH + """
            MATCH (b)-[x:%1$s]->(s) WHERE x.commodity = r.c
            SET x.share = r.share, x.synthetic = r.synthetic,
                x.%2$s = CASE WHEN r.sv THEN r.v ELSE x.%2$s END, x.%3$s = CASE WHEN r.sv THEN r.u ELSE x.%3$s END"""
            .formatted(Rel.BUYS_FROM, Prop.ANNUAL_VOLUME, Prop.VOLUME_UNIT);

    private final int batchSize;
    private final List<Map<String, Object>> creates = new ArrayList<>();
    private final List<Map<String, Object>> updates = new ArrayList<>();

    CompanyLinkStep(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public void plan(SimpleQueryRunner tx, List<ParsedRow> rows, List<String> warnings) {
        List<ParsedRow> with = rows.stream().filter(r -> r.companyLink != null && r.valid()).toList();
        List<String> buyers = with.stream().map(r -> r.companyLink.buyerId()).distinct().toList();
        Map<String, Map<String, Object>> existing = new HashMap<>();
        Batches.each(buyers, batchSize, batch -> tx.run(EXISTING, Map.of("ids", batch)).forEachRemaining(r ->
                existing.put(LinkStep.key(r.get("b").asString(), r.get("s").asString(), r.get("c").asString(null)),
                        r.asMap())));
        for (ParsedRow row : with) {
            LinkRow l = row.companyLink;
            Map<String, Object> p = params(l, row.volume);
            Map<String, Object> old = existing.get(LinkStep.key(l.buyerId(), l.supplierId(), l.commodity()));
            if (old == null) {
                row.mark(RowStatus.CREATED);
                creates.add(p);
                continue;
            }
            boolean same = Objects.equals(old.get("share"), p.get("share"))
                    && Objects.equals(old.get("synthetic"), p.get("synthetic"))
                    && (row.volume == null || Objects.equals(old.get("v"), p.get("v")) && Objects.equals(old.get("u"), p.get("u")));
            row.mark(same ? RowStatus.UNCHANGED : RowStatus.UPDATED);
            if (!same) {
                updates.add(p);
            }
        }
    }

    private static Map<String, Object> params(LinkRow l, Carried.Volume v) {
        Map<String, Object> p = new HashMap<>();
        p.put("b", l.buyerId());
        p.put("s", l.supplierId());
        p.put("c", l.commodity());
        p.put("share", l.share());
        p.put("synthetic", l.synthetic());
        p.put("sv", v != null);
        p.put("v", v == null ? null : v.amount());
        p.put("u", v == null ? null : v.unit());
        return p;
    }

    @Override
    public void write(SimpleQueryRunner tx) {
        Batches.write(tx, CREATE, creates, batchSize);
        Batches.write(tx, UPDATE, updates, batchSize);
    }

    @Override
    public int changes() {
        return creates.size() + updates.size();
    }
}
