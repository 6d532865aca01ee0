package nl.ketenlens.briefing;

import org.springframework.security.test.context.support.WithMockUser;
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
import org.springframework.test.web.servlet.MockMvc;

/** The gold covenant briefing of the seeded demo, as a PDF through REST, and the problems for bad input. */
@EmbeddedStoreTest
@WithMockUser(roles = "ADVISOR") // the briefing's audience; the route rules admit every logged-in role
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
        // issue 11 items 2, 7, 8: the data-gap section for the covenant's priority themes, the share of output and
        // the certifications of the listed facilities (the demo declares neither throughputs nor certifications)
        assertThat(flat).contains("4. Waar gegevens ontbreken", "Per prioriteitsthema (kinderarbeid, conflict- en",
                "niet laag risico", "Aandeel van de bedrijven in de productie van deze locaties",
                "onbekend: de jaarproductie van deze locatie is niet bekend", "Certificeringen van deze locaties",
                "Geen van de locaties hierboven geeft een certificering op.", "Ontbrekende gegevens. Per thema");
    }

    @Test
    void goldBriefingJsonCarriesDataGapsSharesAndCertifications() throws Exception {
        String json = mvc.perform(get("/api/briefings").param("covenant", "gold").param("format", "json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dataGaps.basis").value("priority"))
                .andExpect(jsonPath("$.dataGaps.themes[0]").value("child_labour"))
                .andExpect(jsonPath("$.dataGaps.themes[1]").value("conflict"))
                .andExpect(jsonPath("$.dataGaps.rows").isNotEmpty())
                .andExpect(jsonPath("$.leverage.facilities[0].output.reason").value("no_throughput"))
                .andExpect(jsonPath("$.leverage.facilities[0].certifications").isArray())
                .andExpect(jsonPath("$.issues.ranked[0].proxy").isBoolean())
                .andReturn().getResponse().getContentAsString();
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        // a gap row is a real gap: no data, proxy only or stale only; and every theme is a priority theme
        for (var row : tree.at("/dataGaps/rows")) {
            assertThat(row.get("noData").asBoolean() || row.get("proxyOnly").asBoolean()
                    || row.get("staleOnly").asBoolean()).as(row.toString()).isTrue();
            assertThat(row.get("theme").asText()).isIn("child_labour", "conflict");
        }
        // no share is shown in the demo: no facility declares a throughput
        for (var f : tree.at("/leverage/facilities")) {
            assertThat(f.at("/output/share").isNull()).as(f.toString()).isTrue();
        }
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
