package nl.ketenlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.ketenlens.api.ConflictException;
import org.junit.jupiter.api.Test;

class WriterLockTests {

    @Test
    void secondWriterIsRefusedNamingTheRunningImport() throws Exception {
        WriterLock lock = new WriterLock(Duration.ofMillis(50));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return lock.run("links import of big.csv", () -> {
                    holding.countDown();
                    release.await(10, TimeUnit.SECONDS);
                    return "first";
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> lock.run("companies import of small.csv", () -> "second"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("another import is running")
                .hasMessageContaining("links import of big.csv");

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(lock.run("after", () -> "free again")).isEqualTo("free again");
    }
}
