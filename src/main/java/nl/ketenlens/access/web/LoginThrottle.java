package nl.ketenlens.access.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per name (whether or not the account exists, so the throttle reveals no names) and
 * refuses a name for a while once it had too many. In memory: a restart forgets, one server is assumed.
 */
final class LoginThrottle {

    private static final int MAX_TRACKED_NAMES = 100_000;

    private final LoginProperties properties;
    private final Clock clock;
    private final Map<String, Failures> byName = new ConcurrentHashMap<>();

    LoginThrottle(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long {@code name} must still wait, or {@link Duration#ZERO} when it may try. */
    Duration retryAfter(String name) {
        Failures f = byName.get(key(name));
        if (f == null) {
            return Duration.ZERO;
        }
        synchronized (f) {
            Duration left = Duration.between(clock.instant(), f.lockedUntil);
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    void failed(String name) {
        if (byName.size() > MAX_TRACKED_NAMES) {
            forgetExpired();
        }
        Failures f = byName.computeIfAbsent(key(name), k -> new Failures());
        Instant now = clock.instant();
        synchronized (f) {
            f.times.addLast(now);
            while (!f.times.isEmpty() && f.times.peekFirst().isBefore(now.minus(properties.window()))) {
                f.times.removeFirst();
            }
            if (f.times.size() >= properties.maxFailures()) {
                f.lockedUntil = now.plus(properties.lockout());
                f.times.clear();
            }
        }
    }

    void succeeded(String name) {
        byName.remove(key(name));
    }

    private void forgetExpired() {
        Instant horizon = clock.instant().minus(properties.window());
        byName.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().lockedUntil.isBefore(clock.instant())
                        && (e.getValue().times.isEmpty() || e.getValue().times.peekLast().isBefore(horizon));
            }
        });
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Failures {
        final Deque<Instant> times = new ArrayDeque<>();
        Instant lockedUntil = Instant.EPOCH;
    }
}
