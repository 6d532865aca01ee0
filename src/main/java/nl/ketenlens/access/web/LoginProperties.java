package nl.ketenlens.access.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling: after {@code maxFailures} failed logins for one name within {@code window}, every attempt
 * for that name is refused for {@code lockout} (HTTP 429, the password is not even checked).
 *
 * @param maxFailures failed attempts allowed within the window
 * @param window      how far back failures count
 * @param lockout     how long further attempts are refused
 */
@ConfigurationProperties("ketenlens.login")
public record LoginProperties(@DefaultValue("5") int maxFailures,
                              @DefaultValue("15m") Duration window,
                              @DefaultValue("15m") Duration lockout) {
}
