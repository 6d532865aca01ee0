package nl.ketenlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenlens.exposure.ExposureReport;
import nl.ketenlens.exposure.ExposureService;
import nl.ketenlens.exposure.FacilityExposure;
import nl.ketenlens.leverage.LeverageReports.FacilityLeverage;
import nl.ketenlens.leverage.LeverageRequest;
import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.overview.OverviewService;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * ADR 0017 end to end on the real store: hand-built CSVs through the import service, then the projection, leverage,
 * exposure, catalog and overview. The chain (ids IT17-*, nobody else's):
 * <pre>
 *   C1 --10 t--> R (refinery, CH, throughput 100 t) --0.5--> M  (mine, CD, "RMAP conformant")
 *   C2 --5,000 kg, share 1--> C3 (a company) --0.4, 8 t--> R --0.5--> M2 (mine, CD, not certified)
 *   B1 (bank) finances C1 with EUR 2,500,000
 * </pre>
 * Selection {C1, C2}: 10,000 kg direct + 5,000 kg × 0.4 through C3 = 12,000 kg at R = 12 % of its output.
 */
@EmbeddedStoreTest
@WithMockUser(username = "it17-admin", roles = "ADMIN")
class ChainFactsIT {
    private static final String COMPANIES = """
            company_id,name,sector,size,kind
            IT17-C1,Goudsmid Een BV,,sme,company
            IT17-C2,Juwelier Twee BV,,sme,company
            IT17-C3,Groothandel Drie BV,,large,company
            IT17-B1,Ketenbank NV,,large,bank
            IT17-B2,Ketenpensioen,,large,pension_fund
            """;
    private static final String FACILITIES = """
            facility_id,name,type,country,commodities,annual_throughput,throughput_unit,certifications
            IT17-R,Alpine Carry Refinery,refinery,CH,gold,100,t,
            IT17-M,Kivu Carry Mine,mine,CD,gold,,,"RMAP conformant"
            IT17-M2,Ituri Carry Mine,mine,CD,gold,,,
            """;
    private static final String LINKS = """
            buyer_id,supplier_id,commodity,share,annual_volume,volume_unit
            IT17-C1,IT17-R,gold,,10,t
            IT17-C2,IT17-C3,gold,1,5000,kg
            IT17-C3,IT17-R,gold,0.4,8,t
            IT17-R,IT17-M,gold,0.5,,
            IT17-R,IT17-M2,gold,0.5,,
            """;

    @Autowired
    Driver driver;
    @Autowired
    ImportService imports;
    @Autowired
    LeverageService leverage;
    @Autowired
    ExposureService exposure;
    @Autowired
    OverviewService overview;
    @Autowired
    MockMvc mvc;
    @TempDir
    Path dir;

    private ImportReport run(ImportKind kind, String text) throws IOException {
        Path file = dir.resolve(kind.id() + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return imports.importFile(kind, file, ImportOptions.defaults());
    }

    private Object value(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asObject();
    }

    @BeforeEach
    void chain() throws IOException {
        if ((long) value("MATCH (c:Company {id: 'IT17-C1'}) RETURN count(c)") > 0) {
            return;
        }
        assertThat(run(ImportKind.COMPANIES, COMPANIES).created()).isEqualTo(5);
        assertThat(run(ImportKind.FACILITIES, FACILITIES).created()).isEqualTo(3);
        ImportReport links = run(ImportKind.LINKS, LINKS);
        assertThat(links.errorLines()).isEmpty();
        assertThat(links.created()).isEqualTo(5);
    }

    @Test
    void volumesThroughputAndCertificationsAreStoredAndReimportIsUnchanged() throws IOException {
        assertThat(value("MATCH (:Company {id:'IT17-C1'})-[x:BUYS_FROM]->(:Facility {id:'IT17-R'}) "
                + "RETURN [x.annualVolume, x.volumeUnit]")).isEqualTo(List.of(10.0, "t"));
        assertThat(value("MATCH (:Company {id:'IT17-C2'})-[x:BUYS_FROM]->(:Company {id:'IT17-C3'}) "
                + "RETURN [x.share, x.annualVolume, x.volumeUnit]")).isEqualTo(List.of(1.0, 5000.0, "kg"));
        assertThat(value("MATCH (f:Facility {id:'IT17-R'}) RETURN [f.annualThroughput, f.throughputUnit]"))
                .isEqualTo(List.of(100.0, "t"));
        assertThat(value("MATCH (f:Facility {id:'IT17-M'}) RETURN f.certifications")).isEqualTo(List.of("RMAP conformant"));
        assertThat(value("MATCH (f:Facility {id:'IT17-M2'}) RETURN f.certifications IS NULL")).isEqualTo(true);
        assertThat(run(ImportKind.LINKS, LINKS)).extracting("created", "updated", "unchanged").containsExactly(0, 0, 5);
        assertThat(run(ImportKind.FACILITIES, FACILITIES)).extracting("created", "updated", "unchanged")
                .containsExactly(0, 0, 3);
    }

    @Test
    void badUnitsAndNegativeVolumesRefuseTheFileNamingLineAndField() throws IOException {
        ImportReport r = run(ImportKind.LINKS, """
                buyer_id,supplier_id,commodity,annual_volume,volume_unit
                IT17-C1,IT17-M,gold,-5,kg
                IT17-C1,IT17-M2,gold,5,lbs
                """);
        assertThat(r.errorLines()).containsExactly(
                "links.csv:2: annual_volume: '-5' is negative: an annual volume is 0 or more",
                "links.csv:3: volume_unit: 'lbs' is not a unit Ketenlens knows: use kg, t (tonnes) or EUR");
        assertThat(value("MATCH (:Company {id:'IT17-C1'})-[x:BUYS_FROM]->(:Facility {id:'IT17-M'}) RETURN count(x)"))
                .isEqualTo(0L);
    }

    @Test
    void leverageSaysWhichShareOfTheRefinerysOutputTheSelectionBuys() {
        Map<String, FacilityLeverage> byId = leverageOf("IT17-C1", "IT17-C2");
        FacilityLeverage refinery = byId.get("IT17-R");
        assertThat(refinery.memberOutput().share()).isCloseTo(0.12, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(refinery.memberOutput().volume()).isCloseTo(12.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(refinery.memberOutput().unit()).isEqualTo("t");
        assertThat(refinery.memberOutput().statement()).startsWith("selected companies buy an estimated 12 % of this "
                + "facility's output (12 of 100 t a year");
        assertThat(refinery.explanation()).contains("selected companies buy an estimated 12 %");
        // with C3 selected too, its own 8 t count and C2's purchase through it is not counted again
        assertThat(leverageOf("IT17-C1", "IT17-C2", "IT17-C3").get("IT17-R").memberOutput().share())
                .isCloseTo(0.18, org.assertj.core.api.Assertions.within(1e-12));
        FacilityLeverage mine = byId.get("IT17-M");
        assertThat(mine.memberOutput().share()).isNull();
        assertThat(mine.memberOutput().statement()).isEqualTo("unknown: no annual throughput is known for this facility");
        assertThat(mine.certifications()).containsExactly("RMAP conformant");
        assertThat(mine.explanation()).contains("Certifications (self-declared in import): RMAP conformant (RMAP");
    }

    @Test
    void aFinancierInASelectionWithBuyersIsLeftOutSoItDoesNotCountTwice() throws IOException {
        run(ImportKind.FINANCING, "financier_id,company_id\nIT17-B2,IT17-C1\n");
        var report = leverage.leverage(new LeverageRequest(null, null, List.of("IT17-C1", "IT17-B2"), null, null, null,
                null, 100));
        assertThat(report.scope().selection().companyIds()).containsExactly("IT17-C1");
        assertThat(report.facilities()).filteredOn(f -> f.facilityId().equals("IT17-R"))
                .singleElement().extracting(f -> f.reachCompanies().value()).isEqualTo(1);
        var financiers = leverage.leverage(new LeverageRequest(null, null, List.of("IT17-B2"), null, null, null, null, 100));
        assertThat(financiers.scope().selection().companyIds()).containsExactly("IT17-B2");
        assertThat(financiers.facilities()).extracting(FacilityLeverage::facilityId).contains("IT17-R");
    }

    private Map<String, FacilityLeverage> leverageOf(String... companies) {
        return leverage.leverage(new LeverageRequest(null, null, List.of(companies), null, null, null, null, 100))
                .facilities().stream().collect(Collectors.toMap(FacilityLeverage::facilityId, Function.identity()));
    }

    @Test
    void companyToCompanyChainReachesTheSupplierCompanysFacilitiesAndCertificationHalvesTheLikelihood() {
        ExposureReport r = exposure.exposure("IT17-C2", null, null, null, null);
        Map<String, FacilityExposure> byId = r.facilities().stream()
                .collect(Collectors.toMap(FacilityExposure::facilityId, Function.identity()));
        assertThat(byId).containsKeys("IT17-M", "IT17-M2").doesNotContainKey("IT17-C3");
        FacilityExposure mine = byId.get("IT17-M");
        FacilityExposure twin = byId.get("IT17-M2");
        assertThat(mine.tier()).isEqualTo(3);
        assertThat(mine.bestPath().companyId()).isEqualTo("IT17-C2");
        assertThat(mine.bestPath().financierId()).isNull();
        assertThat(mine.bestPath().hops()).extracting("facilityId").containsExactly("IT17-C3", "IT17-R", "IT17-M");
        assertThat(mine.bestPath().share()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
        // the twin mine in the same country and commodity shows what the rule does, whatever the seeded figures are
        Map<String, IndicatorView> twins = twin.indicators().stream()
                .collect(Collectors.toMap(IndicatorView::id, Function.identity()));
        assertThat(mine.indicators()).isNotEmpty().allSatisfy(i -> {
            IndicatorView t = twins.get(i.id());
            boolean covered = List.of("conflict", "child_labour", "forced_labour", "corruption").contains(i.theme());
            assertThat(i.likelihood()).isEqualTo(covered ? t.likelihood() * 0.5 : t.likelihood());
            if (covered) {
                assertThat(i.basis()).endsWith("likelihood lowered ×0.5 because: RMAP conformant (self-declared in import)");
            }
        });
        assertThat(mine.indicators()).anySatisfy(i -> assertThat(i.theme()).isIn("conflict", "child_labour", "forced_labour"));
        assertThat(mine.riskWeight()).isLessThan(twin.riskWeight());
    }

    @Test
    void financingImportRoundTripShownOnTheCompanyAndCountedInTheOverview() throws Exception {
        int before = overview.overview().financingLinks();
        String file = "financier_id,company_id,amount\nIT17-B1,IT17-C1,2500000\n";
        assertThat(run(ImportKind.FINANCING, file)).extracting("created", "updated", "unchanged").containsExactly(1, 0, 0);
        assertThat(run(ImportKind.FINANCING, file)).extracting("created", "updated", "unchanged").containsExactly(0, 0, 1);
        assertThat(run(ImportKind.FINANCING, file.replace("2500000", "3000000")))
                .extracting("created", "updated", "unchanged").containsExactly(0, 1, 0);
        assertThat(overview.overview().financingLinks()).isEqualTo(before + 1);
        mvc.perform(get("/api/companies/IT17-C1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.financedBy[0].companyId").value("IT17-B1"))
                .andExpect(jsonPath("$.financedBy[0].kind").value("bank"))
                .andExpect(jsonPath("$.financedBy[0].amount").value(3000000.0))
                .andExpect(jsonPath("$.suppliers[0].annualVolume").value(10.0))
                .andExpect(jsonPath("$.suppliers[0].volumeUnit").value("t"));
        mvc.perform(get("/api/companies/IT17-B1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.financed[0].companyId").value("IT17-C1"))
                .andExpect(jsonPath("$.financed[0].amount").value(3000000.0));
        mvc.perform(get("/api/companies/IT17-C2")).andExpect(status().isOk())
                .andExpect(jsonPath("$.supplierCompanies[0].companyId").value("IT17-C3"))
                .andExpect(jsonPath("$.supplierCompanies[0].annualVolume").value(5000.0));
        ExposureReport bank = exposure.exposure("IT17-B1", null, null, null, null);
        assertThat(bank.financedCompanyIds()).containsExactly("IT17-C1");
        assertThat(bank.facilities()).extracting(FacilityExposure::facilityId).contains("IT17-M");
    }

    @Test
    void financingFromACompanyOrToABankIsRefusedNamingTheLine() throws IOException {
        ImportReport r = run(ImportKind.FINANCING, "financier_id,company_id\nIT17-C1,IT17-C2\nIT17-B1,IT17-B1\n"
                + "IT17-B1,IT17-NOPE\n");
        assertThat(r.errorLines()).containsExactly(
                "financing.csv:3: company_id: self-link: 'IT17-B1' cannot finance itself",
                "financing.csv:4: company_id: unknown company 'IT17-NOPE'");
        ImportReport kinds = run(ImportKind.FINANCING, "financier_id,company_id\nIT17-C1,IT17-C2\nIT17-B1,IT17-C3\n");
        assertThat(kinds.errorLines()).containsExactly("financing.csv:2: financier_id: 'IT17-C1' is not a bank, "
                + "insurer or pension fund (its kind in the companies file decides)");
        assertThat(value("MATCH (:Company {id:'IT17-B1'})-[x:FINANCES]->(:Company {id:'IT17-C3'}) RETURN count(x)"))
                .isEqualTo(0L);
    }

    @Test
    void facilityDetailsShowCertificationsAndTheLoweredLikelihood() throws Exception {
        mvc.perform(get("/api/facilities/IT17-M")).andExpect(status().isOk())
                .andExpect(jsonPath("$.certifications[0]").value("RMAP conformant"))
                .andExpect(jsonPath("$.certificationStatement").value(containsString("RMAP: likelihood ×0.5 for")))
                .andExpect(jsonPath("$.indicators[?(@.theme == 'conflict')].basis")
                        .value(org.hamcrest.Matchers.everyItem(containsString("likelihood lowered ×0.5 because: "
                                + "RMAP conformant (self-declared in import)"))));
        mvc.perform(get("/api/facilities/IT17-R")).andExpect(status().isOk())
                .andExpect(jsonPath("$.annualThroughput").value(100.0))
                .andExpect(jsonPath("$.throughputUnit").value("t"))
                .andExpect(jsonPath("$.certificationStatement").value(nullValue()));
    }
}
