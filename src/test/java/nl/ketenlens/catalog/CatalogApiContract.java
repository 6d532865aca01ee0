package nl.ketenlens.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalog API contract, run against the embedded store ({@link CatalogApiIT}) and, where Docker
 * exists, against the Neo4j server image ({@link CatalogApiContainerIT}).
 */
@WithMockUser(username = "it-admin", roles = "ADMIN")
abstract class CatalogApiContract {

    @Autowired
    MockMvc mvc;

    @Autowired
    Driver driver;

    @BeforeEach
    void smallChain() {
        driver.executableQuery("""
                MERGE (c:Company {id: 'CAT-IT-C1'})
                  SET c.name = 'Catalogus Test B.V.', c.sector = 'textile', c.size = 'sme', c.kind = 'company',
                      c.synthetic = true
                MERGE (f:Facility {id: 'CAT-IT-F1'})
                  SET f.name = 'Test Mill', f.type = 'mill', f.country = 'ZZ', f.commodities = ['cotton'],
                      f.synthetic = true
                MERGE (c)-[l:BUYS_FROM {commodity: 'cotton'}]->(f) SET l.share = 0.4, l.synthetic = true
                """).execute();
    }

    @Test
    void companyShowsItsDirectSuppliersWithShare() throws Exception {
        mvc.perform(get("/api/companies/CAT-IT-C1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.company.companyId").value("CAT-IT-C1"))
                .andExpect(jsonPath("$.company.synthetic").value(true))
                .andExpect(jsonPath("$.supplierCount").value(1))
                .andExpect(jsonPath("$.suppliers[0].facilityId").value("CAT-IT-F1"))
                .andExpect(jsonPath("$.suppliers[0].share").value(0.4));
    }

    @Test
    void facilityCountsItsBuyers() throws Exception {
        mvc.perform(get("/api/facilities/CAT-IT-F1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facilityId").value("CAT-IT-F1"))
                .andExpect(jsonPath("$.stage").value("processing"))
                .andExpect(jsonPath("$.buyerCount").value(1))
                .andExpect(jsonPath("$.supplierCount").value(0));
    }

    @Test
    void searchFindsCompanyByName() throws Exception {
        mvc.perform(get("/api/companies").param("q", "catalogus"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.companies[*].companyId", hasItem("CAT-IT-C1")));
    }

    @Test
    void unknownIdsAreProblemDetails404() throws Exception {
        for (String path : new String[] {"/api/companies/NOPE", "/api/facilities/NOPE", "/api/countries/QQ/risks",
                "/api/covenants/nope"}) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.detail", startsWith("unknown ")));
        }
    }

    @Test
    void badParameterIsProblemDetails400NamingIt() throws Exception {
        mvc.perform(get("/api/companies").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
        mvc.perform(get("/api/companies").param("offset", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("offset"));
        mvc.perform(get("/api/countries/UG/risks").param("theme", "no_such_theme"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("theme"))
                .andExpect(jsonPath("$.detail", containsString("known theme codes: ")));
        mvc.perform(get("/api/companies").param("sector", "no-such-sector"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.id").value("no-such-sector"));
    }

    @Test
    void healthIsUpWithNeo4j() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.neo4j.status").value("UP"));
    }

    @Test
    void openApiDocumentListsTheCatalog() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/companies/{id}']").exists());
    }
}
