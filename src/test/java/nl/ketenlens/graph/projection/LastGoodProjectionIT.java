package nl.ketenlens.graph.projection;

import org.springframework.security.test.context.support.WithMockUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ketenlens.graph.GraphState;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A graph the projection cannot be built from (here a company and a facility sharing an id, written through Bolt
 * behind the importer's back) must not take the analyses down: the last good projection is served and says which
 * revision it is; writes that skip the revision bump are noticed.
 */
@EmbeddedStoreTest
@WithMockUser(username = "it-admin", roles = "ADMIN") // reads a company's exposure: admin or that company
class LastGoodProjectionIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Driver driver;
    @Autowired
    GraphProjector projector;

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH 'IT-LG-' DETACH DELETE n").execute();
        driver.executableQuery(GraphState.BUMP_REVISION).execute();
        projector.current();
    }

    private String anyCompany() {
        return driver.executableQuery("MATCH (c:Company) RETURN c.id AS id ORDER BY id LIMIT 1").execute()
                .records().get(0).get("id").asString();
    }

    @Test
    void brokenGraphKeepsServingTheLastGoodRevision() throws Exception {
        String company = anyCompany();
        long good = projector.current().revision();
        driver.executableQuery("CREATE (:Company {id: 'IT-LG-X', name: 'c'}), (:Facility {id: 'IT-LG-X', name: 'f'})")
                .execute();
        driver.executableQuery(GraphState.BUMP_REVISION).execute();

        mvc.perform(get("/api/companies/" + company + "/exposure"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(good));
        ProjectionStatus status = projector.status();
        assertThat(status.stale()).isTrue();
        assertThat(status.servedRevision()).isEqualTo(good);
        assertThat(status.latestRevision()).isGreaterThan(good);
        assertThat(status.lastFailure()).contains("duplicate vertex id");

        driver.executableQuery("MATCH (f:Facility {id: 'IT-LG-X'}) DETACH DELETE f").execute();
        driver.executableQuery(GraphState.BUMP_REVISION).execute();
        assertThat(projector.current().graph().findCompany("IT-LG-X")).isNotNegative();
        assertThat(projector.status().stale()).isFalse();
    }

    @Test
    void writeWithoutRevisionBumpIsDetectedAndProjected() {
        projector.current();
        long before = projector.status().outsideWrites();
        driver.executableQuery("CREATE (:Company {id: 'IT-LG-BOLT', name: 'written through Bolt'})").execute();

        GraphProjection p = projector.current();

        assertThat(p.graph().findCompany("IT-LG-BOLT")).isNotNegative();
        assertThat(projector.status().outsideWrites()).isEqualTo(before + 1);
    }

    /** Issue 10 item 3: a property-only edit through Bolt changes neither revision nor counts, yet must be seen. */
    @Test
    void propertyOnlyEditThroughBoltGivesAFreshProjection() {
        GraphProjection before = projector.current();
        String facility = driver.executableQuery("MATCH (f:Facility) WHERE f.country <> 'XX' RETURN f.id AS id, "
                + "f.country AS country ORDER BY id LIMIT 1").execute().records().get(0).get("id").asString();
        int v = before.graph().findFacility(facility);
        String country = before.countries()[v];
        try (Session session = driver.session()) {
            session.executeWrite(tx -> tx.run("MATCH (f:Facility {id: $id}) SET f.country = 'XX'",
                    Map.of("id", facility)).consume());
        }
        try {
            GraphProjection after = projector.current();

            assertThat(after.revision()).isEqualTo(before.revision());
            assertThat(after).isNotSameAs(before);
            assertThat(after.countries()[after.graph().findFacility(facility)]).isEqualTo("XX");
        } finally {
            driver.executableQuery("MATCH (f:Facility {id: $id}) SET f.country = $c")
                    .withParameters(Map.of("id", facility, "c", country)).execute();
        }
    }

    /** Logins and audit events are writes too, but not to anything projected: they must not force a rebuild. */
    @Test
    void auditWritesKeepTheProjection() {
        GraphProjection before = projector.current();
        driver.executableQuery("CREATE (:AuditEvent {at: datetime(), actor: 'it', action: 'it-lg', detail: 'x'})")
                .execute();
        try {
            assertThat(projector.current()).isSameAs(before);
        } finally {
            driver.executableQuery("MATCH (e:AuditEvent {action: 'it-lg'}) DELETE e").execute();
        }
    }
}
