package nl.ketenlens.ingest;

import nl.ketenlens.graph.GraphState;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedStoreTest
class ImportServiceIT {
    private static final String FACILITIES = "facility_id,name,type,country,region,commodities,os_id,rmi_cid\n";

    @Autowired
    Driver driver;
    @Autowired
    ImportService service;
    @TempDir
    Path dir;

    @BeforeEach
    void reference() {
        GraphFixture.seedReference(driver);
    }

    private ImportReport run(ImportKind kind, String name, String text, ImportOptions options) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return service.importFile(kind, file, options);
    }

    private ImportReport run(ImportKind kind, String text) throws IOException {
        return run(kind, kind.id() + ".csv", text, ImportOptions.defaults());
    }

    private Object value(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asObject();
    }

    @Test
    void companiesAreCreatedThenUnchangedThenUpdated() throws IOException {
        String v1 = "company_id,name,sector,size,kvk,covenants,kind\n"
                + "IT-C1,Stoffen BV,textile,sme,12345678,textile|gold,company\n"
                + "IT-C2,Spaarbank NV,food,large,,,bank\n";
        long rev0 = GraphState.revision(driver);
        assertThat(run(ImportKind.COMPANIES, v1)).extracting("read", "created", "updated", "unchanged", "rejected")
                .containsExactly(2, 2, 0, 0, 0);
        assertThat(GraphState.revision(driver)).isEqualTo(rev0 + 1);
        assertThat(value("MATCH (c:Company {id:'IT-C1'})-[:MEMBER_OF]->(v) RETURN count(v)")).isEqualTo(2L);
        assertThat(value("MATCH (c:Company {id:'IT-C1'})-[:IN_SECTOR]->(s) RETURN s.code")).isEqualTo("textile");
        assertThat(value("MATCH (c:Company:FinancialInstitution {id:'IT-C2'}) RETURN c.kind")).isEqualTo("bank");

        assertThat(run(ImportKind.COMPANIES, v1)).extracting("created", "updated", "unchanged").containsExactly(0, 0, 2);
        assertThat(GraphState.revision(driver)).isEqualTo(rev0 + 1);

        String v2 = v1.replace("textile|gold", "gold").replace("Spaarbank NV,food,large,,,bank", "Spaarbank NV,food,large,,,company");
        assertThat(run(ImportKind.COMPANIES, v2)).extracting("created", "updated", "unchanged").containsExactly(0, 2, 0);
        assertThat(value("MATCH (c:Company {id:'IT-C1'})-[:MEMBER_OF]->(v) RETURN collect(v.code)")).isEqualTo(List.of("gold"));
        assertThat(value("MATCH (c:Company:FinancialInstitution {id:'IT-C2'}) RETURN count(c)")).isEqualTo(0L);
        assertThat(GraphState.revision(driver)).isEqualTo(rev0 + 2);
    }

    @Test
    void facilitiesAndLinksWithRelationshipsAndIdempotence() throws IOException {
        run(ImportKind.COMPANIES, "company_id,name,sector,size\nIT-B1,Chocolade BV,food,large\n");
        ImportReport f = run(ImportKind.FACILITIES, FACILITIES
                + "IT-F1,Kumasi Cocoa Cooperative,cooperative,GH,GH-AH,cocoa,,\n"
                + "IT-F2,Accra Trading Ltd,trader,Ghana,,cocoa|gold,,\n");
        assertThat(f.created()).isEqualTo(2);
        assertThat(value("MATCH (f:Facility {id:'IT-F1'})-[:IN_REGION]->(r) RETURN r.code")).isEqualTo("GH-AH");
        assertThat(value("MATCH (f:Facility {id:'IT-F2'})-[:HANDLES]->(m) RETURN count(m)")).isEqualTo(2L);
        assertThat(value("MATCH (f:Facility {id:'IT-F2'})-[:LOCATED_IN]->(k) RETURN k.iso2")).isEqualTo("GH");
        assertThat(value("MATCH (f:Facility {id:'IT-F2'}) RETURN f.nameKey")).isEqualTo("accra trading");

        String links = "buyer_id,supplier_id,commodity,share\nIT-B1,IT-F2,cocoa,0.6\nIT-F2,IT-F1,1801,\n";
        assertThat(run(ImportKind.LINKS, links)).extracting("created", "unchanged").containsExactly(2, 0);
        String fp = GraphFixture.fingerprint(driver);
        assertThat(run(ImportKind.LINKS, links)).extracting("created", "updated", "unchanged").containsExactly(0, 0, 2);
        assertThat(GraphFixture.fingerprint(driver)).isEqualTo(fp);
        assertThat(run(ImportKind.LINKS, links.replace("0.6", "0.75"))).extracting("updated", "unchanged").containsExactly(1, 1);
        assertThat(value("MATCH (:Company {id:'IT-B1'})-[r:BUYS_FROM]->(:Facility {id:'IT-F2'}) RETURN r.share")).isEqualTo(0.75);
    }

    @Test
    void aRefusedFileLeavesTheGraphIdentical() throws IOException {
        run(ImportKind.FACILITIES, FACILITIES + "IT-A1,Atom Mill,mill,NL,,cotton,,\n");
        String before = GraphFixture.fingerprint(driver);
        ImportReport r = run(ImportKind.FACILITIES, FACILITIES
                + "IT-A1,Atom Mill Renamed,mill,NL,,cotton,,\nIT-A2,New Mill,mill,NL,,cotton,,\nIT-A3,Bad,mill,Atlantis,,,,\n");
        assertThat(r.refused()).isTrue();
        assertThat(r.errorLines()).containsExactly(
                "facilities.csv:4: country: unknown country 'Atlantis' (use ISO 3166-1 alpha-2, alpha-3 or the English name)");
        assertThat(r).extracting("read", "created", "rejected").containsExactly(3, 0, 1);
        assertThat(GraphFixture.fingerprint(driver)).isEqualTo(before);
    }

    @Test
    void anEntityResolutionErrorFoundInTheTransactionAlsoRollsBack() throws IOException {
        run(ImportKind.FACILITIES, FACILITIES + "IT-R1,Red Mill,mill,NL,,,OS-R1,\nIT-R2,Blue Mill,mill,NL,,,OS-R2,\n");
        String before = GraphFixture.fingerprint(driver);
        ImportReport r = run(ImportKind.FACILITIES, FACILITIES + "IT-R3,Green Mill,mill,NL,,,,\nIT-R1,Red Mill,mill,NL,,,OS-R2,\n");
        assertThat(r.refused()).isTrue();
        assertThat(r.errorLines()).singleElement().asString().startsWith(
                "facilities.csv:3: os_id: OS ID 'OS-R2' already belongs to facility 'IT-R2', not to 'IT-R1'");
        assertThat(GraphFixture.fingerprint(driver)).isEqualTo(before);
    }

    @Test
    void facilitiesAreMatchedByOsIdThenCidThenNameAndCountry() throws IOException {
        run(ImportKind.FACILITIES, FACILITIES
                + "IT-E1,Dhaka Knit,factory,BD,,cotton,OS-E1,\n"
                + "IT-E2,Yunnan Tin Group,smelter,CN,,tin,,CID-E2\n"
                + "IT-E3,Jiangxi Copper Co. Ltd.,smelter,CN,,,,\n");
        ImportReport r = run(ImportKind.FACILITIES, FACILITIES
                + "X-1,Dhaka Knit Ltd,factory,BD,,cotton,OS-E1,\n"
                + "X-2,Yunnan Tin,smelter,CN,,tin,,CID-E2\n"
                + "X-3,JIANGXI COPPER,smelter,CN,,,,\n");
        assertThat(r).extracting("created", "updated", "unchanged").containsExactly(0, 3, 0);
        assertThat(r.warnings()).anyMatch(w -> w.contains("facility 'X-1' merged into existing facility 'IT-E1' (the same OS ID 'OS-E1')"))
                .anyMatch(w -> w.contains("'X-2' merged into existing facility 'IT-E2' (the same RMI CID 'CID-E2')"))
                .anyMatch(w -> w.contains("'X-3' merged into existing facility 'IT-E3' (the same name and country)"));
        assertThat(value("MATCH (f:Facility) WHERE f.id STARTS WITH 'X-' RETURN count(f)")).isEqualTo(0L);
        assertThat(value("MATCH (f:Facility {id:'IT-E1'}) RETURN f.name")).isEqualTo("Dhaka Knit Ltd");
    }

    @Test
    void dryRunReportsButWritesNothing() throws IOException {
        String before = GraphFixture.fingerprint(driver);
        ImportReport r = run(ImportKind.FACILITIES, "f.csv", FACILITIES + "IT-D1,Dry Mill,mill,NL,,,,\n",
                ImportOptions.defaults().withDryRun(true));
        assertThat(r).extracting("created", "refused").containsExactly(1, false);
        assertThat(GraphFixture.fingerprint(driver)).isEqualTo(before);
    }

    @Test
    void skipInvalidWritesValidRowsAndTheRejectedFile() throws IOException {
        ImportReport r = run(ImportKind.FACILITIES, "mixed.csv", FACILITIES
                + "IT-S1,Good Mill,mill,NL,,,,\nIT-S2,Bad Mill,mill,Atlantis,,,,\n", ImportOptions.defaults().withSkipInvalid(true));
        assertThat(r).extracting("read", "created", "rejected", "refused").containsExactly(2, 1, 1, false);
        assertThat(value("MATCH (f:Facility) WHERE f.id IN ['IT-S1','IT-S2'] RETURN collect(f.id)")).isEqualTo(List.of("IT-S1"));
        assertThat(Files.readAllLines(dir.resolve("mixed.csv.rejected.csv"))).containsExactly(
                "facility_id,name,type,country,region,commodities,os_id,rmi_cid,reason",
                "IT-S2,Bad Mill,mill,Atlantis,,,,,\"line 3: country: unknown country 'Atlantis' (use ISO 3166-1 alpha-2, alpha-3 or the English name)\"");
    }

    @Test
    void oshFacilitiesAreKeyedByOsIdAndLinkedToTheBuyer() throws IOException {
        run(ImportKind.COMPANIES, "company_id,name,sector,size\nIT-O1,Kleding BV,textile,sme\n");
        String osh = "os_id,name,address,country_code,country_name,lat,lng,sector,facility_type,number_of_workers,parent_company,contributor (list)\n"
                + "BD2020ITOSH01,Gazipur Garments Ltd,\"Plot 5, Gazipur\",BD,Bangladesh,24.0,90.4,Cotton,Final Product Assembly,1000,,Brand A\n"
                + "CN2020ITOSH02,Ningbo Spinning Mill,Ningbo,CN,China,29.8,121.5,Cotton,Spinning Mill,200,,Brand A|Brand B\n";
        ImportOptions buyer = ImportOptions.defaults().withBuyer("IT-O1");
        assertThat(run(ImportKind.OSH, "osh.csv", osh, buyer)).extracting("created", "rejected").containsExactly(2, 0);
        assertThat(value("MATCH (:Company {id:'IT-O1'})-[r:BUYS_FROM {commodity:'cotton'}]->(f:Facility) RETURN count(f)")).isEqualTo(2L);
        assertThat(value("MATCH (f:Facility {id:'CN2020ITOSH02'}) RETURN f.type + '/' + f.osId")).isEqualTo("mill/CN2020ITOSH02");
        assertThat(run(ImportKind.OSH, "osh.csv", osh, buyer)).extracting("created", "updated", "unchanged").containsExactly(0, 0, 2);
    }

    @Test
    void cmrtSmeltersAreLinkedFromTheSupplierAndMergedByCid() throws IOException {
        run(ImportKind.FACILITIES, FACILITIES + "IT-SUP,Acme Components,manufacturer,NL,,tin,,\n"
                + "IT-SM1,Known Tin Smelter,smelter,ID,,tin,,CID-IT-1\n");
        byte[] xlsx = RmiWorkbooks.cmrt("Acme Components BV",
                new String[]{"", "Tin", "Known Tin Smelter", "", "Indonesia", "CID-IT-1"},
                new String[]{"", "Gold", "New Gold Refinery", "", "China", "CID-IT-2"},
                new String[]{"", "Tungsten", "New Gold Refinery", "", "China", "CID-IT-2"});
        Path file = dir.resolve("acme-cmrt.xlsx");
        Files.write(file, xlsx);
        ImportReport r = service.importFile(ImportKind.CMRT, file, ImportOptions.defaults().withSupplier("IT-SUP"));
        assertThat(r).extracting("read", "created", "updated", "unchanged", "rejected").containsExactly(3, 2, 1, 0, 0);
        // row 1: known smelter merged by CID, only its link is new; rows 2 and 3: one new smelter, two new links
        assertThat(r.warnings()).anyMatch(w -> w.contains("'CID-IT-1' merged into existing facility 'IT-SM1'"));
        assertThat(value("MATCH (:Facility {id:'IT-SUP'})-[r:BUYS_FROM]->(s) RETURN count(r)")).isEqualTo(3L);
        assertThat(value("MATCH (f:Facility {id:'CID-IT-2'}) RETURN f.commodities")).isEqualTo(List.of("gold", "tungsten"));
        assertThat(service.importFile(ImportKind.CMRT, file, ImportOptions.defaults().withSupplier("IT-SUP")))
                .extracting("created", "updated", "unchanged").containsExactly(0, 0, 3);
    }

    @Test
    void emrtNeedsAKnownSupplier() throws IOException {
        Path file = dir.resolve("emrt.xlsx");
        Files.write(file, RmiWorkbooks.cmrt("Acme", new String[]{"", "Cobalt", "Cobalt Refinery", "", "China", "CID-IT-9"}));
        ImportReport r = service.importFile(ImportKind.EMRT, file, ImportOptions.defaults().withSupplier("NOPE"));
        assertThat(r.errorLines()).containsExactly("emrt.xlsx:0: --supplier: unknown facility 'NOPE'");
    }

    @Test
    void risksCreateIndicatorsWithSources() throws IOException {
        String risks = "country,region,commodity,theme,scale,scope,irremediability,likelihood,source_publisher,source_title,source_edition,source_year,source_url\n"
                + "GH,GH-AH,cocoa,child_labour,4,4,3,0.7,NORC,Child labour in cocoa growing areas,2020,2020,https://example.org/norc\n";
        assertThat(run(ImportKind.RISKS, risks)).extracting("created").isEqualTo(1);
        Map<String, Object> i = driver.executableQuery("""
                MATCH (i:RiskIndicator)-[:FROM_SOURCE]->(s:Source {publisher:'NORC'}), (i)-[:OF_THEME]->(t),
                      (i)-[:APPLIES_IN]->(g:Region), (i)-[:FOR_COMMODITY]->(m)
                RETURN i.scale AS scale, i.likelihood AS l, t.code AS t, g.code AS g, m.code AS m, s.year AS y""")
                .execute().records().get(0).asMap();
        assertThat(i).containsEntry("scale", 4L).containsEntry("l", 0.7).containsEntry("t", "child_labour")
                .containsEntry("g", "GH-AH").containsEntry("m", "cocoa").containsEntry("y", 2020L);
        assertThat(run(ImportKind.RISKS, risks)).extracting("unchanged").isEqualTo(1);
        assertThat(run(ImportKind.RISKS, risks.replace("0.7", "0.8"))).extracting("updated").isEqualTo(1);
    }
}
