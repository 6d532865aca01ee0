package nl.ketenlens.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Rel;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The one writer of risk indicators and their sources, used by the reference seed and by the risk import, so
 * seeded and imported indicators look the same in the graph. Keys are MERGEd and properties SET explicitly (a
 * property whose value became null is removed); links to a node other than the row's current target are deleted
 * first, so a changed row moves its links instead of adding new ones.
 */
public final class IndicatorWriter {
    /** Rows per UNWIND statement. */
    static final int BATCH = 1_000;

    private static final String SOURCES = """
            UNWIND $rows AS row
            MERGE (s:%s {id: row.id})
            SET s.publisher = row.publisher, s.title = row.title, s.edition = row.edition, s.year = row.year,
                s.licence = row.licence, s.url = row.url
            """.formatted(Label.SOURCE);

    /**
     * Returns {id, missing} for every row whose theme, country, region, commodity (or one of its commodity list) or
     * source node is absent.
     */
    private static final String MISSING_REFERENCES = """
            UNWIND $rows AS row
            OPTIONAL MATCH (t:%s {code: row.theme})
            OPTIONAL MATCH (c:%s {iso2: row.country})
            OPTIONAL MATCH (r:%s {code: row.region})
            OPTIONAL MATCH (m:%s {code: row.commodity})
            OPTIONAL MATCH (s:%s {id: row.sourceId})
            WITH row, t, c, r, m, s, [code IN row.commodities WHERE NOT EXISTS { MATCH (:%4$s {code: code}) }] AS absent
            WITH row, [x IN [
                CASE WHEN t IS NULL THEN 'theme ' + row.theme END,
                CASE WHEN c IS NULL THEN 'country ' + row.country END,
                CASE WHEN row.region IS NOT NULL AND r IS NULL THEN 'region ' + row.region END,
                CASE WHEN row.commodity IS NOT NULL AND m IS NULL THEN 'commodity ' + row.commodity END,
                CASE WHEN s IS NULL THEN 'source ' + row.sourceId END,
                CASE WHEN size(absent) > 0 THEN 'commodities ' + reduce(a = '', y IN absent | a + CASE a WHEN '' THEN '' ELSE ', ' END + y) END]
                WHERE x IS NOT NULL] AS missing
            WHERE size(missing) > 0
            RETURN row.id AS id, missing
            """.formatted(Label.RISK_THEME, Label.COUNTRY, Label.REGION, Label.COMMODITY, Label.SOURCE);

    private static final String INDICATORS = """
            UNWIND $rows AS row
            MATCH (t:%s {code: row.theme})
            MATCH (c:%s {iso2: row.country})
            MATCH (s:%s {id: row.sourceId})
            OPTIONAL MATCH (r:%s {code: row.region})
            OPTIONAL MATCH (m:%s {code: row.commodity})
            MERGE (i:%s {id: row.id})
            SET i.theme = row.theme, i.country = row.country, i.region = row.region, i.commodity = row.commodity,
                i.scale = row.scale, i.scope = row.scope, i.irremediability = row.irremediability,
                i.likelihood = row.likelihood, i.basis = row.basis, i.sourceId = row.sourceId,
                i.proxy = row.proxy, i.observedYear = row.observedYear, i.unknown = row.unknown,
                i.stages = row.stages,
                i.commodities = CASE WHEN size(row.commodities) = 0 THEN null ELSE row.commodities END,
                i.facilityTypes = CASE WHEN size(row.facilityTypes) = 0 THEN null ELSE row.facilityTypes END
            WITH i, t, c, s, r, m
            CALL (i, t, c, s, r, m) {
              MATCH (i)-[old:%s|%s|%s|%s]->(x)
              WHERE NOT x IN [y IN [t, c, s, r, m] WHERE y IS NOT NULL]
              DELETE old }
            MERGE (i)-[:%7$s]->(t)
            MERGE (i)-[:%8$s]->(c)
            MERGE (i)-[:%10$s]->(s)
            FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (i)-[:%8$s]->(r))
            FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | MERGE (i)-[:%9$s]->(m))
            """.formatted(Label.RISK_THEME, Label.COUNTRY, Label.SOURCE, Label.REGION, Label.COMMODITY,
            Label.RISK_INDICATOR, Rel.OF_THEME, Rel.APPLIES_IN, Rel.FOR_COMMODITY, Rel.FROM_SOURCE);

    private IndicatorWriter() {
    }

    /**
     * MERGEs {@code sources}, then {@code indicators} with their OF_THEME, APPLIES_IN (country, and region if any),
     * FOR_COMMODITY and FROM_SOURCE relationships. The themes, countries, regions and commodities they name must
     * already exist, and each source id must exist or be in {@code sources}; otherwise this throws before writing
     * any indicator, naming up to ten offending ids.
     *
     * @param tx a transaction (or the context of {@code executeWrite}); committing is the caller's business
     */
    public static void write(SimpleQueryRunner tx, List<SourceRow> sources, List<IndicatorRow> indicators) {
        Batches.write(tx, SOURCES, sources.stream().map(IndicatorWriter::source).toList(), BATCH);
        List<Map<String, Object>> rows = indicators.stream().map(IndicatorWriter::indicator).toList();
        List<String> missing = missing(tx, rows);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("indicators refer to nodes that do not exist: "
                    + String.join("; ", missing));
        }
        Batches.write(tx, INDICATORS, rows, BATCH);
    }

    /** Up to ten "id [what is missing]" entries. */
    private static List<String> missing(SimpleQueryRunner tx, List<Map<String, Object>> rows) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < rows.size() && missing.size() < 10; i += BATCH) {
            List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + BATCH));
            tx.run(MISSING_REFERENCES, Map.of("rows", batch)).list(Record::asMap).stream()
                    .limit(10L - missing.size()).forEach(m -> missing.add(m.get("id") + " " + m.get("missing")));
        }
        return missing;
    }

    private static Map<String, Object> source(SourceRow s) {
        return Batches.row("id", s.id(), "publisher", s.publisher(), "title", s.title(), "edition", s.edition(),
                "year", s.year(), "licence", s.licence(), "url", s.url());
    }

    private static Map<String, Object> indicator(IndicatorRow i) {
        return Batches.row("id", i.id(), "theme", i.theme(), "country", i.country(), "region", i.region(),
                "commodity", i.commodity(), "scale", i.scale(), "scope", i.scope(),
                "irremediability", i.irremediability(), "likelihood", i.likelihood(), "basis", i.basis(),
                "sourceId", i.sourceId(), "proxy", i.proxy(), "observedYear", i.observedYear(),
                "unknown", i.unknown(), "stages", i.stages(), "commodities", i.commodities(),
                "facilityTypes", i.facilityTypes());
    }
}
