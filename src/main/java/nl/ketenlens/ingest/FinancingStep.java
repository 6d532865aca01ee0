package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.ketenlens.graph.Batches;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import nl.ketenlens.graph.Schema.Rel;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * {@value Rel#FINANCES} links from a bank, insurer or pension fund to a company it finances or invests in (ADR 0017),
 * one per pair, with the optional amount in EUR. The financier must be a {@value Label#FINANCIAL_INSTITUTION} (a
 * company imported with kind bank, insurer or pension_fund) and the financed one a company that is not: the
 * analyses follow a financing link only from the financier, into the financed company's own chain.
 */
final class FinancingStep implements WriteStep {
    private static final String KINDS = """
            UNWIND $ids AS id
            MATCH (c:%1$s {%2$s: id}) USING INDEX c:%1$s(%2$s)
            RETURN id, c:%3$s AS fi""".formatted(Label.COMPANY, Prop.ID, Label.FINANCIAL_INSTITUTION);
    private static final String EXISTING = """
            UNWIND $ids AS aid
            MATCH (a:%1$s {%2$s: aid}) USING INDEX a:%1$s(%2$s)
            MATCH (a)-[x:%3$s]->(b:%1$s)
            RETURN aid AS a, b.%2$s AS b, x.%4$s AS amount, x.synthetic AS synthetic"""
            .formatted(Label.COMPANY, Prop.ID, Rel.FINANCES, Prop.AMOUNT);
    private static final String BOTH = """
            UNWIND $rows AS r
            WITH r, r.a AS aid, r.b AS bid
            MATCH (a:%1$s {%2$s: aid}) USING INDEX a:%1$s(%2$s)
            MATCH (b:%1$s {%2$s: bid}) USING INDEX b:%1$s(%2$s)
            """.formatted(Label.COMPANY, Prop.ID);
    private static final String CREATE = BOTH + "CREATE (a)-[:%s {%s: r.amount, synthetic: r.synthetic}]->(b)"
            .formatted(Rel.FINANCES, Prop.AMOUNT);
    private static final String UPDATE = BOTH + "MATCH (a)-[x:%s]->(b) SET x.%s = r.amount, x.synthetic = r.synthetic"
            .formatted(Rel.FINANCES, Prop.AMOUNT);

    private final int batchSize;
    private final List<Map<String, Object>> creates = new ArrayList<>();
    private final List<Map<String, Object>> updates = new ArrayList<>();

    FinancingStep(int batchSize) {
        this.batchSize = batchSize;
    }

    /** Both ends must be companies in the graph (before the transaction; kinds are checked while planning). */
    static void unknownIds(List<ParsedRow> rows, ReferenceLookup refs) {
        Set<String> ids = new HashSet<>();
        rows.stream().filter(r -> r.financing != null).forEach(r -> {
            ids.add(Objects.requireNonNullElse(r.financing.financierId(), ""));
            ids.add(Objects.requireNonNullElse(r.financing.companyId(), ""));
        });
        Set<String> companies = refs.existingCompanies(ids);
        for (ParsedRow r : rows) {
            Carried.Financing f = r.financing;
            if (f == null) {
                continue;
            }
            if (f.financierId() != null && !companies.contains(f.financierId())) {
                r.error("financier_id", "unknown company '" + f.financierId()
                        + "' (import financiers as companies with kind bank, insurer or pension_fund)");
            }
            if (f.companyId() != null && !companies.contains(f.companyId())) {
                r.error("company_id", "unknown company '" + f.companyId() + "'");
            }
        }
    }

    @Override
    public void plan(SimpleQueryRunner tx, List<ParsedRow> rows, List<String> warnings) {
        List<ParsedRow> with = rows.stream().filter(r -> r.financing != null && r.valid()).toList();
        Map<String, Boolean> fi = new HashMap<>();
        List<String> ids = with.stream().flatMap(r -> java.util.stream.Stream.of(r.financing.financierId(),
                r.financing.companyId())).distinct().toList();
        Batches.each(ids, batchSize, b -> tx.run(KINDS, Map.of("ids", b))
                .forEachRemaining(r -> fi.put(r.get("id").asString(), r.get("fi").asBoolean())));
        Map<String, Map<String, Object>> existing = new HashMap<>();
        Batches.each(with.stream().map(r -> r.financing.financierId()).distinct().toList(), batchSize, b ->
                tx.run(EXISTING, Map.of("ids", b)).forEachRemaining(r ->
                        existing.put(r.get("a").asString() + "\u0000" + r.get("b").asString(), r.asMap())));
        for (ParsedRow row : with) {
            Carried.Financing f = row.financing;
            if (!fi.getOrDefault(f.financierId(), false)) {
                row.error("financier_id", "'" + f.financierId() + "' is not a bank, insurer or pension fund (its "
                        + "kind in the companies file decides)");
            }
            if (fi.getOrDefault(f.companyId(), false)) {
                row.error("company_id", "'" + f.companyId() + "' is itself a financial institution; financing "
                        + "between financial institutions is not modelled");
            }
            if (!row.valid()) {
                continue;
            }
            Map<String, Object> p = new HashMap<>();
            p.put("a", f.financierId());
            p.put("b", f.companyId());
            p.put("amount", f.amount());
            p.put("synthetic", f.synthetic());
            Map<String, Object> old = existing.get(f.financierId() + "\u0000" + f.companyId());
            if (old == null) {
                row.mark(RowStatus.CREATED);
                creates.add(p);
            } else if (Objects.equals(old.get("amount"), f.amount()) && Objects.equals(old.get("synthetic"), f.synthetic())) {
                row.mark(RowStatus.UNCHANGED);
            } else {
                row.mark(RowStatus.UPDATED);
                updates.add(p);
            }
        }
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
