package nl.ketenlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10: every file of {@code src/test/resources/hostile/} (listed with its documented outcome in
 * {@code expected.csv}) is refused or accepted as documented; a refused file leaves the graph byte-for-byte as it
 * was (nothing partial), and none of them throws or exhausts the heap.
 */
@EmbeddedStoreTest
class HostileCorpusIT {

    @Autowired
    Driver driver;
    @Autowired
    ImportService service;

    @BeforeEach
    void fixtures() throws IOException {
        GraphFixture.seedReference(driver);
        importText(ImportKind.COMPANIES, "company_id,name,sector,size\nHOST-CO,Host Buyer BV,food,sme\n");
        importText(ImportKind.FACILITIES, "facility_id,name,type,country,region,commodities,os_id,rmi_cid\n"
                + "HOST-FAC,Host Mill,mill,GH,,gold,,\nHOST-F2,Host Smelter,smelter,GH,,gold,,\n"
                + "HOST-FOS,Host Other,mill,GH,,gold,HOST-OS-1,\n");
    }

    private void importText(ImportKind kind, String text) throws IOException {
        service.importFile(kind, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                kind.id() + ".csv", ImportOptions.defaults());
    }

    static Stream<Arguments> corpus() throws IOException {
        try (InputStream in = HostileCorpusIT.class.getResourceAsStream("/hostile/expected.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            return lines.stream().map(l -> l.split(",", 4)).map(f -> Arguments.of(f[0], f[1], f[2], f[3])).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}: {2} ({3})")
    @MethodSource("corpus")
    void eachFileHasItsDocumentedOutcome(String file, String kind, String outcome, String why) throws IOException {
        ImportKind k = ImportKind.parse(kind).orElseThrow();
        ImportOptions options = k.workbook() ? new ImportOptions(false, false, "HOST-FAC", null, ImportOptions.DEFAULT_BATCH_SIZE)
                : ImportOptions.defaults();
        String before = GraphFixture.fingerprint(driver);
        ImportReport report;
        try (InputStream in = HostileCorpusIT.class.getResourceAsStream("/hostile/" + file)) {
            report = service.importFile(k, in, file, options);
        }
        if (outcome.equals("refused")) {
            assertThat(report.refused()).as("%s should be refused (%s); report %s", file, why, report).isTrue();
            assertThat(report.errors()).isNotEmpty();
            assertThat(GraphFixture.fingerprint(driver)).as("nothing written for " + file).isEqualTo(before);
        } else {
            assertThat(report.refused()).as("%s should be accepted (%s); errors %s", file, why, report.errors()).isFalse();
        }
    }
}
