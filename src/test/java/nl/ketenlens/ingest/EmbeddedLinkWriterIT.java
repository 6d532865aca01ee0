package nl.ketenlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import nl.ketenlens.graph.GraphChange;
import nl.ketenlens.graph.GraphChanges;
import nl.ketenlens.graph.GraphState;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ADR 0018: a streamed links file is written through the embedded engine's API when the store is embedded, and
 * through Bolt otherwise. Both must decide and write exactly the same: the same file, imported over the same
 * existing links by each path into its own copy of the facilities, leaves the same links with the same properties
 * and the same created / updated / unchanged counts. The cases are the ones the existence check can get wrong:
 * an existing link (unchanged, or a changed share, or a share removed), a parallel link of another commodity, a
 * company buyer, a supplier that already has incoming links, and a buyer whose links this import wrote earlier.
 */
@EmbeddedStoreTest
class EmbeddedLinkWriterIT {

    @Autowired
    Driver driver;
    @Autowired
    ImportService embedded;

    private ImportService bolt;
    private final RecordingChanges changes = new RecordingChanges();

    @BeforeEach
    void paths() throws IOException {
        GraphFixture.seedReference(driver);
        bolt = new ImportService(driver, changes);
        for (String p : List.of("IT-EW-A-", "IT-EW-B-")) {
            ok(embedded, ImportKind.COMPANIES, "company_id,name,sector,size\n" + p + "C,Buyer " + p + " BV,food,sme\n");
            ok(embedded, ImportKind.FACILITIES, "facility_id,name,type,country,region,commodities,os_id,rmi_cid\n"
                    + p + "F1,Mill one " + p + ",processor,GH,,gold,,\n"
                    + p + "F2,Mill two " + p + ",processor,GH,,gold,,\n"
                    + p + "F3,Mill three " + p + ",processor,GH,,gold,,\n");
            // what is there before the file: F1→F2 gold 0.5, F1→F3 gold (no share), C→F2 gold 0.2
            ok(bolt, ImportKind.LINKS, links(p, """
                    F1,F2,gold,0.5,false
                    F1,F3,gold,,false
                    C,F2,gold,0.2,false
                    """));
        }
    }

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (n) WHERE (n:Facility OR n:Company) AND n.id STARTS WITH 'IT-EW-' DETACH DELETE n")
                .execute();
    }

    /** The file both paths import: one row of each case. */
    private static final String FILE = """
            F1,F2,gold,0.5,false
            F1,F3,gold,0.3,false
            C,F2,gold,,false
            F1,F2,tin,0.1,false
            C,F3,gold,0.9,true
            F2,F3,gold,,false
            F3,F1,gold,1.0,false
            """;

    @Test
    void embeddedAndBoltPathsDecideAndWriteTheSame() throws IOException {
        ImportReport viaBolt = ok(bolt, ImportKind.LINKS, links("IT-EW-A-", FILE));
        ImportReport viaEmbedded = ok(embedded, ImportKind.LINKS, links("IT-EW-B-", FILE));

        assertThat(viaEmbedded.created()).isEqualTo(4); // F1→F2 tin, C→F3, F2→F3, F3→F1
        assertThat(viaEmbedded.updated()).isEqualTo(2); // F1→F3 share set, C→F2 share removed
        assertThat(viaEmbedded.unchanged()).isEqualTo(1);
        assertThat(List.of(viaBolt.created(), viaBolt.updated(), viaBolt.unchanged()))
                .isEqualTo(List.of(viaEmbedded.created(), viaEmbedded.updated(), viaEmbedded.unchanged()));
        assertThat(stored("IT-EW-B-")).isEqualTo(stored("IT-EW-A-")).hasSize(7).contains(
                "C>F2 gold null false", "F1>F3 gold 0.3 false", "F1>F2 tin 0.1 false", "C>F3 gold 0.9 true");
    }

    @Test
    void secondImportThroughTheEmbeddedPathChangesNothing() throws IOException {
        ok(embedded, ImportKind.LINKS, links("IT-EW-B-", FILE));
        long revision = GraphState.revision(driver);
        List<String> before = stored("IT-EW-B-");

        ImportReport again = ok(embedded, ImportKind.LINKS, links("IT-EW-B-", FILE));

        assertThat(again.unchanged()).isEqualTo(7);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(GraphState.revision(driver)).isEqualTo(revision);
        assertThat(stored("IT-EW-B-")).isEqualTo(before);
    }

    @Test
    void aDryRunThroughTheEmbeddedPathWritesNothing() throws IOException {
        List<String> before = stored("IT-EW-B-");
        ImportReport r = embedded.importFile(ImportKind.LINKS, bytes(links("IT-EW-B-", FILE)), "links.csv",
                ImportOptions.defaults().withDryRun(true));

        assertThat(r.refused()).isFalse();
        assertThat(r.created()).isEqualTo(4);
        assertThat(stored("IT-EW-B-")).isEqualTo(before);
    }

    @Test
    void linksWrittenByEarlierBatchesOfTheSameFileAreNotTakenForExistingOnes() throws IOException {
        // batch size 1: every row its own batch, so the buyer F1 and the supplier F2 already carry this import's links
        String file = links("IT-EW-B-", """
                F1,F2,copper,0.1,false
                F1,F2,cobalt,0.2,false
                F3,F2,copper,0.3,false
                F1,F3,copper,0.4,false
                """);
        ImportReport r = embedded.importFile(ImportKind.LINKS, bytes(file), "links.csv",
                new ImportOptions(false, false, null, null, 1));

        assertThat(r.refused()).as("%s", r.errors()).isFalse();
        assertThat(r.created()).isEqualTo(4);
        assertThat(stored("IT-EW-B-")).contains("F1>F2 copper 0.1 false", "F1>F2 cobalt 0.2 false",
                "F3>F2 copper 0.3 false", "F1>F3 copper 0.4 false", "F1>F2 gold 0.5 false");
    }

    @Test
    void theBoltPathRecordsALinksOnlyImportForTheIncrementalProjection() throws IOException {
        changes.last = null;
        ok(bolt, ImportKind.LINKS, links("IT-EW-A-", "F2,F1,gold,0.5,false\n"));

        assertThat(changes.last).isNotNull();
        assertThat(changes.last.createdLinks()).singleElement()
                .satisfies(l -> assertThat(l.buyerId() + ">" + l.supplierId()).isEqualTo("IT-EW-A-F2>IT-EW-A-F1"));
    }

    /** Every link among the prefix's nodes as {@code buyer>supplier commodity share synthetic}, ids without prefix. */
    private List<String> stored(String prefix) {
        return driver.executableQuery("""
                        MATCH (b)-[x:BUYS_FROM]->(s:Facility) WHERE b.id STARTS WITH $p AND s.id STARTS WITH $p
                        RETURN substring(b.id, size($p)) + '>' + substring(s.id, size($p)) + ' ' + x.commodity + ' '
                               + coalesce(toString(x.share), 'null') + ' ' + toString(x.synthetic) AS l ORDER BY l""")
                .withParameters(java.util.Map.of("p", prefix)).execute().records().stream()
                .map(r -> r.get("l").asString()).collect(Collectors.toList());
    }

    private static String links(String prefix, String rows) {
        StringBuilder out = new StringBuilder("buyer_id,supplier_id,commodity,share,synthetic\n");
        rows.lines().forEach(l -> out.append(prefix).append(l.replaceFirst(",", "," + prefix)).append('\n'));
        return out.toString();
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportReport ok(ImportService service, ImportKind kind, String text) throws IOException {
        ImportReport r = service.importFile(kind, bytes(text), kind.id() + ".csv", ImportOptions.defaults());
        assertThat(r.refused()).as("%s", r.errors()).isFalse();
        return r;
    }

    /** Keeps the last change the Bolt-path service reported. */
    private static final class RecordingChanges extends GraphChanges {
        GraphChange last;

        @Override
        public void record(GraphChange change) {
            last = change;
        }
    }
}
