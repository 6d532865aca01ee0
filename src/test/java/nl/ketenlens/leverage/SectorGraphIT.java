package nl.ketenlens.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.support.EmbeddedStoreTest;
import nl.ketenlens.support.TestViewer;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /api/sector-graph} and the sector export on the seeded demo store, under the route rules: an advisor and a
 * company user see the gold covenant as counts only (no company id or name), anonymous is refused, and the
 * exported GraphML reads back with the same nodes and edges as the JSON.
 */
@EmbeddedStoreTest
class SectorGraphIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestViewer viewer;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void reset() {
        viewer.reset();
    }

    private RequestPostProcessor signedIn() {
        return user(viewer.get().name()).roles(viewer.get().role().name());
    }

    @Test
    void anAdvisorAndACompanyUserSeeTheGoldCovenantAsCountsWithoutACompany() throws Exception {
        for (Viewer v : List.of(new Viewer("adv", Role.ADVISOR, null), new Viewer("demo", Role.COMPANY, "SYN-C-00014"))) {
            viewer.set(v);
            String body = mvc.perform(get("/api/sector-graph").param("covenant", "gold").with(signedIn()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.nodes[0].id").value("members"))
                    .andExpect(jsonPath("$.nodes[0].kind").value("members"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(v.role() + ": no company id").doesNotContain("SYN-C-").doesNotContain("companyIds");
            JsonNode g = json.readTree(body);
            assertThat(g.at("/counts/shownFacilities").asInt()).isGreaterThan(0)
                    .isLessThanOrEqualTo(SectorGraphService.DEFAULT_TOP);
            assertThat(g.at("/nodes").size()).isEqualTo(g.at("/counts/shownFacilities").asInt() + 1);
            for (JsonNode n : g.at("/nodes")) {
                JsonNode c = n.get("companies");
                assertThat(c.get("suppressed").asBoolean() || c.get("value").asInt() >= 3)
                        .as("count of " + n.get("id")).isTrue();
            }
            assertThat(g.at("/flow/links").size()).isGreaterThan(1);
        }
    }

    @Test
    void anonymousIsRefusedAndATooSmallOrMissingSelectionIsNamed() throws Exception {
        mvc.perform(get("/api/sector-graph").param("covenant", "gold")).andExpect(status().isUnauthorized());
        viewer.set(new Viewer("adv", Role.ADVISOR, null));
        mvc.perform(get("/api/sector-graph").with(signedIn())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("sector|covenant"));
        mvc.perform(get("/api/sector-graph").param("covenant", "nope").with(signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void theSectorExportReadsBackWithTheNodesAndEdgesOfTheJson() throws Exception {
        viewer.set(new Viewer("adv", Role.ADVISOR, null));
        JsonNode g = json.readTree(mvc.perform(get("/api/sector-graph").param("covenant", "gold")
                .param("top", "3000").with(signedIn())).andReturn().getResponse().getContentAsString());
        MvcResult started = mvc.perform(get("/api/export").param("covenant", "gold").param("format", "graphml").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"ketenlens-covenant-gold.graphml\""))
                .andReturn();
        // the file is a streaming body: written after the controller returns
        String graphml = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString();
        assertThat(graphml).doesNotContain("SYN-C-");
        Graph<String, DefaultEdge> read = new DefaultDirectedGraph<>(null, SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.importGraph(read, new StringReader(graphml));
        assertThat(read.vertexSet()).hasSize(g.at("/nodes").size());
        assertThat(read.edgeSet()).hasSize(g.at("/edges").size());
        mvc.perform(get("/api/export").param("covenant", "gold").param("company", "SYN-C-00014").with(signedIn()))
                .andExpect(status().isBadRequest());
    }
}
