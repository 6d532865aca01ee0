package nl.ketenlens.access.web;

import java.util.List;
import nl.ketenlens.access.Role;
import org.springframework.http.HttpMethod;

/**
 * Every route and who may call it: the one table the filter chain is built from. A route not listed here
 * is denied to everyone ({@code anyRequest().denyAll()}), so a new endpoint fails until it gets a rule.
 * Fine-grained rules (own company only, k-threshold, redaction) live in the services.
 */
public final class RouteRules {

    /** Who may use a route: {@code roles} empty means anyone, including anonymous. */
    public record Rule(HttpMethod method, List<String> patterns, List<Role> roles) {

        public boolean anonymous() {
            return roles.isEmpty();
        }
    }

    private static final List<Role> EVERYONE = List.of();
    private static final List<Role> LOGGED_IN = List.of(Role.ADMIN, Role.COMPANY, Role.ADVISOR);
    private static final List<Role> OWN_COMPANY = List.of(Role.ADMIN, Role.COMPANY);
    private static final List<Role> ADMIN = List.of(Role.ADMIN);

    public static final List<Rule> RULES = List.of(
            // anonymous: health, API docs, the static UI and login page, reference data
            get(EVERYONE, "/actuator/health", "/actuator/health/**", "/actuator/info"),
            get(EVERYONE, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"),
            get(EVERYONE, "/", "/index.html", "/app.js", "/app.css", ProblemResponses.LOGIN_PAGE, "/login.js", "/favicon.ico"),
            // the UI's own modules, message bundles, map geometry and the chart library's WebJar (issue 12)
            get(EVERYONE, "/js/**", "/i18n/**", "/geo/**", "/webjars/**"),
            get(EVERYONE, "/api/countries/**"),
            get(EVERYONE, "/api/covenants", "/api/covenants/**"),
            // which theme × country has data, from which source and year (reference data)
            get(EVERYONE, "/api/themes/coverage"),
            // what the graph holds, counts only (issue 12 overview page)
            get(EVERYONE, "/api/overview"),
            // who am I (the UI mirrors the role); anonymous gets {"role":"ANONYMOUS"}
            get(EVERYONE, "/api/me"),
            // sector views and facilities: aggregates for every logged-in role (redaction in the services)
            get(LOGGED_IN, "/api/leverage", "/api/leverage/**"),
            get(LOGGED_IN, "/api/briefings", "/api/briefings/**"),
            get(LOGGED_IN, "/api/facilities/**"),
            // the aggregate sector graph and Sankey flow (issue 12): the leverage gate, in the service
            get(LOGGED_IN, "/api/sector-graph"),
            // company search lists other companies: admin only (a company user knows its own id, see /api/me)
            get(ADMIN, "/api/companies"),
            // one company's chain: the company itself (checked in the service) or admin (audited)
            get(OWN_COMPANY, "/api/companies/*", "/api/companies/*/**"),
            // a company's own chain as a file (the chain's check: anyone else gets the 404 of an unknown company), or
            // the aggregate sector graph (the leverage gate); both checked in the service (issue 12)
            get(LOGGED_IN, "/api/export"),
            // imports: admin anything; a company user its own supplier data (kinds and rows checked in ingest/ImportScope)
            new Rule(HttpMethod.POST, List.of("/api/imports/**"), OWN_COMPANY),
            // accounts and audit
            new Rule(null, List.of("/api/admin/**"), ADMIN));

    private RouteRules() {
    }

    private static Rule get(List<Role> roles, String... patterns) {
        return new Rule(HttpMethod.GET, List.of(patterns), roles);
    }
}
