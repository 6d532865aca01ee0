package nl.ketenlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

@EmbeddedStoreTest
class StoreInitializerIT {

    @Autowired
    Driver driver;

    @Test
    void schemaFilesAreRecordedAndConstraintsExist() {
        long versions = driver.executableQuery("MATCH (v:SchemaVersion) RETURN count(v) AS n").execute()
                .records().get(0).get("n").asLong();
        assertThat(versions).isEqualTo(SchemaMigrations.files().size()).isGreaterThanOrEqualTo(2);
        var names = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS n").execute()
                .records().get(0).get("n").asList(v -> v.asString());
        assertThat(names).contains("company_id", "facility_id", "indicator_id", "covenant_code");
    }

    @Test
    void applyingSchemaAndSeedAgainChangesNothing() {
        Map<String, Long> before = labelCounts();
        SchemaMigrations.apply(driver);
        assertThat(labelCounts()).isEqualTo(before);
    }

    private Map<String, Long> labelCounts() {
        Map<String, Long> counts = new TreeMap<>();
        driver.executableQuery("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c").execute().records()
                .forEach(r -> counts.put(r.get("l").asString(), r.get("c").asLong()));
        driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c").execute().records()
                .forEach(r -> counts.put("rel:" + r.get("t").asString(), r.get("c").asLong()));
        return counts;
    }
}
