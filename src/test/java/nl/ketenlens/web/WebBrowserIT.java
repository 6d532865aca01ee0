package nl.ketenlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.exposure.ChainService;
import nl.ketenlens.graph.projection.GraphProjector;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The UI as a person uses it, in a real (headless) Chromium against the running server on a random port, logged in
 * through the login page with the demo accounts the first start wrote to {@code credentials.txt}. Each test asserts
 * what is on the screen (texts, counts, SVG shapes); the run writes the screenshots in {@code docs/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ketenlens.store.data-dir=target/it-browser-store",
        "ketenlens.store.reset=true",
        "ketenlens.store.bolt-port=0",
        "ketenlens.store.page-cache=128m"
})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserIT {

    private static final Path CREDENTIALS = Path.of("target/it-browser-store/credentials.txt");

    @LocalServerPort
    int port;
    @Autowired
    ChainService chains;
    @Autowired
    GraphProjector projector;

    Browser browser;

    @BeforeAll
    void start() throws IOException {
        browser = Browser.start();
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void logIn(String name) throws IOException {
        browser.logIn(url(""), CREDENTIALS, name);
    }

    /** Opens the page at a view and waits until it has started (who is logged in is shown). */
    private void open(String hash) {
        browser.driver.get(url("/" + hash));
        browser.driver.navigate().refresh();
        browser.waiting(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    @Test
    @Order(1)
    void overviewShowsWhatIsInTheGraphAndTheCovenants() throws IOException {
        logIn("demo-advisor");
        open("");
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("ov-stats")));
        String overview = text("ov-out");
        assertThat(overview).contains("What is in the graph", "companies", "facilities", "countries", "Where to start",
                "Child labour", "Gold");
        assertThat(browser.driver.findElements(By.cssSelector("#ov-stats .stat strong"))).hasSize(5)
                .allSatisfy(s -> assertThat(s.getText()).matches("[0-9,.]+"));
        assertThat(browser.driver.findElements(By.cssSelector("#ov-cov tbody tr")).size()).isGreaterThan(5);
        browser.screenshot("overview");
    }

    @Test
    @Order(2)
    void goldCovenantRanksAndEngagingTheTopFacilityChangesTheRanks() throws IOException {
        open("");
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("ov-stats")));
        browser.driver.findElement(By.id("tab-lev")).click();
        new Select(browser.driver.findElement(By.id("lev-sel"))).selectByValue("covenant:gold");
        browser.driver.findElement(By.cssSelector("#lev-form button[type=submit]")).click();
        browser.waiting(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lev-t tbody tr")));
        String firstBefore = firstFacility();
        assertThat(text("lev-out")).contains("Facilities with the most leverage");
        WebElement engage = browser.driver.findElement(By.cssSelector("#lev-t tbody tr [data-act=engage]"));
        engage.click();
        // the table is redrawn while the wait reads it: a row read mid-redraw is read again
        browser.waiting(60).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !firstFacility().equals(firstBefore));
        assertThat(text("lev-engaged")).contains("What-if engaged");
        assertThat(browser.driver.findElements(By.cssSelector("#lev-t tbody tr code")).stream().map(WebElement::getText))
                .as("the engaged facility leaves the ranking").doesNotContain(firstBefore);
    }

    @Test
    @Order(3)
    void anAdvisorsSectorGraphShowsTheMembersAsOneCountedNodeTheFlowAndNoCompany() throws IOException {
        open("#sec");
        new Select(browser.driver.findElement(By.id("sec-sel"))).selectByValue("covenant:gold");
        browser.driver.findElement(By.cssSelector("#sec-form button[type=submit]")).click();
        browser.waiting(90).until(d -> Integer.parseInt(Optional.ofNullable(d.findElement(By.id("sec-graph"))
                .getAttribute("data-nodes")).orElse("0")) > 1);
        WebElement graph = browser.driver.findElement(By.id("sec-graph"));
        int nodes = Integer.parseInt(graph.getAttribute("data-nodes"));
        assertThat(((Number) browser.driver.executeScript("return ketenlensSector.option().series[0].data.length")).intValue())
                .as("nodes in the chart's option").isEqualTo(nodes).isLessThanOrEqualTo(151);
        assertThat(text("sec-facts")).containsPattern("showing the top \\d+ by risk-weighted reach of \\d+ facilities")
                .contains("aggregate-only rule");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("SYN-C-");
        List<String> labels = graph.findElements(By.cssSelector("svg text")).stream().map(WebElement::getText).toList();
        assertThat(labels).as("one counted members node").filteredOn(l -> l.matches(".*\\d+ members")).hasSize(1);
        assertThat(labels).as("hotspot groups in the legend").anyMatch(l -> l.contains("no hotspot shown"));
        WebElement flow = browser.driver.findElement(By.id("sec-flow"));
        assertThat(Integer.parseInt(flow.getAttribute("data-links"))).isGreaterThan(2);
        assertThat(flow.findElements(By.cssSelector("svg text")).stream().map(WebElement::getText))
                .contains("tier 1").anyMatch(l -> l.matches(".*\\d+ members"));
        assertThat(browser.driver.findElements(By.cssSelector("#sec-hot-t tbody tr")).size()).isGreaterThan(0);
        // the aggregate export, fetched with the advisor's session, reads back with the nodes and links drawn
        WebElement link = browser.driver.findElement(By.cssSelector("#sec-export a[data-format=graphml]"));
        String xml = (String) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0].href).then(r => r.text()).then(done)", link);
        assertThat(xml).doesNotContain("SYN-C-");
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(null, SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.importGraph(g, new StringReader(xml));
        assertThat(g.vertexSet()).contains("members").hasSizeGreaterThanOrEqualTo(nodes);
        if (!text("sec-facts").contains("of " + (nodes - 1) + " facilities")) {
            System.out.println("sector export holds more facilities than drawn: " + g.vertexSet().size() + " vs " + nodes);
        } else {
            assertThat(g.vertexSet()).hasSize(nodes);
            assertThat(g.edgeSet()).hasSize(Integer.parseInt(graph.getAttribute("data-edges")));
        }
        System.out.printf("sector graph of the gold covenant (advisor): %s nodes, %s edges, %s flow links;"
                + " server analysis %s ms; request + both charts on screen %s ms%n", nodes, graph.getAttribute("data-edges"),
                flow.getAttribute("data-links"), browser.driver.executeScript("return ketenlensSector.data().timings.analysisMillis"),
                graph.getAttribute("data-render-millis"));
        browser.driver.executeScript("window.scrollTo(0, 0)");
        browser.screenshot("sector-graph");
        browser.driver.executeScript("document.getElementById('sec-flow').scrollIntoView({block: 'center'})");
        browser.screenshot("sector-flow");
    }

    private String firstFacility() {
        return browser.driver.findElement(By.cssSelector("#lev-t tbody tr code")).getText();
    }

    @Test
    @Order(4)
    void chainGraphOfTheDemoCompanyDrawsItsTiersAndANodeClickShowsIndicatorsWithSources() throws IOException {
        logIn("demo-company");
        open("#chain");
        browser.waiting(60).until(d -> Integer.parseInt(Optional.ofNullable(d.findElement(By.id("chain"))
                .getAttribute("data-nodes")).orElse("0")) > 5);
        WebElement chart = browser.driver.findElement(By.id("chain"));
        int nodes = Integer.parseInt(chart.getAttribute("data-nodes"));
        assertThat(chart.findElements(By.cssSelector("svg path")).size()).as("nodes and links drawn as SVG")
                .isGreaterThan(nodes);
        assertThat(text("chain-facts")).contains("SYN-C-00014", "risk-bearing facilities");
        assertThat(new Select(browser.driver.findElement(By.id("chain-tiers"))).getOptions().size()).isGreaterThan(2);
        // click, where it is drawn, the facility farthest from any other (so the click cannot hit a neighbour)
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) browser.driver.executeScript("return ketenlensChain.clickable()");
        String riskiest = (String) target.get("id");
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) target.get("xy");
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return [r.left + arguments[1], r.top + arguments[2]]", chart, xy.get(0), xy.get(1));
        int x = (int) Math.round(at.get(0).doubleValue());
        int y = (int) Math.round(at.get(1).doubleValue());
        Object under = browser.driver.executeScript("const e = document.elementFromPoint(arguments[0], arguments[1]);"
                + " return e ? e.tagName + ' ' + (e.getAttribute('d') || '').slice(0, 40) : 'nothing'", x, y);
        System.out.printf("clicking %s at %d,%d on %s%n", riskiest, x, y, under);
        new Actions(browser.driver).moveToLocation(x, y).click().perform();
        browser.waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("chain-side"), "Risk indicators"));
        String side = text("chain-side");
        assertThat(side).contains(riskiest, "risk weight");
        assertThat(browser.driver.findElements(By.cssSelector("#chain-side .src")).size()).as("every indicator names its source")
                .isGreaterThan(0);
        // the picture for the README: the whole page from the top, no tooltip over the graph
        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.id("chain-side"))).perform();
        browser.driver.executeScript("window.scrollTo(0, 0)");
        browser.screenshot("chain-graph");
    }

    @Test
    @Order(5)
    void theChainDownloadedAsGraphMlReadsBackWithTheSameNodesAndEdges() {
        WebElement chart = browser.driver.findElement(By.id("chain"));
        WebElement link = browser.driver.findElement(By.cssSelector("#chain-export a[data-format=graphml]"));
        assertThat(link.getText()).isEqualTo("GraphML");
        // what the download link delivers, fetched with the browser's own session
        String xml = (String) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0].href).then(r => r.text()).then(done)", link);
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(null, SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.importGraph(g, new StringReader(xml));
        assertThat(g.vertexSet()).hasSize(Integer.parseInt(chart.getAttribute("data-nodes"))).contains("SYN-C-00014");
        assertThat(g.edgeSet()).hasSize(Integer.parseInt(chart.getAttribute("data-edges")));
    }

    @Test
    @Order(6)
    void mapShadesTheCountriesOfTheOwnChain() throws IOException {
        open("#map");
        browser.waiting(60).until(d -> Integer.parseInt(Optional.ofNullable(d.findElement(By.id("map"))
                .getAttribute("data-countries")).orElse("0")) > 0);
        assertThat(browser.driver.findElements(By.cssSelector("#map svg path")).size()).as("country shapes").isGreaterThan(150);
        assertThat(text("map-facts")).contains("countries with exposure");
        assertThat(browser.driver.findElements(By.cssSelector("#map-t tbody tr")).size()).isGreaterThan(0);
        browser.screenshot("map");
        assertThat(text("map-regions")).contains("CAHRA regions (EU list)", "no sub-national geometry is shipped");
        new Select(browser.driver.findElement(By.id("map-sel"))).selectByValue("covenant:gold");
        String before = browser.driver.findElement(By.id("map")).getAttribute("data-countries");
        browser.driver.findElement(By.cssSelector("#map-form button[type=submit]")).click();
        browser.waiting(90).until(d -> text("map-facts").contains("gold"));
        int regions = Integer.parseInt(browser.driver.findElement(By.id("map")).getAttribute("data-regions"));
        int rows = browser.driver.findElements(By.cssSelector("#map-r tbody tr")).size();
        System.out.printf("map of the gold covenant: %s countries (own chain: %s), %d CAHRA region markers, %d region rows%n",
                browser.driver.findElement(By.id("map")).getAttribute("data-countries"), before, regions, rows);
        assertThat(rows).as("a table row per region marker").isGreaterThanOrEqualTo(regions);
        assertThat(browser.driver.findElements(By.cssSelector("#map svg path")).size()).isGreaterThan(150);
        browser.driver.executeScript("document.getElementById('map').scrollIntoView({block: 'start'})");
        browser.screenshot("map-regions");
    }

    @Test
    @Order(7)
    void inDutchNoEnglishLabelIsLeftOnThePage() throws IOException {
        Map<String, String> en = bundle("en"), nl = bundle("nl");
        assertThat(nl.keySet()).as("both bundles have the same keys").isEqualTo(en.keySet());
        open("");
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("ov-stats")));
        new Select(browser.driver.findElement(By.id("lang"))).selectByValue("nl");
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tab-ov"), "Overzicht"));
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("ov-stats")));
        List<String> english = new ArrayList<>();
        for (String view : List.of("ov", "chain", "map", "sec")) {
            browser.driver.findElement(By.id("tab-" + view)).click();
            if (view.equals("sec")) { // draw the sector graph in Dutch: its labels, legend, flow and table
                new Select(browser.driver.findElement(By.id("sec-sel"))).selectByValue("covenant:gold");
                browser.driver.findElement(By.cssSelector("#sec-form button[type=submit]")).click();
                browser.waiting(90).until(d -> Integer.parseInt(Optional.ofNullable(d.findElement(By.id("sec-graph"))
                        .getAttribute("data-nodes")).orElse("0")) > 1);
                assertThat(text("sec-facts")).contains("risicogewogen bereik");
                assertThat(browser.driver.findElements(By.cssSelector("#sec-flow svg text")).stream().map(WebElement::getText))
                        .contains("schakel 1");
            }
            browser.waiting(30).until(d -> d.findElement(By.id("busy")).getText().isEmpty());
            english.addAll(englishLeft(browser.driver.findElement(By.tagName("body")).getText(), en, nl));
        }
        // the demo company's exposure: each issue's reason rebuilt in Dutch from the answer's fields
        open("#exp?company=SYN-C-00014");
        browser.waiting(90).until(d -> !d.findElements(By.cssSelector("#exp-out table")).isEmpty());
        browser.waiting(30).until(d -> d.findElement(By.id("busy")).getText().isEmpty());
        assertThat(text("exp-out")).contains("bereikt op schakel", "ernst", "waarschijnlijkheid")
                .doesNotContain("reached at tier", "likelihood", "Expected risk", "has no supplier on record");
        // a problem detail in Dutch: the title and detail from the bundle, not the server's English
        browser.driver.executeScript("attempt(() => api('/api/facilities/NO-SUCH-FACILITY'))()");
        browser.waiting(30).until(d -> !d.findElement(By.id("msg")).getText().isEmpty());
        // what is on screen: the server's English detail sits folded under "Servermelding (Engels)"
        String shown = (String) browser.driver.executeScript("const m = document.getElementById('msg').cloneNode(true);"
                + " m.querySelectorAll('details > :not(summary)').forEach(d => d.remove()); return m.textContent");
        assertThat(shown).contains("Niet gevonden", "Er is geen locatie met id NO-SUCH-FACILITY", "Servermelding (Engels)")
                .doesNotContain("Not found");
        english.addAll(englishLeft(shown, en, nl));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(english).as("English bundle texts visible on the Dutch page").isEmpty();
        browser.driver.findElement(By.id("tab-ov")).click();
        assertThat(text("ov-out")).contains("Wat er in de graaf staat", "Waar te beginnen", "Kinderarbeid");
        browser.screenshot("overview-nl");
        new Select(browser.driver.findElement(By.id("lang"))).selectByValue("en");
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tab-ov"), "Overview"));
    }

    /** English bundle values (not also the Dutch text of some key) that appear as whole words in the visible text. */
    static List<String> englishLeft(String visible, Map<String, String> en, Map<String, String> nl) {
        var dutch = new java.util.HashSet<>(nl.values());
        List<String> found = new ArrayList<>();
        for (String value : en.values()) {
            String fixed = value.replaceAll("\\{\\w+}", "").strip();
            if (fixed.length() < 4 || dutch.contains(value) || value.contains("{")) {
                continue;
            }
            // whole words only; a user name such as "demo-company" is data, not a label
            if (Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(fixed) + "(?![\\p{L}\\p{N}_-])").matcher(visible).find()) {
                found.add(value);
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> bundle(String lang) throws IOException {
        return new ObjectMapper().readValue(Path.of("src/main/resources/static/i18n/" + lang + ".json").toFile(), Map.class);
    }

    @Test
    @Order(8)
    void chainOfTheLargestDemoCompanyRendersInTime() throws IOException {
        SupplyGraph g = projector.current().graph();
        String largest = null;
        int most = -1;
        for (int v : g.companies()) {
            int n = chains.chain(Viewer.admin(), g.id(v), null).nodes().size();
            if (n > most) {
                most = n;
                largest = g.id(v);
            }
        }
        logIn("admin");
        open("#chain?company=" + largest);
        browser.waiting(120).until(d -> d.findElement(By.id("chain")).getAttribute("data-render-millis") != null);
        WebElement chart = browser.driver.findElement(By.id("chain"));
        long millis = Long.parseLong(chart.getAttribute("data-render-millis"));
        System.out.printf("chain graph of the largest demo company %s: %s nodes, %s edges, first render %d ms%n",
                largest, chart.getAttribute("data-nodes"), chart.getAttribute("data-edges"), millis);
        assertThat(Integer.parseInt(chart.getAttribute("data-nodes"))).isEqualTo(Math.min(most, ChainService.MAX_NODES));
        assertThat(millis).as("request + layout + first SVG render").isLessThan(15_000);
    }

    @Test
    @Order(9)
    void anUploadWithAnErrorShowsTheLineAndFieldInTheDryRunReport() throws IOException {
        Path file = Files.createTempFile("ketenlens-upload-", ".csv");
        Files.writeString(file, "company_id;name;sector;size;kvk;covenants;kind\n"
                + "UI-IT-C1;Browser Test BV;textile;sme;12345678;textile;company\n"
                + "UI-IT-C2;Broken KvK BV;textile;sme;12-34;;company\n");
        browser.driver.executeScript("localStorage.setItem('ketenlens.lang', 'en')");
        open("#up");
        new Select(browser.driver.findElement(By.id("up-kind"))).selectByValue("companies");
        browser.driver.findElement(By.id("up-file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver.findElement(By.cssSelector("#up-form button[type=submit]")).click();
        browser.waiting(60).until(ExpectedConditions.presenceOfElementLocated(By.id("up-report")));
        String report = text("up-report");
        assertThat(report).contains("Dry run, nothing written", "errors, by line and field");
        List<WebElement> cells = browser.driver.findElements(By.cssSelector("#up-errors tbody tr:first-child td"));
        assertThat(cells.get(0).getText()).isEqualTo("3");
        assertThat(cells.get(1).getText()).isEqualTo("kvk");
        assertThat(cells.get(2).getText()).contains("KvK");
        assertThat(browser.driver.findElements(By.cssSelector("[data-act=up-confirm]"))).as("no import of a refused file").isEmpty();
        Files.delete(file);
    }
}
