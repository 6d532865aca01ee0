package nl.ketenlens.access.web;

import java.time.Duration;
import nl.ketenlens.access.Passwords;
import nl.ketenlens.access.UserAccounts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Local accounts (form login and HTTP Basic): bcrypt check against the {@code :User} nodes, refused without a
 * password check while the name is throttled.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserAccounts accounts, LoginThrottle throttle) {
        UserDetailsService users = name -> accounts.find(name)
                .map(s -> new AccountPrincipal(s.account(), s.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException(name));
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(Passwords.encoder());
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        Duration wait = throttle.retryAfter(name);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(name);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(name);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
