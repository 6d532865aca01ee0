package nl.ketenlens.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle =
            new LoginThrottle(new LoginProperties(3, Duration.ofMinutes(10), Duration.ofMinutes(5)), clock);

    @Test
    void thirdFailureWithinTheWindowLocksTheNameForTheLockout() {
        throttle.failed("Alice");
        throttle.failed("alice");
        assertThat(throttle.retryAfter("alice")).isZero();
        throttle.failed(" ALICE ");
        assertThat(throttle.retryAfter("alice")).isEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.retryAfter("bob")).isZero();
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.retryAfter("alice")).isZero();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        throttle.failed("carol");
        throttle.failed("carol");
        clock.advance(Duration.ofMinutes(11));
        throttle.failed("carol");
        assertThat(throttle.retryAfter("carol")).isZero();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        throttle.failed("dave");
        throttle.failed("dave");
        throttle.succeeded("dave");
        throttle.failed("dave");
        assertThat(throttle.retryAfter("dave")).isZero();
    }

    @Test
    void unknownNamesAreThrottledLikeKnownOnes() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("no-such-user");
        }
        assertThat(throttle.retryAfter("no-such-user")).isPositive();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
