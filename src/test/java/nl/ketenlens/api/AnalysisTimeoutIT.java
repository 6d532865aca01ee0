package nl.ketenlens.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10 item 10: an analysis that runs past {@code ketenlens.analysis.timeout} is stopped and answered 503
 * problem details with Retry-After, on the real endpoints; light endpoints are not affected. Its own store and
 * context (a 1 ns timeout would break every other IT), so it does not share {@code EmbeddedStoreTest}'s.
 */
@SpringBootTest(properties = {
        "ketenlens.store.data-dir=target/it-store-timeout",
        "ketenlens.store.reset=true",
        "ketenlens.store.bolt-port=0",
        "ketenlens.store.page-cache=64m",
        "ketenlens.analysis.timeout=1ns"
})
@AutoConfigureMockMvc
@WithMockUser(username = "it-admin", roles = "ADMIN")
class AnalysisTimeoutIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Driver driver;

    private String sector() {
        return driver.executableQuery("MATCH (c:Company) WHERE c.sector IS NOT NULL RETURN c.sector LIMIT 1")
                .execute().records().get(0).get(0).asString();
    }

    @Test
    void leverageRankingPastTheTimeoutIs503WithRetryAfter() throws Exception {
        mvc.perform(get("/api/leverage").param("sector", sector()).param("top", "20"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", String.valueOf(AnalysisGateFilter.RETRY_AFTER_SECONDS)))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Analysis timed out"))
                .andExpect(jsonPath("$.status").value(503));
    }

    @Test
    void planPastTheTimeoutIs503() throws Exception {
        mvc.perform(get("/api/leverage/plan").param("sector", sector()).param("budget", "3"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void lightEndpointsIgnoreTheTimeout() throws Exception {
        mvc.perform(get("/api/companies")).andExpect(status().isOk());
    }
}
