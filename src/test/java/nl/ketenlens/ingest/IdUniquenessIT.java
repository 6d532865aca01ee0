package nl.ketenlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.ketenlens.graph.projection.GraphProjector;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 10 item 1: one id space for companies and facilities; external ids name one facility. */
@EmbeddedStoreTest
class IdUniquenessIT {
    private static final String FACILITIES = "facility_id,name,type,country,region,commodities,os_id,rmi_cid\n";
    private static final String COMPANIES = "company_id,name,sector,size\n";

    @Autowired
    Driver driver;
    @Autowired
    ImportService service;
    @Autowired
    GraphProjector projector;

    @BeforeEach
    void reference() {
        GraphFixture.seedReference(driver);
    }

    private ImportReport run(ImportKind kind, String text) throws IOException {
        return service.importFile(kind, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                kind.id() + ".csv", ImportOptions.defaults());
    }

    @Test
    void companyWithAFacilitysIdIsRefusedAndNothingIsWritten() throws IOException {
        assertThat(run(ImportKind.FACILITIES, FACILITIES + "IT-UNQ-1,Mill,processor,GH,,gold,,\n").refused()).isFalse();
        String before = GraphFixture.fingerprint(driver);

        ImportReport r = run(ImportKind.COMPANIES, COMPANIES + "IT-UNQ-1,Same Id BV,food,sme\nIT-UNQ-OK,Fine BV,food,sme\n");

        assertThat(r.refused()).isTrue();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("company_id");
            assertThat(e.message()).contains("already the id of a facility");
        });
        assertThat(GraphFixture.fingerprint(driver)).isEqualTo(before);
        assertThat(projector.current().graph().findFacility("IT-UNQ-1")).isNotNegative();
    }

    @Test
    void facilityWithACompanysIdIsRefused() throws IOException {
        assertThat(run(ImportKind.COMPANIES, COMPANIES + "IT-UNQ-2,Buyer BV,food,sme\n").refused()).isFalse();

        ImportReport r = run(ImportKind.FACILITIES, FACILITIES + "IT-UNQ-2,Mill,processor,GH,,gold,,\n");

        assertThat(r.refused()).isTrue();
        assertThat(r.errors().get(0).message()).contains("already the id of a company");
        assertThat(driver.executableQuery("MATCH (f:Facility {id: 'IT-UNQ-2'}) RETURN count(f)").execute()
                .records().get(0).get(0).asLong()).isZero();
    }

    @Test
    void storeRefusesASecondFacilityWithTheSameExternalIds() {
        driver.executableQuery("CREATE (:Facility {id: 'IT-UNQ-OS1', osId: 'IT-OS-DUP', rmiCid: 'IT-CID-DUP'})").execute();
        assertThatThrownBy(() -> driver.executableQuery("CREATE (:Facility {id: 'IT-UNQ-OS2', osId: 'IT-OS-DUP'})")
                .execute()).isInstanceOf(ClientException.class).hasMessageContaining("osId");
        assertThatThrownBy(() -> driver.executableQuery("CREATE (:Facility {id: 'IT-UNQ-OS3', rmiCid: 'IT-CID-DUP'})")
                .execute()).isInstanceOf(ClientException.class).hasMessageContaining("rmiCid");
        driver.executableQuery("MATCH (f:Facility {id: 'IT-UNQ-OS1'}) DETACH DELETE f").execute();
    }
}
