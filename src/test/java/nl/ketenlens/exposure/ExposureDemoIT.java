package nl.ketenlens.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Exposure on the seeded synthetic demo network: a seeded company that reaches gold mined in a country on the
 * ILAB 2022 list for child labour in gold sees that issue, with the ILAB 2022 source, at the mine (ILAB describes
 * the mining stage: refineries and traders in that country do not carry it, docs/adr/0013).
 */
@EmbeddedStoreTest
class ExposureDemoIT {

    @Autowired
    Driver driver;

    @Autowired
    ExposureService exposure;

    @Test
    void seededJewellerSeesChildLabourInGoldWithTheIlab2022Source() {
        List<org.neo4j.driver.Record> found = driver.executableQuery("""
                MATCH (i:RiskIndicator {theme: 'child_labour', commodity: 'gold', sourceId: 'ilab2022'})
                MATCH (m:Facility {country: i.country, type: 'mine'}) WHERE m.synthetic AND 'gold' IN m.commodities
                MATCH (c:Company)-[:BUYS_FROM*1..6]->(m) WHERE c.synthetic AND c.kind = 'company'
                RETURN c.id AS company, m.id AS mine, i.country AS country LIMIT 1""").execute().records();
        assertThat(found).as("the seeded demo network has a jeweller reaching gold from an ILAB child-labour country")
                .isNotEmpty();
        String company = found.get(0).get("company").asString();
        String country = found.get(0).get("country").asString();

        ExposureReport r = exposure.exposure(company, null, "child_labour", null, null);
        assertThat(r.syntheticData()).as("demo data is labelled synthetic").isTrue();

        assertThat(r.salientIssues()).filteredOn(s -> s.key().equals(country + ":gold:child_labour"))
                .singleElement().satisfies(s -> {
                    assertThat(s.sources()).anySatisfy(src -> {
                        assertThat(src.id()).isEqualTo("ilab2022");
                        assertThat(src.year()).isEqualTo(2022);
                        assertThat(src.publisher()).contains("ILAB");
                    });
                    assertThat(s.reason()).startsWith("Child labour in gold from ").contains("ILAB 2022");
                    assertThat(s.facilityIds()).contains(found.get(0).get("mine").asString());
                });
    }
}
