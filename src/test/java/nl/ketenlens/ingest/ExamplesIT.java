package nl.ketenlens.ingest;

import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented examples import cleanly, in the documented order, into the seeded store. */
@EmbeddedStoreTest
class ExamplesIT {
    private static final Path EXAMPLES = Path.of("seed-data/examples");

    @Autowired
    ImportService service;
    @Autowired
    Driver driver;

    private ImportReport run(ImportKind kind, String file, ImportOptions options) throws IOException {
        ImportReport r = service.importFile(kind, EXAMPLES.resolve(file), options.withDryRun(false));
        assertThat(r.errorLines()).as(file).isEmpty();
        assertThat(r.refused()).isFalse();
        return r;
    }

    @Test
    void everyExampleImports() throws IOException {
        ImportOptions none = ImportOptions.defaults();
        assertThat(run(ImportKind.COMPANIES, "companies.csv", none).read()).isEqualTo(3);
        assertThat(run(ImportKind.FACILITIES, "facilities.csv", none).read()).isEqualTo(4);
        assertThat(run(ImportKind.LINKS, "links.csv", none).read()).isEqualTo(4);
        assertThat(run(ImportKind.RISKS, "risks.csv", none).read()).isEqualTo(2);
        assertThat(run(ImportKind.OSH, "osh.csv", none.withBuyer("EX-C1")).read()).isEqualTo(2);
        ImportReport cmrt = run(ImportKind.CMRT, "cmrt.xlsx", none.withSupplier("EX-F3"));
        assertThat(cmrt.read()).isEqualTo(4);
        assertThat(cmrt.warnings()).anyMatch(w -> w.contains("no CID for 'Unknown'"));
        assertThat(run(ImportKind.EMRT, "emrt.xlsx", none.withSupplier("EX-F3")).read()).isEqualTo(2);
        assertThat(run(ImportKind.FINANCING, "financing.csv", none).read()).isEqualTo(2);
        assertThat(driver.executableQuery("MATCH (:Company {id:'EX-C3'})-[x:FINANCES]->(:Company {id:'EX-C1'}) RETURN x.amount AS a")
                .execute().records().get(0).get("a").asDouble()).isEqualTo(2_500_000.0);
        assertThat(driver.executableQuery("MATCH (f:Facility {id:'EX-F3'}) RETURN f.certifications AS c")
                .execute().records().get(0).get("c").asList()).containsExactly("RMAP conformant");

        assertThat(driver.executableQuery("""
                MATCH (:Company {id:'EX-C2'})-[:BUYS_FROM]->(:Facility {id:'EX-F3'})-[:BUYS_FROM]->(f:Facility)-[:IN_REGION]->(r)
                RETURN r.code AS r""").execute().records().get(0).get("r").asString()).isEqualTo("CD-SK");
        assertThat(driver.executableQuery("MATCH (c:Company:FinancialInstitution {id:'EX-C3'})-[:MEMBER_OF]->(v) RETURN count(v) AS n")
                .execute().records().get(0).get("n").asLong()).isEqualTo(2);
        assertThat(driver.executableQuery("MATCH (:Company {id:'EX-C1'})-[:BUYS_FROM {commodity:'garments'}]->(f {osId:'BD2024EXAMPLE1'}) RETURN count(f) AS n")
                .execute().records().get(0).get("n").asLong()).isEqualTo(1);
    }
}
