package nl.ketenlens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EmbeddedStoreTest
@WithMockUser(username = "it-admin", roles = "ADMIN")
class ImportControllerIT {
    @Autowired
    MockMvc mvc;
    @Autowired
    Driver driver;

    @BeforeEach
    void reference() {
        GraphFixture.seedReference(driver);
    }

    private static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptedFileAnswersTheReportWithExactlyTheDocumentedKeys() throws Exception {
        String body = mvc.perform(multipart("/api/imports/companies")
                        .file(csv("members.csv", "company_id;name;sector;size\nIT-REST-1;Rest BV;food;sme\n")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("companies"))
                .andExpect(jsonPath("$.file").value("members.csv"))
                .andExpect(jsonPath("$.created").value(1))
                .andReturn().getResponse().getContentAsString();
        List<String> keys = new ArrayList<>();
        new ObjectMapper().readTree(body).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("kind", "file", "read", "created", "updated", "unchanged", "rejected", "warnings", "errors");
    }

    @Test
    void dryRunParameterWritesNothing() throws Exception {
        mvc.perform(multipart("/api/imports/companies")
                        .file(csv("dry.csv", "company_id,name,sector,size\nIT-REST-DRY,Dry BV,food,sme\n")).with(csrf()).param("dryRun", "true"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        assertThat(driver.executableQuery("MATCH (c:Company {id:'IT-REST-DRY'}) RETURN count(c) AS n").execute()
                .records().get(0).get("n").asLong()).isZero();
    }

    @Test
    void refusedFileIs400ProblemDetailsListingTheErrors() throws Exception {
        String body = mvc.perform(multipart("/api/imports/links")
                        .file(csv("links.csv", "buyer_id,supplier_id,commodity,share\nIT-X,IT-Y,gold,2\n")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Import refused"))
                .andReturn().getResponse().getContentAsString();
        JsonNode errors = new ObjectMapper().readTree(body).get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("share", "buyer_id", "supplier_id");
    }

    @Test
    void unknownKindIs404NamingIt() throws Exception {
        mvc.perform(multipart("/api/imports/suppliers").file(csv("x.csv", "a\n1\n")).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("suppliers")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("one of: ")))
                .andExpect(jsonPath("$.id").value("suppliers"));
    }
}
