package nl.ketenlens.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenlens.graph.GraphChanges;
import nl.ketenlens.graph.GraphState;
import nl.ketenlens.ingest.ImportKind;
import nl.ketenlens.ingest.ImportOptions;
import nl.ketenlens.ingest.ImportReport;
import nl.ketenlens.ingest.ImportService;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a small links import the projection adds the new links to the last one instead of reading the store: the
 * result must equal a full rebuild from the store (a second projector that knows of no change), and anything the
 * diff cannot express exactly must fall back to the rebuild.
 */
@EmbeddedStoreTest
class IncrementalProjectionIT {

    @Autowired
    Driver driver;
    @Autowired
    ImportService imports;
    @Autowired
    GraphProjector projector;
    @TempDir
    Path dir;

    @BeforeEach
    void network() throws IOException {
        run(ImportKind.COMPANIES, "company_id,name,sector,size\nIT-INC-C1,Chocolade BV,food,large\n"
                + "IT-INC-C2,Goud BV,food,sme\n");
        run(ImportKind.FACILITIES, "facility_id,name,type,country,region,commodities\n"
                + "IT-INC-F1,Coop,cooperative,GH,,cocoa\nIT-INC-F2,Trader,trader,NL,,cocoa|gold\n"
                + "IT-INC-F3,Mine,mine,GH,,gold\nIT-INC-F4,Refiner,refiner,CN,,gold\n");
        run(ImportKind.LINKS, "buyer_id,supplier_id,commodity,share\nIT-INC-C1,IT-INC-F2,cocoa,0.5\n"
                + "IT-INC-F2,IT-INC-F1,cocoa,\n");
    }

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH 'IT-INC-' DETACH DELETE n").execute();
        driver.executableQuery(GraphState.BUMP_REVISION).execute();
    }

    private ImportReport run(ImportKind kind, String text) throws IOException {
        Path file = dir.resolve(kind.id() + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ImportReport report = imports.importFile(kind, file, ImportOptions.defaults());
        assertThat(report.errors()).isEmpty();
        return report;
    }

    private GraphProjection fullRebuild() {
        return new GraphProjector(driver, GraphChanges.NONE, new nl.ketenlens.graph.StoreWrites()).current();
    }

    @Test
    void smallLinksImportIsAddedToTheLastProjectionAndEqualsAFullRebuild() throws IOException {
        projector.current();
        long applied = projector.incrementalUpdates();

        run(ImportKind.LINKS, "buyer_id,supplier_id,commodity,share\nIT-INC-C2,IT-INC-F3,gold,0.25\n"
                + "IT-INC-F2,IT-INC-F4,gold,\nIT-INC-C1,IT-INC-F4,gold,1\nIT-INC-C1,IT-INC-F2,cocoa,0.5\n");
        run(ImportKind.LINKS, "buyer_id,supplier_id,commodity,share\nIT-INC-F4,IT-INC-F3,gold,0.75\n");
        GraphProjection incremental = projector.current();

        assertThat(projector.incrementalUpdates()).isEqualTo(applied + 1);
        assertThat(incremental.revision()).isEqualTo(GraphState.revision(driver));
        assertThat(incremental.graph().findSupplyLink("IT-INC-F4", "IT-INC-F3")).isNotNegative();
        ProjectionDeltaTests.assertSame(incremental, fullRebuild());
    }

    @Test
    void aLinkParallelToAnExistingOneIsProjectedByARebuild() throws IOException {
        projector.current();
        long applied = projector.incrementalUpdates();

        run(ImportKind.LINKS, "buyer_id,supplier_id,commodity,share\nIT-INC-C1,IT-INC-F2,gold,0.9\n");
        GraphProjection rebuilt = projector.current();

        assertThat(projector.incrementalUpdates()).isEqualTo(applied);
        int e = rebuilt.graph().findSupplyLink("IT-INC-C1", "IT-INC-F2");
        assertThat(rebuilt.graph().share(e)).isEqualTo(0.9);
        ProjectionDeltaTests.assertSame(rebuilt, fullRebuild());
    }

    @Test
    void anUpdatedShareIsProjectedByARebuild() throws IOException {
        projector.current();
        long applied = projector.incrementalUpdates();

        run(ImportKind.LINKS, "buyer_id,supplier_id,commodity,share\nIT-INC-C1,IT-INC-F2,cocoa,0.125\n");
        GraphProjection rebuilt = projector.current();

        assertThat(projector.incrementalUpdates()).isEqualTo(applied);
        assertThat(rebuilt.graph().share(rebuilt.graph().findSupplyLink("IT-INC-C1", "IT-INC-F2"))).isEqualTo(0.125);
    }
}
