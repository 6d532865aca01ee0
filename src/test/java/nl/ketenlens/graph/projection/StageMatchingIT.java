package nl.ketenlens.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two forms of the matching rule (docs/adr/0013) agree on the seeded store: the Cypher predicate the catalog
 * uses and the Java rule of the projection give every facility the same indicators; and the seeded graph holds the
 * stages and the taxonomy they read.
 */
@EmbeddedStoreTest
class StageMatchingIT {

    private static final String CYPHER_MATCHES = """
            MATCH (f:%s) WHERE f.country IS NOT NULL
            CALL (f) { MATCH (i:%s {country: f.country}) WHERE %s RETURN count(i) AS n }
            RETURN f.id AS id, n""".formatted(Label.FACILITY, Label.RISK_INDICATOR,
            IndicatorView.appliesToFacility(Label.COMMODITY));

    @Autowired
    Driver driver;

    @Autowired
    GraphProjector projector;

    @Test
    void cypherAndJavaMatchingGiveEveryFacilityTheSameIndicators() {
        GraphProjection p = projector.current();
        Map<String, Integer> cypher = new HashMap<>();
        driver.executableQuery(CYPHER_MATCHES).execute().records()
                .forEach(r -> cypher.put(r.get("id").asString(), r.get("n").asInt()));
        assertThat(cypher).isNotEmpty();
        int compared = 0;
        for (Map.Entry<String, Integer> e : cypher.entrySet()) {
            int v = p.graph().vertex(e.getKey());
            assertThat(p.facilityIndicators()[v].length).as(e.getKey()).isEqualTo(e.getValue());
            compared++;
        }
        assertThat(compared).isEqualTo(cypher.size());
    }

    @Test
    void seededGraphHoldsStagesAndTheTaxonomy() {
        Map<String, Object> granite = driver.executableQuery("MATCH (m:Commodity {code: 'granite'}) RETURN m")
                .execute().records().get(0).get("m").asMap();
        assertThat(granite).containsEntry("parent", "stones").containsEntry("ancestors", List.of("stones"));
        Map<String, Object> gold = driver.executableQuery(
                "MATCH (i:RiskIndicator {id: 'ilab2022:child_labour:GH:gold'}) RETURN i").execute().records().get(0)
                .get("i").asMap();
        assertThat(gold).containsEntry("stages", List.of("extraction"));
        GraphProjection p = projector.current();
        assertThat(p.taxonomy().covers("stones", "granite")).isTrue();
        assertThat(p.indicators()).filteredOn(i -> i.id().equals("cahra2026:conflict:CD-NK:gold"))
                .singleElement().satisfies(i -> assertThat(i.stages()).containsExactly("extraction", "trade"));
    }
}
