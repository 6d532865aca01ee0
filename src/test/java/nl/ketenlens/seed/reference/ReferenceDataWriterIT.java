package nl.ketenlens.seed.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ketenlens.graph.IndicatorRow;
import nl.ketenlens.graph.IndicatorWriter;
import nl.ketenlens.graph.SourceRow;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

/** The writer against the embedded store, which the reference seed step has already filled with this writer. */
@EmbeddedStoreTest
class ReferenceDataWriterIT {
    private static final String TEST_SOURCE = "it-refdata-writer";

    @Autowired
    Driver driver;

    @AfterEach
    void removeTestNodes() {
        driver.executableQuery("MATCH (n) WHERE n:RiskIndicator AND n.sourceId = $s OR n:Source AND n.id = $s "
                + "DETACH DELETE n").withParameters(Map.of("s", TEST_SOURCE)).execute();
    }

    @Test
    void seededReferenceDataHasTheExpectedNodesAndLinks() {
        ReferenceData data = new ReferenceDataReader().read();

        assertThat(count("MATCH (n:Country) RETURN count(n) AS n")).isEqualTo(data.countries().size());
        assertThat(count("MATCH (:Region)-[:PART_OF]->(:Country) RETURN count(*) AS n")).isEqualTo(234);
        assertThat(count("MATCH (:Covenant)-[:FOR_SECTOR]->(:Sector) RETURN count(*) AS n")).isEqualTo(13);
        long seeded = driver.executableQuery("MATCH (i:RiskIndicator) WHERE i.sourceId IN $ids RETURN count(i) AS n")
                .withParameters(Map.of("ids", data.sources().stream().map(s -> s.id()).toList())).execute()
                .records().get(0).get("n").asLong();
        assertThat(seeded).isEqualTo(data.indicators().size());
        Map<String, Object> poverty = driver.executableQuery(
                "MATCH (i:RiskIndicator {id: 'wb_pov300:living_wage:AO:*'}) RETURN i").execute().records().get(0)
                .get("i").asMap();
        assertThat(poverty).containsEntry("proxy", true).containsEntry("observedYear", 2018L)
                .doesNotContainKey("commodity");
        List<String> links = driver.executableQuery("""
                MATCH (i:RiskIndicator {id: 'cahra2026:conflict:CD-NK:tantalum_ore'})-[r]->(x)
                RETURN type(r) + '->' + coalesce(x.code, x.iso2, x.id) AS link ORDER BY link""")
                .execute().records().stream().map(r -> r.get("link").asString()).toList();
        assertThat(links).containsExactly("APPLIES_IN->CD", "APPLIES_IN->CD-NK", "FOR_COMMODITY->tantalum_ore",
                "FROM_SOURCE->cahra2026", "OF_THEME->conflict");
        Map<String, Object> country = driver.executableQuery("MATCH (c:Country {iso2: 'MM'}) RETURN c")
                .execute().records().get(0).get("c").asMap();
        assertThat(country).containsEntry("eudrRisk", "high").containsEntry("iso3", "MMR")
                .containsEntry("wgiSource", "wgi2023");
        Map<String, Object> electronics = driver.executableQuery("MATCH (m:Commodity {code: 'electronics'}) RETURN m")
                .execute().records().get(0).get("m").asMap();
        assertThat(electronics).containsEntry("hs", "85").containsEntry("eudr", false)
                .containsEntry("upstream", List.of("tin", "tantalum", "tungsten", "gold", "cobalt", "mica"));
    }

    @Test
    void writingAgainChangesNothing() {
        Map<String, Long> before = counts();

        new ReferenceDataWriter(driver).write(new ReferenceDataReader().read());

        assertThat(counts()).isEqualTo(before);
    }

    /**
     * A store seeded before ADR 0023 holds EDGAR agriculture per commodity ({@code edgar2024:ghg:BR:soy}); seeding
     * again retires such rows of the reference sources, and leaves indicators of other (imported) sources alone.
     */
    @Test
    void writingAgainRetiresReferenceRowsTheSetNoLongerHasButNotImportedOnes() {
        String retired = IndicatorRow.id("edgar2024", "ghg", "BR", null, "soy");
        String imported = IndicatorRow.id(TEST_SOURCE, "ghg", "BR", null, "soy");
        write(List.of(new SourceRow(TEST_SOURCE, "test", "writer IT", null, null, null, null)), List.of(
                new IndicatorRow(retired, "ghg", "BR", null, "soy", 2, 3, 4, 0.5, "before ADR 0023", "edgar2024"),
                new IndicatorRow(imported, "ghg", "BR", null, "soy", 2, 3, 4, 0.5, "an import", TEST_SOURCE)));

        new ReferenceDataWriter(driver).write(new ReferenceDataReader().read());

        assertThat(count("MATCH (i:RiskIndicator {id: '" + retired + "'}) RETURN count(i) AS n")).isZero();
        assertThat(count("MATCH (i:RiskIndicator {id: '" + imported + "'}) RETURN count(i) AS n")).isEqualTo(1);
        assertThat(count("MATCH (i:RiskIndicator {id: 'edgar2024:ghg:BR:agriculture'}) RETURN count(i) AS n"))
                .isEqualTo(1);
    }

    @Test
    void writeIndicatorsMovesLinksWhenARowChanges() {
        SourceRow source = new SourceRow(TEST_SOURCE, "test", "writer IT", null, null, null, null);
        String id = IndicatorRow.id(TEST_SOURCE, "child_labour", "GH", null, "cocoa");
        IndicatorRow cocoa = new IndicatorRow(id, "child_labour", "GH", null, "cocoa", 4, 3, 4, 0.7, "test", TEST_SOURCE);
        IndicatorRow allCommodities = new IndicatorRow(id, "child_labour", "GH", null, null, 4, 3, 4, 0.6, "test",
                TEST_SOURCE);

        write(List.of(source), List.of(cocoa));
        assertThat(linksOf(id)).containsExactly("APPLIES_IN->GH", "FOR_COMMODITY->cocoa",
                "FROM_SOURCE->" + TEST_SOURCE, "OF_THEME->child_labour");

        write(List.of(), List.of(allCommodities));
        assertThat(linksOf(id)).containsExactly("APPLIES_IN->GH", "FROM_SOURCE->" + TEST_SOURCE,
                "OF_THEME->child_labour");
        assertThat(count("MATCH (i:RiskIndicator {id: '" + id + "'}) WHERE i.commodity IS NULL "
                + "AND i.likelihood = 0.6 RETURN count(i) AS n")).isEqualTo(1);
    }

    @Test
    void indicatorsNamingMissingNodesAreRejectedBeforeAnythingIsWritten() {
        SourceRow source = new SourceRow(TEST_SOURCE, "test", "writer IT", null, null, null, null);
        IndicatorRow bad = new IndicatorRow(TEST_SOURCE + ":1", "child_labour", "GH", "GH-XX", "unobtainium",
                1, 1, 1, 0.1, "test", TEST_SOURCE);

        assertThatThrownBy(() -> write(List.of(source), List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TEST_SOURCE + ":1 [region GH-XX, commodity unobtainium]");
        assertThat(count("MATCH (s:Source {id: '" + TEST_SOURCE + "'}) RETURN count(s) AS n")).isZero();
    }

    @Test
    void anIndicatorWhoseCommodityListNamesAnUnknownCodeIsRejected() {
        SourceRow source = new SourceRow(TEST_SOURCE, "test", "writer IT", null, null, null, null);
        IndicatorRow bad = new IndicatorRow(TEST_SOURCE + ":2", "ghg", "GH", null, null, 2, 3, 4, 0.1, "test",
                TEST_SOURCE, false, null, List.of(), List.of(), List.of("cocoa", "unobtainium", "moonrock"),
                List.of("farm"));

        assertThatThrownBy(() -> write(List.of(source), List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TEST_SOURCE + ":2 [commodities unobtainium, moonrock]");
    }

    private void write(List<SourceRow> sources, List<IndicatorRow> indicators) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> IndicatorWriter.write(tx, sources, indicators));
        }
    }

    private List<String> linksOf(String id) {
        return driver.executableQuery("""
                MATCH (i:RiskIndicator {id: $id})-[r]->(x)
                RETURN type(r) + '->' + coalesce(x.code, x.iso2, x.id) AS link ORDER BY link""")
                .withParameters(Map.of("id", id)).execute().records().stream()
                .map(r -> r.get("link").asString()).toList();
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        driver.executableQuery("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c").execute().records()
                .forEach(r -> counts.put(r.get("l").asString(), r.get("c").asLong()));
        driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c").execute().records()
                .forEach(r -> counts.put("rel:" + r.get("t").asString(), r.get("c").asLong()));
        return counts;
    }
}
