package nl.ketenlens.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ketenlens.graph.SupplyNetwork;
import nl.ketenlens.seed.reference.ReferenceData;
import nl.ketenlens.seed.reference.ReferenceDataReader;
import nl.ketenlens.store.SeedStep;
import nl.ketenlens.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The store a user gets on first start: every seed file fully loaded, the demo network labelled synthetic, and
 * seeding again changing nothing. Other integration tests share this store and add their own (non-SYN) ids, so
 * demo counts look at the generator's id prefix. Run against the embedded store ({@link SeedIT}) and the
 * server image ({@link SeedContainerIT}).
 */
abstract class SeedContract {

    @Autowired
    Driver driver;

    @Autowired
    List<SeedStep> steps;

    private final ReferenceData reference = new ReferenceDataReader().read();
    private final SupplyNetwork demo = SyntheticNetworkGenerator.demo();

    @Test
    void countsPerLabelMatchTheSeedFiles() {
        Map<String, Long> counts = counts();
        assertThat(counts.get("Country")).isEqualTo(reference.countries().size());
        assertThat(counts.get("Commodity")).isEqualTo(reference.commodities().size());
        assertThat(counts.get("RiskTheme")).isEqualTo(reference.themes().size());
        assertThat(counts.get("Sector")).isEqualTo(reference.sectors().size());
        assertThat(counts.get("Covenant")).isEqualTo(reference.covenants().size());
        assertThat(counts.get("Source")).isGreaterThanOrEqualTo(reference.sources().size());
        assertThat(counts.get("RiskIndicator")).isGreaterThanOrEqualTo(reference.indicators().size());
        assertThat(counts.get("demoCompanies")).isEqualTo(demo.companies().size());
        assertThat(counts.get("demoFacilities")).isEqualTo(demo.facilities().size());
        assertThat(counts.get("demoLinks")).isEqualTo(demo.links().size());
        assertThat(counts.get("demoFinancing")).isEqualTo(demo.financing().size());
        assertThat(demo.companies().size()).isGreaterThanOrEqualTo(60);
        assertThat(demo.facilities().size()).isGreaterThanOrEqualTo(800);
    }

    @Test
    void demoNetworkIsLabelledSyntheticEverywhere() {
        long unlabelled = driver.executableQuery("""
                MATCH (n) WHERE (n:Company OR n:Facility) AND n.id STARTS WITH 'SYN-' AND n.synthetic <> true
                RETURN count(n) AS n""").execute().records().get(0).get("n").asLong();
        long unlabelledLinks = driver.executableQuery("""
                MATCH (a)-[l:BUYS_FROM|FINANCES]->(b) WHERE a.id STARTS WITH 'SYN-' AND l.synthetic <> true
                RETURN count(l) AS n""").execute().records().get(0).get("n").asLong();
        assertThat(unlabelled).isZero();
        assertThat(unlabelledLinks).isZero();
    }

    @Test
    void everyIlabRowBecameAnIndicatorWithItsSource() {
        long expected = reference.indicators().stream().filter(i -> i.sourceId().equals("ilab2022")).count();
        var row = driver.executableQuery("""
                MATCH (i:RiskIndicator {sourceId: 'ilab2022'})
                OPTIONAL MATCH (i)-[:FROM_SOURCE]->(s:Source)
                RETURN count(i) AS indicators, count(s) AS sourced,
                       collect(DISTINCT s.publisher)[0] AS publisher, collect(DISTINCT s.year) AS years""")
                .execute().records().get(0);
        assertThat(expected).isGreaterThanOrEqualTo(467);
        assertThat(row.get("indicators").asLong()).isEqualTo(expected);
        assertThat(row.get("sourced").asLong()).isEqualTo(expected);
        assertThat(row.get("publisher").asString()).contains("Department of Labor");
        assertThat(row.get("years").asList()).containsExactly(2022L);
    }

    @Test
    void indicatorCountsPerSourceAndThemeEqualThoseDerivedFromTheFiles() {
        Map<String, Long> expected = new TreeMap<>();
        reference.indicators().forEach(i -> expected.merge(i.sourceId() + "/" + i.theme(), 1L, Long::sum));
        Map<String, Long> seeded = new TreeMap<>();
        driver.executableQuery("""
                MATCH (i:RiskIndicator)-[:FROM_SOURCE]->(s:Source) WHERE s.id IN $ids
                RETURN s.id + '/' + i.theme AS key, count(i) AS n""")
                .withParameters(Map.of("ids", reference.sources().stream().map(s -> s.id()).toList()))
                .execute().records().forEach(r -> seeded.put(r.get("key").asString(), r.get("n").asLong()));
        assertThat(seeded).containsAllEntriesOf(expected);
        assertThat(expected.keySet()).contains("ilo_sdg882/freedom_of_association", "ilo_sdg881/health_safety",
                "wb_pov300/living_wage", "ilo_lfpr/gender", "wdi_pm25/pollution", "gcb2024/ghg", "edgar2024/ghg",
                "fao_fra2020/deforestation", "fao_fra2020/biodiversity");
        long proxies = driver.executableQuery("""
                MATCH (i:RiskIndicator) WHERE i.proxy AND i.sourceId IN ['wb_pov300', 'fao_fra2020']
                RETURN count(i) AS n""").execute().records().get(0).get("n").asLong();
        assertThat(proxies).isEqualTo(expected.get("wb_pov300/living_wage") + expected.get("fao_fra2020/deforestation")
                + expected.get("fao_fra2020/biodiversity"));
    }

    @Test
    void covenantStatusIsAFactAsOfADateCitingTheLetter() {
        var coal = driver.executableQuery("MATCH (v:Covenant {code: 'coal'}) RETURN v").execute().records().get(0)
                .get("v");
        assertThat(coal.get("marketShareClass").asString()).isEqualTo(">90%");
        assertThat(coal.get("statusAsOf").asString()).isEqualTo("2020");
        var stone = driver.executableQuery("MATCH (v:Covenant {code: 'natural_stone'}) RETURN v").execute().records()
                .get(0).get("v");
        assertThat(stone.get("statusAsOf").asString()).isEqualTo("2022-04-07");
        assertThat(stone.get("statusSource").asString()).isEqualTo("Kamerstuk 26 485, letter of 7 April 2022");
        assertThat(stone.get("statusHistory").asList()).hasSize(2);
    }

    @Test
    void seedingAgainChangesNothing() {
        Map<String, Long> before = counts();
        steps.forEach(step -> step.load(driver));
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String label : List.of("Country", "Region", "Commodity", "RiskTheme", "RiskIndicator", "Source", "Sector",
                "Covenant")) {
            counts.put(label, count("MATCH (n:" + label + ") RETURN count(n) AS n"));
        }
        counts.put("demoCompanies", count("MATCH (n:Company) WHERE n.id STARTS WITH 'SYN-' RETURN count(n) AS n"));
        counts.put("demoFacilities", count("MATCH (n:Facility) WHERE n.id STARTS WITH 'SYN-' RETURN count(n) AS n"));
        counts.put("demoLinks", count("MATCH (a)-[l:BUYS_FROM]->() WHERE a.id STARTS WITH 'SYN-' RETURN count(l) AS n"));
        counts.put("demoFinancing", count("MATCH (a)-[l:FINANCES]->() WHERE a.id STARTS WITH 'SYN-' RETURN count(l) AS n"));
        counts.put("relationships", count("MATCH ()-[r]->() RETURN count(r) AS n"));
        return counts;
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
    }
}
