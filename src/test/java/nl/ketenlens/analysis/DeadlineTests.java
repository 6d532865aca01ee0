package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 10 item 10: a passed deadline stops the kernels, also on the fork-join pool's threads. */
class DeadlineTests {

    private static LeverageInput input() {
        SupplyGraph g = SharedSmelterTests.graph();
        return LeverageInput.of(g, Selection.all(g), RiskProfile.none(g));
    }

    @Test
    void passedDeadlineStopsBetweennessAndPlan() {
        LeverageInput in = input();
        try (Deadline ignored = Deadline.open(Duration.ofNanos(1))) {
            assertThatThrownBy(() -> new RiskFlowBetweenness(in).result()).isInstanceOf(AnalysisTimeoutException.class);
            assertThatThrownBy(() -> new CollectiveReach(in).result()).isInstanceOf(AnalysisTimeoutException.class);
        }
        assertThat(new RiskFlowBetweenness(in).result().totalExposure()).isZero(); // closed: runs to the end again
    }

    @Test
    void deadlineReachesThePoolThreads() {
        AtomicInteger done = new AtomicInteger();
        try (Deadline ignored = Deadline.open(Duration.ofNanos(1))) {
            assertThatThrownBy(() -> Parallel.run(1_000, () -> done, (acc, i) -> acc.incrementAndGet(), (a, b) -> a))
                    .isInstanceOf(AnalysisTimeoutException.class);
        }
        assertThat(done.get()).isZero();
    }

    @Test
    void generousDeadlineChangesNothing() {
        AtomicInteger done = new AtomicInteger();
        try (Deadline ignored = Deadline.open(Duration.ofMinutes(5))) {
            Parallel.run(1_000, () -> done, (acc, i) -> acc.incrementAndGet(), (a, b) -> a);
        }
        assertThat(done.get()).isEqualTo(1_000);
        Deadline.check(); // none open: never throws
    }
}
