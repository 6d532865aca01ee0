package nl.ketenlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10 item 7: a links upload is streamed, never read whole. The uploads here refuse {@code readAllBytes} and any
 * single read larger than a buffer, as a stand-in for "the file does not fit in memory"; the import must still be
 * whole (all rows) or nothing (one bad row far down refuses everything), written in several batches.
 */
@EmbeddedStoreTest
class StreamingImportIT {
    private static final int ROWS = 30_000;
    private static final int FACILITIES = 300;

    @Autowired
    Driver driver;
    @Autowired
    ImportService service;

    @BeforeEach
    void facilities() throws IOException {
        GraphFixture.seedReference(driver);
        StringBuilder f = new StringBuilder("facility_id,name,type,country,region,commodities,os_id,rmi_cid\n");
        for (int i = 0; i < FACILITIES; i++) {
            f.append("IT-STR-F").append(i).append(",IT-STR-F").append(i).append(" streaming works,processor,GH,,gold,,\n");
        }
        ImportReport r = service.importFile(ImportKind.FACILITIES,
                new ByteArrayInputStream(f.toString().getBytes(StandardCharsets.UTF_8)), "f.csv", ImportOptions.defaults());
        assertThat(r.refused()).as("%s", r.errors()).isFalse();
    }

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (f:Facility) WHERE f.id STARTS WITH 'IT-STR-' DETACH DELETE f").execute();
    }

    /** Row {@code i}: a link between two of the facilities, unique per row; {@code bad} names an unknown supplier. */
    private static String row(int i, boolean bad) {
        int b = i % FACILITIES;
        int s = (b + 1 + i / FACILITIES) % FACILITIES;
        if (s == b) {
            s = (s + 1) % FACILITIES;
        }
        return "IT-STR-F" + b + "," + (bad ? "IT-STR-NOPE" : "IT-STR-F" + s) + ",gold,,\n";
    }

    private long links() {
        return driver.executableQuery("MATCH (:Facility)-[r:BUYS_FROM]->(f:Facility) WHERE f.id STARTS WITH 'IT-STR-' "
                + "RETURN count(r)").execute().records().get(0).get(0).asLong();
    }

    @Test
    void largeUploadIsStreamedAndWrittenInBatches() throws IOException {
        AtomicInteger opened = new AtomicInteger();
        ImportReport r = service.importFile(ImportKind.LINKS, () -> generated(opened, -1), "links.csv",
                new ImportOptions(false, false, null, null, 1_000));

        assertThat(r.refused()).as("%s", r.errors()).isFalse();
        assertThat(r.read()).isEqualTo(ROWS);
        assertThat(r.created() + r.updated() + r.unchanged()).isEqualTo(ROWS);
        assertThat(links()).isGreaterThanOrEqualTo(r.created());
        assertThat(opened.get()).isGreaterThanOrEqualTo(2); // validated, then written: never held whole
    }

    @Test
    void badRowFarDownRefusesTheWholeStreamedFile() throws IOException {
        long before = links();
        ImportReport r = service.importFile(ImportKind.LINKS, () -> generated(new AtomicInteger(), ROWS - 5), "links.csv",
                new ImportOptions(false, false, null, null, 1_000));

        assertThat(r.refused()).isTrue();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(ROWS - 5 + 2);
            assertThat(e.field()).isEqualTo("supplier_id");
            assertThat(e.message()).isEqualTo("unknown facility 'IT-STR-NOPE'");
        });
        assertThat(links()).isEqualTo(before);
    }

    /** The same one-shot upload through the plain stream entry point: spooled, not read into memory. */
    @Test
    void oneShotStreamIsNotReadWhole() throws IOException {
        ImportReport r = service.importFile(ImportKind.LINKS, generated(new AtomicInteger(), -1), "links.csv",
                ImportOptions.defaults().withDryRun(true));

        assertThat(r.refused()).as("%s", r.errors()).isFalse();
        assertThat(r.read()).isEqualTo(ROWS);
    }

    /** Produces the file row by row; refuses to hand it out whole. */
    private static InputStream generated(AtomicInteger opened, int badRow) {
        opened.incrementAndGet();
        return new InputStream() {
            private byte[] current = "buyer_id,supplier_id,commodity,share,synthetic\n".getBytes(StandardCharsets.UTF_8);
            private int pos;
            private int next;

            @Override
            public int read() {
                if (pos == current.length && !advance()) {
                    return -1;
                }
                return current[pos++] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len > 1 << 17) {
                    throw new AssertionError("a read of " + len + " bytes: the upload is being read whole");
                }
                if (pos == current.length && !advance()) {
                    return -1;
                }
                int n = Math.min(len, current.length - pos);
                System.arraycopy(current, pos, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public byte[] readAllBytes() {
                throw new AssertionError("readAllBytes on an upload");
            }

            private boolean advance() {
                if (next == ROWS) {
                    return false;
                }
                current = row(next, next == badRow).getBytes(StandardCharsets.UTF_8);
                next++;
                pos = 0;
                return true;
            }
        };
    }
}
