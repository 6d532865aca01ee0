package nl.ketenlens.analysis;

import java.time.Duration;

/** An analysis ran past its {@link Deadline} and was abandoned; the web layer answers 503 with Retry-After. */
public final class AnalysisTimeoutException extends RuntimeException {

    private final Duration limit;

    public AnalysisTimeoutException(Duration limit) {
        super("the analysis took longer than " + limit.toMillis() + " ms (ketenlens.analysis.timeout) and was stopped");
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
