package nl.ketenlens.access.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import nl.ketenlens.access.AuditLog;
import nl.ketenlens.access.UserAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Authentication and route rules. Browsers: form login, session cookie, CSRF token in the {@code XSRF-TOKEN}
 * cookie echoed as {@code X-XSRF-TOKEN}. Scripts: HTTP Basic (or OIDC bearer tokens when an issuer is
 * configured), stateless and therefore exempt from CSRF. Routes: {@link RouteRules}, everything else denied.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    LoginThrottle loginThrottle(LoginProperties properties) {
        return new LoginThrottle(properties, Clock.systemUTC());
    }

    /** The one authentication provider (also in CLI contexts, so Boot creates no in-memory default user). */
    @Bean
    ThrottledAuthenticationProvider localAccounts(UserAccounts accounts, LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(accounts, throttle);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json, AuditLog audit,
                                            ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        // localAccounts reaches the filter chain through the global AuthenticationManager (it is a bean); adding it
        // here as well would run it twice per failed login and count each failure twice in the throttle
        http.authorizeHttpRequests(SecurityConfiguration::rules)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(form -> form.loginPage(ProblemResponses.LOGIN_PAGE).loginProcessingUrl("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + ProblemResponses.LOGIN_PAGE + (e instanceof LoginThrottledException ? "?throttled" : "?error")))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl(ProblemResponses.LOGIN_PAGE + "?logout").permitAll())
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(SecurityConfiguration::statelessApiCall))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .addFilterAfter(new AuditFilter(audit), AuthorizationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (jwtDecoder.getIfAvailable() != null) {
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(new JwtRoles());
            http.oauth2ResourceServer(oauth -> oauth.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        }
        return http.build();
    }

    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry) {
        registry.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll();
        for (RouteRules.Rule rule : RouteRules.RULES) {
            String[] patterns = rule.patterns().toArray(String[]::new);
            var matched = rule.method() == null ? registry.requestMatchers(patterns)
                    : registry.requestMatchers(rule.method(), patterns);
            if (rule.anonymous()) {
                matched.permitAll();
            } else {
                matched.hasAnyRole(rule.roles().stream().map(Enum::name).toArray(String[]::new));
            }
        }
        registry.anyRequest().denyAll();
    }

    /**
     * A script's request: credentials in the Authorization header and no session. CSRF exploits credentials a
     * browser attaches by itself (cookies, cached Basic); a session cookie is never sent with this exemption,
     * and browsers never receive a Basic challenge ({@link ProblemResponses}), so they have none cached.
     * A cross-site page cannot set the Authorization header without a CORS preflight, which no route allows.
     */
    static boolean statelessApiCall(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && request.getRequestedSessionId() == null
                && (authorization.startsWith("Basic ") || authorization.startsWith("Bearer "));
    }
}
