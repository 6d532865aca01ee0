package nl.ketenlens.seed.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ketenlens.graph.IndicatorRow;
import nl.ketenlens.graph.SourceRow;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Writes {@link ReferenceData} to Neo4j with the labels, properties and relationships of graph-schema/README.md:
 * every node is MERGEd by its key and its properties SET from the row, in {@code UNWIND} batches inside one write
 * transaction. Re-running with the same data changes nothing; changed rows overwrite their node's properties and
 * move their relationships.
 *
 * <p>{@link #writeIndicators} is public so that the risk-indicator import can reuse it inside its own transaction.
 */
public final class ReferenceDataWriter {
    /** Rows per UNWIND statement. */
    static final int BATCH = 1_000;

    private final Driver driver;

    public ReferenceDataWriter(Driver driver) {
        this.driver = driver;
    }

    /** Writes everything in one write transaction; on any failure nothing is written. */
    public void write(ReferenceData data) {
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                run(tx, ReferenceCypher.COUNTRIES, data.countries(), ReferenceDataWriter::country);
                run(tx, ReferenceCypher.REGIONS, data.regions(),
                        r -> Map.of("code", r.code(), "name", r.name(), "country", r.country()));
                run(tx, ReferenceCypher.COMMODITIES, data.commodities(), ReferenceDataWriter::commodity);
                run(tx, ReferenceCypher.THEMES, data.themes(), t -> Map.of("code", t.code(), "name", t.name()));
                run(tx, ReferenceCypher.SECTORS, data.sectors(), s -> Map.of("code", s.code(), "name", s.name(),
                        "nameNl", s.nameNl(), "kpmgPage", s.kpmgPage()));
                run(tx, ReferenceCypher.COVENANTS, data.covenants(), ReferenceDataWriter::covenant);
                writeIndicators(tx, data.sources(), data.indicators());
                return null;
            });
        }
    }

    /**
     * MERGEs {@code sources}, then {@code indicators} with their OF_THEME, APPLIES_IN (country, and region if any),
     * FOR_COMMODITY and FROM_SOURCE relationships. The themes, countries, regions and commodities they name must
     * already exist, and each source id must exist or be in {@code sources}; otherwise this throws before writing
     * any indicator, naming up to ten offending ids.
     *
     * @param tx a transaction (or the context of {@code executeWrite}); committing is the caller's business
     */
    public void writeIndicators(SimpleQueryRunner tx, List<SourceRow> sources, List<IndicatorRow> indicators) {
        run(tx, ReferenceCypher.SOURCES, sources, ReferenceDataWriter::source);
        List<Map<String, Object>> rows = indicators.stream().map(ReferenceDataWriter::indicator).toList();
        List<String> missing = new ArrayList<>();
        for (List<Map<String, Object>> batch : batches(rows)) {
            tx.run(ReferenceCypher.MISSING_REFERENCES, Map.of("rows", batch)).list(Record::asMap).stream()
                    .limit(10L - missing.size()).forEach(m -> missing.add(m.get("id") + " " + m.get("missing")));
            if (missing.size() >= 10) {
                break;
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("indicators refer to nodes that do not exist: "
                    + String.join("; ", missing));
        }
        for (List<Map<String, Object>> batch : batches(rows)) {
            tx.run(ReferenceCypher.INDICATORS, Map.of("rows", batch)).consume();
        }
    }

    private static <T> void run(SimpleQueryRunner tx, String cypher, List<T> items,
                                Function<T, Map<String, Object>> toRow) {
        for (List<Map<String, Object>> batch : batches(items.stream().map(toRow).toList())) {
            tx.run(cypher, Map.of("rows", batch)).consume();
        }
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += BATCH) {
            batches.add(items.subList(i, Math.min(items.size(), i + BATCH)));
        }
        return batches;
    }

    /** A parameter map that, unlike {@link Map#of}, accepts null values (they remove the property). */
    private static Map<String, Object> props(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> country(CountryRow c) {
        return props("iso2", c.iso2(), "iso3", c.iso3(), "numeric", c.numeric(), "name", c.name(),
                "m49Region", c.m49Region(), "m49SubRegion", c.m49SubRegion(), "eudrRisk", c.eudrRisk(),
                "wgiVa", c.wgiVa(), "wgiPv", c.wgiPv(), "wgiGe", c.wgiGe(), "wgiRq", c.wgiRq(), "wgiRl", c.wgiRl(),
                "wgiCc", c.wgiCc(), "wgiSource", c.wgiSource());
    }

    private static Map<String, Object> commodity(CommodityRow c) {
        return props("code", c.code(), "name", c.name(), "hs", c.hs(), "category", c.category(),
                "eudr", c.eudr(), "upstream", c.upstream(), "mainProducers", c.mainProducers());
    }

    private static Map<String, Object> covenant(CovenantRow c) {
        return props("code", c.code(), "name", c.name(), "nameNl", c.nameNl(), "sector", c.sector(),
                "signed", c.signed(), "inForce", c.inForce(), "ended", c.ended(), "status", c.status(),
                "marketShareClass", c.marketShareClass(), "facts", c.facts(), "sourceUrl", c.sourceUrl());
    }

    private static Map<String, Object> source(SourceRow s) {
        return props("id", s.id(), "publisher", s.publisher(), "title", s.title(), "edition", s.edition(),
                "year", s.year(), "licence", s.licence(), "url", s.url());
    }

    private static Map<String, Object> indicator(IndicatorRow i) {
        return props("id", i.id(), "theme", i.theme(), "country", i.country(), "region", i.region(),
                "commodity", i.commodity(), "scale", i.scale(), "scope", i.scope(),
                "irremediability", i.irremediability(), "likelihood", i.likelihood(), "basis", i.basis(),
                "sourceId", i.sourceId());
    }
}
