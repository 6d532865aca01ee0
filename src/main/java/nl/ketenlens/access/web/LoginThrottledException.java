package nl.ketenlens.access.web;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for one name: answered with 429 and {@code Retry-After}. */
final class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("too many failed logins for this name; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
