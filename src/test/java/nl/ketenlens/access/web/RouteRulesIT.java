package nl.ketenlens.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.UserAccounts;
import nl.ketenlens.access.UserService;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Walks every operation of the OpenAPI document with anonymous, company, advisor and admin, against the
 * role × route table of issue 8 written out here independently of {@link RouteRules}. A new endpoint fails
 * this test until it is added to this table and gets a rule (without one it is denied to everyone).
 */
@EmbeddedStoreTest
class RouteRulesIT {

    private static final Set<Role> ANYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> LOGGED_IN = EnumSet.of(Role.ADMIN, Role.COMPANY, Role.ADVISOR);
    private static final Set<Role> OWN_COMPANY = EnumSet.of(Role.ADMIN, Role.COMPANY);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    /** The role × route table of issue 8: who may call each documented operation. */
    static final Map<String, Set<Role>> EXPECTED = Map.ofEntries(
            Map.entry("GET /api/countries/{code}/risks", ANYONE),
            Map.entry("GET /api/covenants", ANYONE),
            Map.entry("GET /api/covenants/{code}", ANYONE),
            Map.entry("GET /api/themes/coverage", ANYONE),
            Map.entry("GET /api/me", ANYONE),
            Map.entry("GET /api/overview", ANYONE),
            Map.entry("GET /api/facilities/{id}", LOGGED_IN),
            Map.entry("GET /api/leverage", LOGGED_IN),
            Map.entry("GET /api/leverage/plan", LOGGED_IN),
            Map.entry("GET /api/leverage/cut", LOGGED_IN),
            Map.entry("GET /api/leverage/groups", LOGGED_IN),
            Map.entry("GET /api/briefings", LOGGED_IN),
            Map.entry("GET /api/companies", ADMIN),
            Map.entry("GET /api/companies/{id}", OWN_COMPANY),
            Map.entry("GET /api/companies/{id}/exposure", OWN_COMPANY),
            Map.entry("GET /api/companies/{id}/exposure/paths", OWN_COMPANY),
            Map.entry("GET /api/companies/{id}/chain", OWN_COMPANY),
            Map.entry("GET /api/export", LOGGED_IN),
            Map.entry("GET /api/sector-graph", LOGGED_IN),
            Map.entry("POST /api/imports/{kind}", OWN_COMPANY),
            Map.entry("GET /api/admin/users", ADMIN),
            Map.entry("POST /api/admin/users", ADMIN),
            Map.entry("DELETE /api/admin/users/{name}", ADMIN),
            Map.entry("PUT /api/admin/users/{name}/password", ADMIN),
            Map.entry("GET /api/admin/audit", ADMIN));

    /** Routes outside the OpenAPI document that anonymous users need. */
    static final List<String> PUBLIC_PAGES = List.of("/actuator/health", "/v3/api-docs", "/swagger-ui.html", "/",
            "/index.html", "/app.js", "/app.css", "/login.html", "/login.js", "/i18n/nl.json", "/i18n/en.json",
            "/webjars/echarts/5.3.1/dist/echarts.min.js");

    @Autowired
    MockMvc mvc;
    @Autowired
    Driver driver;
    @Autowired
    UserService users;
    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void accounts() {
        SecurityAccounts.ensure(driver, users, accounts);
    }

    @Test
    void everyDocumentedRouteHasARuleAndEachRoleGetsExactlyWhatTheTableSays() throws Exception {
        List<String> operations = documentedOperations();
        assertThat(operations).as("the OpenAPI document lists the API").hasSizeGreaterThan(10);
        assertThat(EXPECTED.keySet()).as("every documented route needs a row in the role × route table (and a "
                + "rule in RouteRules)").containsAll(operations);
        List<String> wrong = new ArrayList<>();
        for (String operation : operations) {
            for (Role role : Role.values()) {
                int status = call(operation, role).getStatus();
                boolean allowed = EXPECTED.get(operation).contains(role);
                int refused = role == Role.ANONYMOUS ? 401 : 403;
                if (allowed ? (status == 401 || status == 403) : status != refused) {
                    wrong.add(operation + " as " + role + ": " + status + (allowed ? " (allowed)" : " (expected " + refused + ")"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void refusalsAreProblemDetails() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(get("/api/leverage").accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Basic");
        assertThat(new ObjectMapper().readTree(anonymous.getContentAsString()).get("status").asInt()).isEqualTo(401);

        MockHttpServletResponse advisor = mvc.perform(get("/api/companies/" + SecurityAccounts.COMPANY_ID)
                .with(httpBasic(SecurityAccounts.ADVISOR, SecurityAccounts.PASSWORD))).andReturn().getResponse();
        assertThat(advisor.getStatus()).isEqualTo(403);
        assertThat(advisor.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(advisor.getContentAsString()).doesNotContain("Security IT B.V.");
    }

    @Test
    void aRouteWithoutARuleIsDeniedEvenToAdmin() throws Exception {
        for (String path : List.of("/api/not-yet-ruled", "/api/briefing-typo", "/actuator/env", "/actuator/beans")) {
            int status = mvc.perform(get(path).with(httpBasic(SecurityAccounts.ADMIN, SecurityAccounts.PASSWORD)))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(path).isEqualTo(403);
        }
        int delete = mvc.perform(request(HttpMethod.DELETE, "/api/covenants/gold")
                        .with(httpBasic(SecurityAccounts.ADMIN, SecurityAccounts.PASSWORD)))
                .andReturn().getResponse().getStatus();
        assertThat(delete).as("a method without a rule on a public path").isEqualTo(403);
    }

    @Test
    void publicPagesNeedNoLogin() throws Exception {
        for (String page : PUBLIC_PAGES) {
            int status = mvc.perform(get(page)).andReturn().getResponse().getStatus();
            assertThat(status).as(page).isLessThan(400);
        }
    }

    @Test
    void aBrowserNavigatingToAProtectedPageIsSentToTheLoginPage() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/actuator/env").accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).endsWith("/login.html");
        MockHttpServletResponse api = mvc.perform(get("/api/leverage").accept(MediaType.TEXT_HTML)
                .header("Sec-Fetch-Mode", "cors")).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(401);
        assertThat(api.getHeader("WWW-Authenticate")).as("no Basic challenge a browser would cache").doesNotStartWith("Basic");
    }

    private MockHttpServletResponse call(String operation, Role role) throws Exception {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replace("{id}", SecurityAccounts.COMPANY_ID).replace("{code}", "gold")
                .replace("{kind}", "links").replace("{name}", "sec-it-nobody");
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).accept(MediaType.APPLICATION_JSON);
        if (role != Role.ANONYMOUS) {
            request.with(httpBasic(SecurityAccounts.nameOf(role), SecurityAccounts.PASSWORD));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private List<String> documentedOperations() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        JsonNode paths = new ObjectMapper().readTree(json).get("paths");
        List<String> operations = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames().forEachRemaining(
                method -> operations.add(method.toUpperCase() + " " + path)));
        return operations;
    }
}
