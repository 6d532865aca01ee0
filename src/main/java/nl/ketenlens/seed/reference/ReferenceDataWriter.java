package nl.ketenlens.seed.reference;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ketenlens.graph.Batches;
import nl.ketenlens.graph.IndicatorWriter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Writes {@link ReferenceData} to Neo4j with the labels, properties and relationships of graph-schema/README.md:
 * every node is MERGEd by its key and its properties SET from the row, in {@code UNWIND} batches inside one write
 * transaction. Re-running with the same data changes nothing; changed rows overwrite their node's properties and
 * move their relationships.
 *
 * <p>Sources and indicators go through {@link IndicatorWriter}, the writer the risk-indicator import uses too.
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
                IndicatorWriter.write(tx, data.sources(), data.indicators());
                tx.run(ReferenceCypher.RETIRED_INDICATORS, Map.of(
                        "sources", data.sources().stream().map(s -> s.id()).toList(),
                        "ids", data.indicators().stream().map(i -> i.id()).toList())).consume();
                return null;
            });
        }
    }

    private static <T> void run(SimpleQueryRunner tx, String cypher, List<T> items,
                                Function<T, Map<String, Object>> toRow) {
        Batches.write(tx, cypher, items.stream().map(toRow).toList(), BATCH);
    }

    private static Map<String, Object> country(CountryRow c) {
        return Batches.row("iso2", c.iso2(), "iso3", c.iso3(), "numeric", c.numeric(), "name", c.name(),
                "m49Region", c.m49Region(), "m49SubRegion", c.m49SubRegion(), "eudrRisk", c.eudrRisk(),
                "wgiVa", c.wgiVa(), "wgiPv", c.wgiPv(), "wgiGe", c.wgiGe(), "wgiRq", c.wgiRq(), "wgiRl", c.wgiRl(),
                "wgiCc", c.wgiCc(), "wgiSource", c.wgiSource());
    }

    private static Map<String, Object> commodity(CommodityRow c) {
        return Batches.row("code", c.code(), "name", c.name(), "hs", c.hs(), "category", c.category(),
                "eudr", c.eudr(), "upstream", c.upstream(), "mainProducers", c.mainProducers(),
                "parent", c.parent(), "ancestors", c.ancestors());
    }

    private static Map<String, Object> covenant(CovenantRow c) {
        return Batches.row("code", c.code(), "name", c.name(), "nameNl", c.nameNl(), "sector", c.sector(),
                "signed", c.signed(), "inForce", c.inForce(), "ended", c.ended(), "status", c.status(),
                "marketShareClass", c.marketShareClass(), "facts", c.facts(), "sourceUrl", c.sourceUrl(),
                "statusAsOf", c.statusAsOf(), "statusSource", c.statusSource(), "statusHistory", c.statusHistory(),
                "priorityThemes", c.priorityThemes());
    }
}
