package nl.ketenlens.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 10 item 10: a saturated analysis pool answers 503 with Retry-After; light endpoints are not gated. */
class AnalysisGateFilterTests {

    @Test
    void saturatedAnalysesAre503WithRetryAfter() throws Exception {
        AnalysisGateFilter gate = new AnalysisGateFilter(1, 50);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                gate.doFilter(new MockHttpServletRequest("GET", "/api/leverage"), new MockHttpServletResponse(),
                        (rq, rs) -> {
                            inside.countDown();
                            try {
                                release.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse busy = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("GET", "/api/companies/C1/exposure"), busy, new MockFilterChain());
        MockHttpServletResponse light = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("GET", "/api/companies"), light, new MockFilterChain());

        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("5");
        assertThat(busy.getContentType()).isEqualTo("application/problem+json");
        assertThat(light.getStatus()).isEqualTo(200);
        release.countDown();
        running.get(10, TimeUnit.SECONDS);
    }
}
