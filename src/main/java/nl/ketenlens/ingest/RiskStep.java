package nl.ketenlens.ingest;

import nl.ketenlens.graph.Batches;
import nl.ketenlens.graph.IndicatorRow;
import nl.ketenlens.graph.IndicatorWriter;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.SourceRow;
import org.neo4j.driver.SimpleQueryRunner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Risk indicators and their sources. Ids are derived from the content ({@link RiskRow#id()}),
 * so a re-import of the same source updates its figures. The diff is ours; the writing is
 * {@link IndicatorWriter}, the one the reference seed uses too, run in the import's transaction,
 * so imported and seeded indicators look the same in the graph.
 */
final class RiskStep implements WriteStep {
    private static final String EXISTING = """
            UNWIND $ids AS id
            MATCH (i:%1$s {id: id}) USING INDEX i:%1$s(id)
            OPTIONAL MATCH (s:%2$s {id: i.sourceId})
            RETURN i.id AS id, i{.theme, .country, .region, .commodity, .scale, .scope, .irremediability,
                   .likelihood, .basis, .sourceId} AS p, s{.publisher, .title, .edition, .year, .url} AS src"""
            .formatted(Label.RISK_INDICATOR, Label.SOURCE);

    private final int batchSize;
    private final List<IndicatorRow> indicators = new ArrayList<>();
    private final Map<String, SourceRow> sources = new LinkedHashMap<>();

    RiskStep(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public void plan(SimpleQueryRunner tx, List<ParsedRow> rows, List<String> warnings) {
        Map<String, Map<String, Object>> existing = new HashMap<>();
        List<String> ids = rows.stream().map(r -> r.risk.id()).toList();
        Batches.each(ids, batchSize, batch -> tx.run(EXISTING, Map.of("ids", batch)).forEachRemaining(r -> {
            Map<String, Object> state = new HashMap<>();
            state.put("props", new HashMap<>(r.get("p").asMap()));
            state.put("src", r.get("src").isNull() ? null : new HashMap<>(r.get("src").asMap()));
            existing.put(r.get("id").asString(), state);
        }));
        for (ParsedRow row : rows) {
            IndicatorRow indicator = row.risk.indicator();
            SourceRow source = row.risk.source();
            Map<String, Object> state = new HashMap<>();
            state.put("props", props(indicator));
            state.put("src", source(source));
            Map<String, Object> old = existing.get(indicator.id());
            RowStatus status = old == null ? RowStatus.CREATED : old.equals(state) ? RowStatus.UNCHANGED : RowStatus.UPDATED;
            row.mark(status);
            if (status != RowStatus.UNCHANGED) {
                indicators.add(indicator);
                sources.putIfAbsent(source.id(), source);
            }
        }
    }

    private static Map<String, Object> props(IndicatorRow i) {
        Map<String, Object> p = new HashMap<>();
        p.put("theme", i.theme());
        p.put("country", i.country());
        p.put("region", i.region());
        p.put("commodity", i.commodity());
        p.put("scale", (long) i.scale());
        p.put("scope", (long) i.scope());
        p.put("irremediability", (long) i.irremediability());
        p.put("likelihood", i.likelihood());
        p.put("basis", i.basis());
        p.put("sourceId", i.sourceId());
        return p;
    }

    private static Map<String, Object> source(SourceRow s) {
        Map<String, Object> m = new HashMap<>();
        m.put("publisher", s.publisher());
        m.put("title", s.title());
        m.put("edition", s.edition());
        m.put("year", s.year() == null ? null : s.year().longValue());
        m.put("url", s.url());
        return m;
    }

    @Override
    public void write(SimpleQueryRunner tx) {
        if (!indicators.isEmpty()) {
            IndicatorWriter.write(tx, List.copyOf(sources.values()), indicators);
        }
    }

    @Override
    public int changes() {
        return indicators.size();
    }
}
