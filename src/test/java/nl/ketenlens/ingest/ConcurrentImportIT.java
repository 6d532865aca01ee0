package nl.ketenlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.ketenlens.api.ConflictException;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 10 item 4: concurrent imports of the same links never create duplicates. */
@EmbeddedStoreTest
class ConcurrentImportIT {
    private static final int N = 2000;

    @Autowired
    Driver driver;
    @Autowired
    ImportService service;

    @BeforeEach
    void reference() {
        GraphFixture.seedReference(driver);
    }

    private ImportReport run(ImportKind kind, String text) throws Exception {
        return service.importFile(kind, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                kind.id() + ".csv", ImportOptions.defaults());
    }

    @Test
    void twoConcurrentImportsOfTheSameLinksCreateEachLinkOnce() throws Exception {
        StringBuilder facilities = new StringBuilder("facility_id,name,type,country,region,commodities,os_id,rmi_cid\n");
        StringBuilder links = new StringBuilder("buyer_id,supplier_id,commodity,share\n");
        for (int i = 0; i < N; i++) {
            facilities.append("IT-CC-F").append(i).append(",Mill ").append(i).append(",processor,GH,,gold,,\n");
            links.append("IT-CC-B,IT-CC-F").append(i).append(",gold,\n");
        }
        assertThat(run(ImportKind.COMPANIES, "company_id,name,sector,size\nIT-CC-B,Buyer BV,food,sme\n").refused()).isFalse();
        assertThat(run(ImportKind.FACILITIES, facilities.toString()).refused()).isFalse();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> importLinks = () -> {
            start.await();
            try {
                return run(ImportKind.LINKS, links.toString()).refused() ? "refused" : "ok";
            } catch (ConflictException e) {
                return "409";
            }
        };
        List<Future<String>> results = new ArrayList<>(List.of(pool.submit(importLinks), pool.submit(importLinks)));
        start.countDown();
        for (Future<String> f : results) {
            assertThat(f.get()).isIn("ok", "409");
        }
        pool.shutdown();

        long links0 = driver.executableQuery("MATCH (:Company {id: 'IT-CC-B'})-[l:BUYS_FROM]->() RETURN count(l)")
                .execute().records().get(0).get(0).asLong();
        assertThat(links0).isEqualTo(N);
    }
}
