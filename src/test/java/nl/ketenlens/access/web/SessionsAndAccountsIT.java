package nl.ketenlens.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.UserAccounts;
import nl.ketenlens.access.UserService;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Form-login sessions and CSRF, login throttling, OIDC tokens, admin account management and the audit trail. */
@EmbeddedStoreTest
class SessionsAndAccountsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    void formLoginSessionNeedsTheCsrfTokenForStateChanges() throws Exception {
        MockHttpSession session = login(SecurityAccounts.ADMIN);
        String body = "{\"name\":\"sec-it-csrf\",\"role\":\"advisor\"}";

        MockHttpServletResponse forged = mvc.perform(post("/api/admin/users").session(session)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(forged.getContentAsString()).contains("CSRF");
        MockHttpServletResponse wrongToken = mvc.perform(post("/api/admin/users").session(session)
                .with(csrf().useInvalidToken()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
        assertThat(wrongToken.getStatus()).isEqualTo(403);
        MockHttpServletResponse forgedImport = mvc.perform(multipart("/api/imports/companies").file(new MockMultipartFile(
                "file", "x.csv", "text/csv", "company_id,name,sector,size\nSEC-IT-X,X,food,sme\n".getBytes(StandardCharsets.UTF_8)))
                .session(session)).andReturn().getResponse();
        assertThat(forgedImport.getStatus()).isEqualTo(403);
        assertThat(accounts.find("sec-it-csrf")).isEmpty();

        assertThat(mvc.perform(post("/api/admin/users").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus()).isEqualTo(201);
        assertThat(mvc.perform(delete("/api/admin/users/sec-it-csrf").session(session).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
    }

    @Test
    void sessionViewerIsTheAccountAndLogoutEndsIt() throws Exception {
        MockHttpSession session = login(SecurityAccounts.COMPANY);
        JsonNode me = JSON.readTree(mvc.perform(get("/api/me").session(session)).andReturn().getResponse().getContentAsString());
        assertThat(me.get("role").asText()).isEqualTo("COMPANY");
        assertThat(me.get("companyId").asText()).isEqualTo(SecurityAccounts.COMPANY_ID);
        mvc.perform(post("/logout").session(session).with(csrf()));
        assertThat(mvc.perform(get("/api/leverage").session(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void repeatedFailedLoginsThrottleTheNameEvenWithTheRightPassword() throws Exception {
        String name = "sec-it-throttled";
        if (accounts.find(name).isEmpty()) {
            users.add("sec-it", name, Role.ADVISOR, null, SecurityAccounts.PASSWORD);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(basic(name, "wrong-password-" + i)).isEqualTo(401);
        }
        MockHttpServletResponse refused = mvc.perform(get("/api/leverage").with(httpBasic(name, SecurityAccounts.PASSWORD)))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        MvcResult form = mvc.perform(formLogin("/login").user(name).password(SecurityAccounts.PASSWORD)).andReturn();
        assertThat(form.getResponse().getRedirectedUrl()).contains("throttled");
        assertThat(basic(SecurityAccounts.ADVISOR, SecurityAccounts.PASSWORD)).as("other names unaffected").isEqualTo(400);
    }

    @Test
    void oidcTokensMapTheirRoleAndCompanyClaims() throws Exception {
        var company = jwt().jwt(j -> j.subject("oidc-company").claim(JwtRoles.ROLE_CLAIM, "company")
                .claim(JwtRoles.COMPANY_CLAIM, SecurityAccounts.COMPANY_ID)).authorities(new JwtRoles());
        JsonNode me = JSON.readTree(mvc.perform(get("/api/me").with(company)).andReturn().getResponse().getContentAsString());
        assertThat(me.get("role").asText()).isEqualTo("COMPANY");
        assertThat(me.get("companyId").asText()).isEqualTo(SecurityAccounts.COMPANY_ID);
        assertThat(status(get("/api/companies").with(company))).isEqualTo(403);
        assertThat(status(get("/api/companies/" + SecurityAccounts.COMPANY_ID).with(company))).isEqualTo(200);

        var advisor = jwt().jwt(j -> j.claim(JwtRoles.ROLE_CLAIM, "advisor")).authorities(new JwtRoles());
        assertThat(status(get("/api/companies/" + SecurityAccounts.COMPANY_ID).with(advisor))).isEqualTo(403);
        assertThat(status(get("/api/leverage").param("covenant", "gold").param("top", "1").with(advisor))).isEqualTo(200);

        var noRole = jwt().jwt(j -> j.claim("scope", "openid")).authorities(new JwtRoles());
        assertThat(status(get("/api/leverage").with(noRole))).isEqualTo(403);
        var companyWithoutCompany = jwt().jwt(j -> j.claim(JwtRoles.ROLE_CLAIM, "company")).authorities(new JwtRoles());
        assertThat(status(get("/api/companies/" + SecurityAccounts.COMPANY_ID).with(companyWithoutCompany))).isEqualTo(403);
    }

    @Test
    void adminManagesAccountsAndAGeneratedPasswordWorksOnce() throws Exception {
        var admin = httpBasic(SecurityAccounts.ADMIN, SecurityAccounts.PASSWORD);
        mvc.perform(delete("/api/admin/users/sec-it-new").with(admin));
        MockHttpServletResponse created = mvc.perform(post("/api/admin/users").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"sec-it-new\",\"role\":\"company\",\"companyId\":\"" + SecurityAccounts.COMPANY_ID + "\"}"))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        String generated = JSON.readTree(created.getContentAsString()).get("generated").asText();
        assertThat(generated).hasSize(20);
        assertThat(basic("sec-it-new", generated)).isEqualTo(400);

        MockHttpServletResponse changed = mvc.perform(put("/api/admin/users/sec-it-new/password").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse();
        String second = JSON.readTree(changed.getContentAsString()).get("generated").asText();
        assertThat(second).isNotEqualTo(generated);
        assertThat(basic("sec-it-new", generated)).as("old password").isEqualTo(401);
        assertThat(mvc.perform(get("/api/admin/users").with(admin)).andReturn().getResponse().getContentAsString())
                .contains("sec-it-new").doesNotContain("passwordHash").doesNotContain("$2a$");

        assertThat(status(post("/api/admin/users").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"sec-it-bad\",\"role\":\"anonymous\"}"))).isEqualTo(400);
        assertThat(status(post("/api/admin/users").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"sec-it-short\",\"role\":\"advisor\",\"password\":\"short\"}"))).isEqualTo(400);
        assertThat(status(post("/api/admin/users").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"sec-it-nocompany\",\"role\":\"company\",\"companyId\":\"NO-SUCH\"}"))).isEqualTo(404);
        assertThat(status(delete("/api/admin/users/sec-it-new").with(admin))).isEqualTo(204);
        assertThat(basic("sec-it-new", second)).as("removed account").isEqualTo(401);
    }

    @Test
    void importsUserChangesAndAdminReadsOfAChainAreAudited() throws Exception {
        var admin = httpBasic(SecurityAccounts.ADMIN, SecurityAccounts.PASSWORD);
        assertThat(status(get("/api/companies/" + SecurityAccounts.COMPANY_ID).with(admin))).isEqualTo(200);
        assertThat(status(multipart("/api/imports/companies").file(new MockMultipartFile("file", "audit.csv", "text/csv",
                "company_id,name,sector,size\nSEC-IT-AUDIT,Audit BV,food,sme\n".getBytes(StandardCharsets.UTF_8)))
                .param("dryRun", "true").with(admin))).isEqualTo(200);
        assertThat(status(put("/api/admin/users/" + SecurityAccounts.ADVISOR + "/password").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"" + SecurityAccounts.PASSWORD + "\"}")))
                .isEqualTo(200);
        assertThat(status(get("/api/companies/" + SecurityAccounts.COMPANY_ID)
                .with(httpBasic(SecurityAccounts.COMPANY, SecurityAccounts.PASSWORD)))).isEqualTo(200);

        JsonNode events = JSON.readTree(mvc.perform(get("/api/admin/audit").param("limit", "50").with(admin))
                .andReturn().getResponse().getContentAsString());
        assertThat(events.findValuesAsText("detail")).anyMatch(d -> d.startsWith("GET /api/companies/" + SecurityAccounts.COMPANY_ID))
                .anyMatch(d -> d.startsWith("POST /api/imports/companies") && d.contains("status=200"))
                .anyMatch(d -> d.equals(SecurityAccounts.ADVISOR));
        assertThat(events.findValuesAsText("action")).contains("company.read", "import", "user.passwd");
        for (JsonNode e : events) {
            if (e.get("action").asText().equals("company.read")) {
                assertThat(e.get("actor").asText()).as("only admin reads are audited, not the company's own")
                        .isNotEqualTo(SecurityAccounts.COMPANY);
            }
        }
        assertThat(status(get("/api/admin/audit").with(httpBasic(SecurityAccounts.COMPANY, SecurityAccounts.PASSWORD))))
                .isEqualTo(403);
    }

    private MockHttpSession login(String name) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(name).password(SecurityAccounts.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** Status of a Basic-authenticated leverage call without a selection: 400 when logged in, 401 when not. */
    private int basic(String name, String password) throws Exception {
        return status(get("/api/leverage").with(httpBasic(name, password)));
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
