package nl.ketenlens.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ketenlens.exposure.ExposureService;
import nl.ketenlens.exposure.SalientIssue;
import nl.ketenlens.leverage.LeverageReports.FacilityLeverage;
import nl.ketenlens.leverage.LeverageRequest;
import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.risk.Coverage;
import nl.ketenlens.seed.reference.ReferenceData;
import nl.ketenlens.seed.reference.ReferenceDataReader;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * EDGAR 2024's sector figures on the seeded store: coverage names the source with its edition and observation
 * year next to GCB for {@code ghg}, counts per sector group equal those read from the file, and exposure and
 * leverage cite EDGAR where its sector figure is the strongest ghg indicator of a facility.
 */
@EmbeddedStoreTest
class EdgarSectorIT {
    private static final String EDGAR = "edgar2024";

    @Autowired
    Driver driver;
    @Autowired
    CoverageService coverage;
    @Autowired
    ExposureService exposure;
    @Autowired
    LeverageService leverage;

    private final ReferenceData reference = new ReferenceDataReader().read();

    @Test
    void coverageShowsEdgarBesideGcbWithEditionAndYear() {
        Coverage.Cell brazil = coverage.report("ghg", "BR").cells().get(0);
        assertThat(brazil.sources()).extracting(Coverage.SourceCoverage::sourceId).containsExactly(EDGAR, "gcb2024");
        Coverage.SourceCoverage edgar = brazil.sources().get(0);
        assertThat(edgar.label()).startsWith("EDGAR 2024 (JRC)");
        assertThat(edgar.editionYear()).isEqualTo(2024);
        assertThat(edgar.lastObservedYear()).isEqualTo(2023);
        assertThat((long) edgar.indicators()).as("Brazil's agriculture, coal and industry rows")
                .isEqualTo(reference.indicators().stream().filter(i -> i.sourceId().equals(EDGAR)
                        && i.country().equals("BR")).count());
        assertThat(brazil.statement()).contains("edgar2024 (2024), figure of 2023");
        assertThat(coverage.report("ghg", null).themes().get(0).sources())
                .filteredOn(s -> s.sourceId().equals(EDGAR)).singleElement()
                .satisfies(s -> assertThat((long) s.indicators()).isEqualTo(expected().values().stream()
                        .mapToLong(Long::longValue).sum()));
    }

    @Test
    void seededCountsPerSectorGroupEqualTheFile() {
        Map<String, Long> seeded = driver.executableQuery("""
                MATCH (i:RiskIndicator {sourceId: $source})
                RETURN CASE WHEN i.commodities IS NOT NULL THEN 'agriculture' WHEN i.commodity IS NULL THEN 'industry'
                       WHEN i.commodity = 'coal' THEN 'fuel' ELSE 'other' END AS grp, i.stages AS stages,
                       count(*) AS n""")
                .withParameters(Map.of("source", EDGAR)).execute().records().stream()
                .collect(Collectors.toMap(r -> r.get("grp").asString() + r.get("stages").asList(Value::asString),
                        r -> r.get("n").asLong()));
        assertThat(seeded).isEqualTo(expected());
    }

    /** Per group and stages, from the reader (which the unit tests tie to the file's rows). */
    private Map<String, Long> expected() {
        return reference.indicators().stream().filter(i -> i.sourceId().equals(EDGAR)).collect(Collectors.groupingBy(
                i -> (!i.commodities().isEmpty() ? "agriculture" : i.commodity() == null ? "industry"
                        : i.commodity().equals("coal") ? "fuel" : "other") + i.stages(), Collectors.counting()));
    }

    /** ADR 0023: agriculture is one row per country, stored with its commodity list and cultivation types. */
    @Test
    void agricultureIsOneRowPerCountryWithItsFarmCommoditiesAndTypes() {
        assertThat(expected()).containsEntry("agriculture[extraction]", 203L).doesNotContainKey("other[extraction]");
        Map<String, Object> brazil = driver.executableQuery(
                "MATCH (i:RiskIndicator {id: 'edgar2024:ghg:BR:agriculture'}) RETURN i").execute().records().get(0)
                .get("i").asMap();
        assertThat(brazil).containsEntry("facilityTypes", List.of("farm", "plantation", "ranch", "cooperative"))
                .doesNotContainKey("commodity");
        assertThat(brazil.get("commodities")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .hasSize(63).contains("soy", "cattle");
        long retired = driver.executableQuery(
                "MATCH (i:RiskIndicator {sourceId: 'edgar2024'}) WHERE i.id = 'edgar2024:ghg:BR:soy' RETURN count(i) AS n")
                .execute().records().get(0).get("n").asLong();
        assertThat(retired).as("no per-commodity agriculture row").isZero();
    }

    @Test
    void exposureAndLeverageCiteEdgarWithItsYear() {
        List<String> companies = driver.executableQuery(
                "MATCH (c:Company) WHERE c.synthetic RETURN c.id AS id ORDER BY id LIMIT 20").execute().records()
                .stream().map(r -> r.get("id").asString()).toList();
        Optional<SalientIssue> cited = companies.stream()
                .flatMap(c -> exposure.exposure(c, null, "ghg", null, null).salientIssues().stream())
                .filter(i -> i.reason().contains("EDGAR 2024 (JRC)")).findFirst();
        assertThat(cited).as("a ghg issue whose strongest indicator is EDGAR's").hasValueSatisfying(i -> {
            // named as coverage names it (the title's "EDGAR 2024 (JRC)"), no longer by the publisher's acronym
            assertThat(i.reason()).contains("(EDGAR 2024 (JRC), figure of 2023)").doesNotContain("JRC 2024");
            assertThat(i.observedYear()).isEqualTo(2023);
            assertThat(i.sources()).anySatisfy(s -> assertThat(s.id()).isEqualTo(EDGAR));
        });

        List<FacilityLeverage> facilities = leverage.leverage(
                new LeverageRequest(null, "food", null, "ghg", null, null, null, 20)).facilities();
        assertThat(facilities).anySatisfy(f -> {
            assertThat(f.indicators()).anySatisfy(i -> assertThat(i.source().id()).isEqualTo(EDGAR));
            assertThat(f.explanation()).contains("Joint Research Centre (JRC) 2024");
        });
    }
}
