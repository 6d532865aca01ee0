package nl.ketenlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.coverage.CoverageService;
import nl.ketenlens.exposure.BlindSpot;
import nl.ketenlens.exposure.ChainService;
import nl.ketenlens.exposure.ChainView;
import nl.ketenlens.exposure.ExposureService;
import nl.ketenlens.risk.ChainStage;
import nl.ketenlens.risk.Coverage;
import nl.ketenlens.risk.Staleness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coverage matrix and the chain stages (issue 11 items 2 and 3) in a real headless Chromium, in Dutch. Known
 * answers come from the seed files (ILO SDG 8.8.1 has no Ghana row; SDG 8.8.2's Ghana figure is of 2024; the World
 * Bank poverty proxy's of 2016) and are checked against the server's own coverage before the screen is read, so a
 * cell that shows the wrong kind, source or year fails. Same Spring configuration as {@link WebBrowserIT}, so the
 * two share one seeded store when they run together.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ketenlens.store.data-dir=target/it-browser-store",
        "ketenlens.store.reset=true",
        "ketenlens.store.bolt-port=0",
        "ketenlens.store.page-cache=128m"
})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoverageBrowserIT {

    private static final Path CREDENTIALS = Path.of("target/it-browser-store/credentials.txt");
    private static final Path REFERENCE = Path.of("seed-data/reference");
    private static final String DEMO_COMPANY = "SYN-C-00014";

    @LocalServerPort
    int port;
    @Autowired
    CoverageService coverage;
    @Autowired
    ChainService chains;
    @Autowired
    ExposureService exposures;

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

    /** Logs in through the login page and makes Dutch the page's language. */
    private void logInDutch(String name) throws IOException {
        var d = browser.driver;
        browser.logIn(url(""), CREDENTIALS, name);
        d.executeScript("localStorage.setItem('ketenlens.lang', 'nl')");
    }

    private void open(String hash) {
        browser.driver.get(url("/" + hash));
        browser.driver.navigate().refresh();
        browser.waiting(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    private WebElement cell(String theme, String country) {
        return browser.driver.findElement(By.cssSelector("#cov-t td[data-theme='" + theme + "'][data-country='" + country + "']"));
    }

    /** The row of {@code iso3} in a seed file, split on commas (these files quote no field before the figures). */
    private static Optional<String[]> row(String file, String iso3) throws IOException {
        return Files.readAllLines(REFERENCE.resolve(file)).stream().filter(l -> l.startsWith(iso3 + ","))
                .map(l -> l.split(",")).findFirst();
    }

    private Coverage.Cell serverCell(String theme, String country) {
        return coverage.report(theme, country).cells().get(0);
    }

    @Test
    @Order(1)
    void advisorSeesNoDataAsNoDataAndEachFigureWithItsSourceAndYearInDutch() throws IOException {
        // the known answers, from the seed files, and the server agreeing with them
        assertThat(row("ilo_sdg881_fatal_occupational_injury_rate.csv", "GHA")).as("SDG 8.8.1 has no Ghana row").isEmpty();
        String foaYear = row("ilo_sdg882_labour_rights_compliance.csv", "GHA").orElseThrow()[4];
        String povertyYear = row("wb_poverty_300_per_day_latest.csv", "GHA").orElseThrow()[2];
        assertThat(foaYear).isEqualTo("2024");
        assertThat(povertyYear).isEqualTo("2016");
        assertThat(serverCell("health_safety", "GH").hasData()).isFalse();
        assertThat(serverCell("freedom_of_association", "GH").sources()).singleElement()
                .satisfies(s -> assertThat(s.sourceId()).isEqualTo("ilo_sdg882"));
        assertThat(serverCell("living_wage", "GH").sources()).singleElement()
                .satisfies(s -> assertThat(s.proxy()).isTrue());
        // a stale cell: every source's last figure more than Staleness.YEARS before its edition
        Coverage.Cell stale = coverage.report("health_safety", null).cells().stream()
                .filter(c -> c.hasData() && c.sources().stream().allMatch(s -> Staleness.stale(s.lastObservedYear(), s.editionYear())))
                .findFirst().orElseThrow(() -> new AssertionError("no stale health and safety figure in the demo"));

        logInDutch("demo-advisor");
        open("#cov");
        browser.waiting(120).until(d -> Integer.parseInt(Optional.ofNullable(d.findElement(By.id("cov-out"))
                .getAttribute("data-cells")).orElse("0")) > 0);
        WebElement out = browser.driver.findElement(By.id("cov-out"));
        System.out.printf("coverage matrix (advisor, Dutch): %s cells, %d rows; 14 requests + table on screen %s ms%n",
                out.getAttribute("data-cells"), browser.driver.findElements(By.cssSelector("#cov-t tbody tr")).size(),
                out.getAttribute("data-render-millis"));
        assertThat(text("tab-cov")).isEqualTo("Gegevensdekking");
        assertThat(browser.driver.findElements(By.cssSelector("#cov-t thead th"))).as("country column and 13 themes").hasSize(14);

        WebElement none = cell("health_safety", "GH");
        assertThat(none.getText()).isEqualTo("geen gegevens");
        assertThat(none.getAttribute("data-kind")).isEqualTo("none");
        assertThat(none.getAttribute("title")).contains("Geen gegevens", "geen laag risico");
        assertThat(none.getCssValue("background-image")).as("hatched, not a risk colour").contains("repeating-linear-gradient");

        WebElement data = cell("freedom_of_association", "GH");
        assertThat(data.getAttribute("data-kind")).isEqualTo("data");
        assertThat(data.getText()).contains(foaYear, "ILO").doesNotContain("geen gegevens");
        assertThat(data.getAttribute("title")).contains("International Labour Organization (ILO)", "SDG indicator 8.8.2",
                "cijfer van " + foaYear);

        WebElement proxy = cell("living_wage", "GH");
        assertThat(proxy.getAttribute("data-kind")).isEqualTo("proxy");
        assertThat(proxy.getText()).contains("proxy", povertyYear);

        // the stale country's row is in the default list (it has a figure)
        assertThat(cell(stale.theme(), stale.country()).getText()).contains("verouderd");

        // none of the cells says "no data" in a colour: no-data cells are exactly the server's cells without data
        long noDataShown = browser.driver.findElements(By.cssSelector("#cov-t tr[data-country='GH'] td[data-kind='none']")).size();
        long noDataServer = coverage.report(null, "GH").cells().stream().filter(c -> !c.hasData()).count();
        assertThat(noDataShown).isEqualTo(noDataServer).isGreaterThan(0);

        // a click opens the cell in full: the explanation in Dutch
        browser.driver.findElement(By.cssSelector("#cov-t td[data-theme='health_safety'][data-country='GH'] button")).click();
        browser.waiting(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-body"), "geen laag risico"));
        assertThat(text("detail-body")).contains("Gezondheid", "Ghana", "onbekend, geen laag risico");
        browser.driver.findElement(By.cssSelector("#detail .close button")).click();

        browser.waiting(30).until(d -> d.findElement(By.id("busy")).getText().isEmpty());
        String visible = text("view-cov") + "\n" + text("tab-cov");
        assertThat(WebBrowserIT.englishLeft(visible, bundle("en"), bundle("nl")))
                .as("English bundle texts visible on the Dutch coverage view").isEmpty();
        browser.driver.executeScript("window.scrollTo(0, document.getElementById('cov-facts').getBoundingClientRect().top + window.scrollY - 10)");
        browser.screenshot("coverage-nl");
    }

    @Test
    @Order(2)
    void aCompanyUserSeesTheStageOfEveryFacilityInItsChainAndExposure() throws IOException {
        ChainView chain = chains.chain(Viewer.admin(), DEMO_COMPANY, null);
        Map<String, Integer> expected = new TreeMap<>();
        chain.nodes().stream().filter(n -> !"company".equals(n.kind())).forEach(n -> {
            ChainStage s = ChainStage.ofFacilityType(n.kind());
            expected.merge(s == null ? "unknown" : s.code(), 1, Integer::sum);
        });
        assertThat(expected).as("the demo company's chain spans mines, refineries and traders")
                .containsKeys("extraction", "processing", "trade");

        logInDutch("demo-company");
        open("#chain");
        browser.waiting(90).until(d -> Integer.parseInt(Optional.ofNullable(d.findElement(By.id("chain"))
                .getAttribute("data-nodes")).orElse("0")) > 5);
        @SuppressWarnings("unchecked")
        Map<String, Integer> drawn = new ObjectMapper().readValue(
                browser.driver.findElement(By.id("chain")).getAttribute("data-stages"), Map.class);
        assertThat(new TreeMap<>(drawn)).as("facilities per stage drawn").isEqualTo(expected);
        String legend = text("chain-stages");
        assertThat(legend).contains("Ketenfase:", "winning/teelt (" + expected.get("extraction") + ")",
                "verwerking (" + expected.get("processing") + ")", "handel (" + expected.get("trade") + ")");
        @SuppressWarnings("unchecked")
        List<String> symbols = (List<String>) browser.driver.executeScript("return ketenlensChain.symbols()");
        assertThat(symbols).contains("triangle", "diamond", "pin");

        // the exposure tables: a stage per facility, and the expected upstream risk explained in Dutch
        List<BlindSpot> upstream = exposures.exposure(Viewer.admin(), DEMO_COMPANY, null, null, List.of(), null)
                .blindSpots().stream().filter(b -> b.reasons().contains("no_supplier") && b.expectedRiskWeight() != null).toList();
        assertThat(upstream).as("the demo company has refiners or traders without a mapped supplier").isNotEmpty();
        open("#exp?company=" + DEMO_COMPANY);
        browser.waiting(90).until(d -> !d.findElements(By.cssSelector("#fac-t tbody tr")).isEmpty());
        browser.waiting(30).until(d -> d.findElement(By.id("busy")).getText().isEmpty());
        List<String> stageHeads = new ArrayList<>();
        browser.driver.findElements(By.cssSelector("#fac-t thead th")).forEach(th -> stageHeads.add(th.getText()));
        int col = stageHeads.indexOf("Ketenfase");
        assertThat(col).as("a stage column in the facilities table").isEqualTo(2);
        for (WebElement tr : browser.driver.findElements(By.cssSelector("#fac-t tbody tr"))) {
            List<WebElement> tds = tr.findElements(By.tagName("td"));
            String type = tds.get(1).getText();
            String stage = tds.get(col).getText();
            if (type.equals("raffinaderij")) {
                assertThat(stage).isEqualTo("verwerking");
            } else if (type.equals("mijn")) {
                assertThat(stage).isEqualTo("winning/teelt");
            } else if (type.equals("handelaar")) {
                assertThat(stage).isEqualTo("handel");
            }
        }
        String blind = text("blind-t");
        assertThat(blind).contains("verwacht risico stroomopwaarts", "Ketenfase").doesNotContain("Expected upstream risk");
        assertThat(text("blind-upstream")).startsWith("Verwacht risico stroomopwaarts:").contains("eerdere ketenfase");
        browser.driver.executeScript("document.getElementById('blind-t').scrollIntoView({block: 'start'})");
        browser.screenshot("exposure-stages-nl");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> bundle(String lang) throws IOException {
        return new ObjectMapper().readValue(Path.of("src/main/resources/static/i18n/" + lang + ".json").toFile(), Map.class);
    }
}
