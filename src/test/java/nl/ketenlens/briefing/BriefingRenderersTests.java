package nl.ketenlens.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ketenlens.output.Format;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class BriefingRenderersTests {

    static final ObjectMapper MAPPER = Jackson2ObjectMapperBuilder.json().build();
    private static final Pattern COMPANY_ID = Pattern.compile("\\bC[1-5]\\b");

    private final Briefing nl = Sector.briefing();
    private final Briefing en = withLang(nl, "en");

    static Briefing withLang(Briefing b, String lang) {
        Briefing.Cover c = b.cover();
        return new Briefing(new Briefing.Cover(c.scope(), c.code(), c.name(), c.nameNl(), c.date(), c.graphRevision(),
                lang, c.theme(), c.syntheticData(), c.k()), b.context(), b.issues(), b.chains(), b.dataGaps(), b.leverage(),
                b.nextSteps(), b.changes(), b.methods());
    }

    static byte[] render(Briefing b, Format f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BriefingRenderers.forFormat(f, MAPPER).render(b, out);
        return out.toByteArray();
    }

    @Test
    void htmlIsWellFormedAndHoldsEverySectionAndBothCharts() throws Exception {
        String html = new String(render(nl, Format.HTML), StandardCharsets.UTF_8);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        for (String id : BriefingHtml.SECTIONS) {
            assertThat(html).contains("<h2 id=\"" + id + "\">").contains("href=\"#" + id + "\"");
        }
        var svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertThat(svgs.getLength()).isEqualTo(2);
        assertThat(((Element) svgs.item(0)).getAttribute("id")).isEqualTo("heatmap");
        assertThat(((Element) svgs.item(1)).getAttribute("id")).isEqualTo("coverage");
        assertThat(html).contains("Conflict- en hoogrisicogebieden", "Goud", "Congo-Kinshasa", "1 december 2026",
                "Convenant Verantwoord Goud", "minder dan 3", "80%", "19 juni 2017");
        assertThat(html).doesNotContain("<link ", "<script", "src=\"http");
    }

    @Test
    void pdfOpensWithPdfBoxHasPageNumbersAndTheKeyFacts() throws Exception {
        byte[] pdf = render(nl, Format.PDF);
        if (System.getProperty("briefing.dump") != null) { // look at it: pdftoppm -png target/sector-briefing.pdf
            java.nio.file.Files.write(java.nio.file.Path.of("target/sector-briefing.pdf"), pdf);
            java.nio.file.Files.write(java.nio.file.Path.of("target/sector-briefing.html"), render(nl, Format.HTML));
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(5, 14);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Convenant Verantwoord Goud", "Zurich Precious Refining", "Inhoud",
                    "2 / " + doc.getNumberOfPages()); // the cover has no number
            nl.methods().sources().forEach(s -> assertThat(text.replaceAll("\\s+", " ")).contains(s.title()));
            PDFont font = doc.getPage(1).getResources().getFont(doc.getPage(1).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("DejaVuSans");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void markdownHoldsTheSameTables() throws IOException {
        String md = new String(render(en, Format.MD), StandardCharsets.UTF_8);
        if (System.getProperty("briefing.dump") != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/sector-briefing-en.md"), md);
        }
        assertThat(md).contains("# Sector briefing \u2013 Dutch Responsible Gold Agreement",
                "| # | Issue | Severity | Likelihood | Risk weight | Companies | Facilities | Sources |",
                "| 1 | Conflict and high-risk areas in gold from Congo - Kinshasa | 1.00 | 0.70 | 0.70 | 4 | 1 | cahra2026 |",
                "| Tier | Facilities | Companies reaching it |", "| Step | Facility | Type | Country |",
                "fewer than 3", "## 8. Methods and sources");
        for (String id : BriefingHtml.SECTIONS) {
            assertThat(md).contains("<a id=\"" + id + "\"></a>");
        }
    }

    @Test
    void jsonIsTheRecordAndReadsBack() throws IOException {
        byte[] json = render(nl, Format.JSON);
        Briefing back = new JsonBriefingRenderer(MAPPER).read(new ByteArrayInputStream(json));
        assertThat(back).isEqualTo(nl);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"date\" : \"2026-12-01\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTML", "PDF", "MD", "JSON"})
    void noCompanyIdOrNameAndNoFacilityBelowKInAnyFormatOrLanguage(String format) throws IOException {
        for (Briefing b : new Briefing[] {nl, en}) {
            String text = Format.valueOf(format) == Format.PDF ? pdfText(render(b, Format.PDF))
                    : new String(render(b, Format.valueOf(format)), StandardCharsets.UTF_8);
            assertThat(COMPANY_ID.matcher(text).find()).as("company id in " + format).isFalse();
            Sector.COMPANY_NAMES.forEach(n -> assertThat(text).doesNotContain(n));
            assertThat(text).doesNotContain("Desert Bullion Works").doesNotContain("\"R2\"").doesNotContain("(R2)");
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
