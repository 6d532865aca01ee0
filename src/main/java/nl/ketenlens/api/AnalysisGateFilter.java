package nl.ketenlens.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.ketenlens.analysis.Deadline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A bulkhead for the heavy analyses (leverage, plan, cut, groups, exposure, briefings): at most {@code permits} run
 * at once, a request waits up to {@code wait-ms} for a slot and is then answered 503 problem details with
 * {@code Retry-After}, so a burst of expensive questions cannot starve searches, imports and the UI. A servlet
 * filter rather than an executor: the analysis stays on the request thread, so the viewer and security context
 * (thread-bound) stay where the controllers expect them, and no controller has to change.
 *
 * <p>Each admitted analysis also runs under a {@link Deadline} of {@code ketenlens.analysis.timeout} (default 60 s):
 * the kernels check it in their long loops and give up with {@link nl.ketenlens.analysis.AnalysisTimeoutException},
 * which {@link ProblemDetailsAdvice} answers 503 with {@code Retry-After}; the slot is free again at once, so one
 * pathological question cannot hold a permit for minutes.
 */
@Component
class AnalysisGateFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore slots;
    private final long waitMillis;
    private final Duration timeout;

    @Autowired
    AnalysisGateFilter(@Value("${ketenlens.analysis.permits:0}") int permits,
                       @Value("${ketenlens.analysis.wait-ms:2000}") long waitMillis,
                       @Value("${ketenlens.analysis.timeout:60s}") Duration timeout) {
        this.slots = new Semaphore(permits > 0 ? permits : Math.max(2, Runtime.getRuntime().availableProcessors()), true);
        this.waitMillis = waitMillis;
        this.timeout = timeout;
    }

    AnalysisGateFilter(int permits, long waitMillis) {
        this(permits, waitMillis, Duration.ofSeconds(60));
    }

    static boolean heavy(String path) {
        return path.startsWith("/api/leverage") || path.startsWith("/api/sector-graph")
                || path.startsWith("/api/briefings") || path.matches("/api/companies/[^/]+/exposure(/.*)?");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !heavy(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            busy(response);
            return;
        }
        try (Deadline deadline = Deadline.open(timeout)) {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    private static void busy(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"https://ketenlens.nl/problems/busy\",\"title\":\"Service busy\","
                + "\"status\":503,\"detail\":\"all analysis slots are busy; retry in " + RETRY_AFTER_SECONDS
                + " seconds\"}");
    }
}
