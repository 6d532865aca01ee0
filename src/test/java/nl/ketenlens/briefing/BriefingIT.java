package nl.ketenlens.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The gold covenant briefing of the seeded demo, as a PDF through REST, and the problems for bad input. */
@EmbeddedStoreTest
@WithMockUser(username = "it-admin", roles = "ADMIN") // since the security merge, /api/** needs a login
class BriefingIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Driver driver;

    @Test
    void goldCovenantBriefingIsAPdfWithoutAnyCompany() throws Exception {
        byte[] pdf = mvc.perform(get("/api/briefings").param("covenant", "gold").param("format", "pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.matchesPattern("inline; filename=\"briefing-gold-\\d{4}-\\d{2}-\\d{2}-nl\\.pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(6, 30);
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Convenant Verantwoord Goud", "Inhoud", "Methoden en bronnen",
                "List of Goods Produced by Child");
        assertThat(text).doesNotContain("SYN-C-");
        List<String> names = driver.executableQuery(
                        "MATCH (c:Company)-[:MEMBER_OF]->(:Covenant {code: 'gold'}) RETURN c.name AS name")
                .execute().records().stream().map(r -> r.get("name").asString()).toList();
        assertThat(names).isNotEmpty();
        String flat = text.replaceAll("\\s+", " ");
        names.forEach(n -> assertThat(flat).doesNotContain(n));
    }

    @Test
    void badInputIsAProblem() throws Exception {
        mvc.perform(get("/api/briefings").param("covenant", "gold").param("lang", "fr"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("lang"));
        mvc.perform(get("/api/briefings").param("covenant", "gold").param("format", "csv"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("format"));
        mvc.perform(get("/api/briefings"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("covenant|sector"));
        mvc.perform(get("/api/briefings").param("covenant", "silver"))
                .andExpect(status().isNotFound());
    }
}
