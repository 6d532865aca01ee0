package nl.ketenlens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.ketenlens.access.AuditLog;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A company user imports its own supplier data (issue 8), tried as an attacker would, through the real security
 * chain (HTTP Basic with accounts in the store) on a hand-built graph. Company CI-A (ours) buys from CI-FA1, which
 * buys from CI-FA2; company CI-B ("Ander Geheim BV") buys from CI-FB1 (OS ID CI-OS-B1). CI-T* are facilities nobody
 * buys from yet, one per test so the tests do not depend on each other's writes.
 */
@EmbeddedStoreTest
class CompanyImportIT {
    static final String PASSWORD = "ci-it-password-0123";
    static final String COMPANY = "ci-company";
    static final String ADVISOR = "ci-advisor";
    static final String ADMIN = "ci-admin";
    /** What a refusal must never contain: the other company's id and name. */
    static final String[] SECRET = {"CI-B", "Ander Geheim"};

    @Autowired
    MockMvc mvc;
    @Autowired
    Driver driver;
    @Autowired
    UserService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void graph() {
        GraphFixture.seedReference(driver);
        driver.executableQuery("""
                MERGE (a:Company {id: 'CI-A'}) SET a.name = 'Eigen Import BV', a.sector = 'textile', a.kind = 'company'
                MERGE (b:Company {id: 'CI-B'}) SET b.name = 'Ander Geheim BV', b.sector = 'textile', b.kind = 'company'
                WITH a, b
                UNWIND ['FA1', 'FA2', 'FB1', 'T1', 'T1B', 'T2', 'T3', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'] AS f
                MERGE (x:Facility {id: 'CI-' + f})
                  ON CREATE SET x.name = 'CI facility ' + f, x.type = 'factory', x.country = 'BD', x.commodities = ['cotton']
                WITH DISTINCT a, b
                MATCH (fa1:Facility {id: 'CI-FA1'}), (fa2:Facility {id: 'CI-FA2'}), (fb1:Facility {id: 'CI-FB1'})
                SET fb1.osId = 'CI-OS-B1'
                MERGE (a)-[:BUYS_FROM {commodity: 'cotton'}]->(fa1)
                MERGE (fa1)-[:BUYS_FROM {commodity: 'cotton'}]->(fa2)
                MERGE (b)-[:BUYS_FROM {commodity: 'cotton'}]->(fb1)""").execute();
        account(COMPANY, Role.COMPANY, "CI-A");
        account(ADVISOR, Role.ADVISOR, null);
        account(ADMIN, Role.ADMIN, null);
    }

    private void account(String name, Role role, String company) {
        if (accounts.find(name).isEmpty()) {
            users.add("ci-it", name, role, company, PASSWORD);
        }
    }

    @Test
    void linksFromTheOwnCompanyAndItsChainAreApplied() throws Exception {
        JsonNode r = json(post(COMPANY, "links", "buyer_id,supplier_id,commodity\nCI-A,CI-T1,cotton\nCI-FA2,CI-T1B,cotton\n"), 200);
        assertThat(r.get("created").asInt()).isEqualTo(2);
        assertThat(links("CI-A", "CI-T1") + links("CI-FA2", "CI-T1B")).isEqualTo(2);
        assertThat(audit.recent(50)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(COMPANY);
            assertThat(e.action()).isEqualTo("import");
            assertThat(e.detail()).contains("/api/imports/links").contains("status=200");
        });
    }

    @Test
    void aLinkWhoseBuyerIsAnotherCompanyRefusesTheWholeFileWithoutNamingIt() throws Exception {
        MockHttpServletResponse res = post(COMPANY, "links", "buyer_id,supplier_id,commodity\nCI-A,CI-T2,cotton\nCI-B,CI-T2,cotton\n");
        JsonNode errors = json(res, 400).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("buyer_id");
        assertThat(errors.get(0).get("message").asText()).contains("not your company").contains("in your chain");
        assertThat(res.getContentAsString()).doesNotContain(SECRET);
        assertThat(links("CI-A", "CI-T2") + links("CI-B", "CI-T2")).as("nothing written, not even the valid row").isZero();
    }

    @Test
    void anotherCompanysFacilityAnUnknownIdAndAnotherCompanyAllReadTheSame() throws Exception {
        String otherChain = buyerError("CI-FB1");
        assertThat(otherChain).isEqualTo(buyerError("CI-NO-SUCH-ID")).isEqualTo(buyerError("CI-B"));
        assertThat(otherChain).doesNotContain(SECRET).doesNotContain("CI-FB1");
        assertThat(links("CI-FB1", "CI-T3")).isZero();
    }

    @Test
    void aSupplierThatIsACompanyReadsLikeAnUnknownFacility() throws Exception {
        JsonNode company = json(post(COMPANY, "links", "buyer_id,supplier_id,commodity\nCI-A,CI-B,cotton\n"), 400).get("errors");
        JsonNode unknown = json(post(COMPANY, "links", "buyer_id,supplier_id,commodity\nCI-A,CI-NOPE,cotton\n"), 400).get("errors");
        assertThat(company).hasSize(1);
        assertThat(company.get(0).get("field").asText()).isEqualTo("supplier_id");
        assertThat(company.get(0).get("message").asText().replace("CI-B", "X"))
                .isEqualTo(unknown.get(0).get("message").asText().replace("CI-NOPE", "X"));
        assertThat(company.get(0).get("message").asText()).doesNotContain("company");
    }

    @Test
    void aMultiTierFileOfNewFacilitiesIsAcceptedInOneGo() throws Exception {
        JsonNode added = json(post(COMPANY, "facilities", "facility_id,name,type,country\n"
                + "CI-MT-A,Nieuwe spinnerij,processor,BD\nCI-MT-B,Nieuwe katoenboer,farm,BD\n"), 200);
        assertThat(added.get("created").asInt()).isEqualTo(2);
        JsonNode linked = json(post(COMPANY, "links", "buyer_id,supplier_id,commodity\n"
                + "CI-A,CI-MT-A,cotton\nCI-MT-A,CI-MT-B,cotton\n"), 200);
        assertThat(linked.get("created").asInt()).isEqualTo(2);
        assertThat(links("CI-A", "CI-MT-A") + links("CI-MT-A", "CI-MT-B")).isEqualTo(2);
    }

    @Test
    void tiersMayComeInAnyRowOrder() throws Exception {
        JsonNode r = json(post(COMPANY, "links", "buyer_id,supplier_id,commodity\nCI-T11,CI-T12,cotton\nCI-A,CI-T11,cotton\n"), 200);
        assertThat(r.get("created").asInt()).isEqualTo(2);
    }

    @Test
    void skipInvalidWritesTheRowsInScopeAndNeverTheOthers() throws Exception {
        MockMultipartHttpServletRequestBuilder links = request(COMPANY, "links",
                "buyer_id,supplier_id,commodity\nCI-A,CI-T10,cotton\nCI-FB1,CI-T10,cotton\n");
        links.param("skipInvalid", "true");
        JsonNode r = json(mvc.perform(links).andReturn().getResponse(), 200);
        assertThat(r.get("created").asInt()).isEqualTo(1);
        assertThat(r.get("rejected").asInt()).isEqualTo(1);
        assertThat(links("CI-A", "CI-T10")).isEqualTo(1);
        assertThat(links("CI-FB1", "CI-T10")).isZero();
        // the facility check runs before the diff, so a skipped out-of-chain row is never planned as a write
        MockMultipartHttpServletRequestBuilder facilities = request(COMPANY, "facilities",
                "facility_id,name,type,country\nCI-FB1,Overgenomen,factory,BD\nCI-SK-NEW,Nieuw via skip,factory,BD\n");
        facilities.param("skipInvalid", "true");
        JsonNode f = json(mvc.perform(facilities).andReturn().getResponse(), 200);
        assertThat(f.get("created").asInt()).isEqualTo(1);
        assertThat(f.get("rejected").asInt()).isEqualTo(1);
        assertThat(name("CI-FB1")).isEqualTo("CI facility FB1");
        assertThat(name("CI-SK-NEW")).isEqualTo("Nieuw via skip");
    }

    @Test
    void aLaterTierCannotHangOffARowThatIsItselfOutOfScope() throws Exception {
        // CI-FB1 is not ours, so CI-T5 does not become ours through line 2 and line 3 is out of scope too
        JsonNode errors = json(post(COMPANY, "links", "buyer_id,supplier_id,commodity\n"
                + "CI-FB1,CI-T5,cotton\nCI-T5,CI-T6,cotton\n"), 400).get("errors");
        assertThat(errors.findValuesAsText("line")).containsExactly("2", "3");
        assertThat(errors.findValuesAsText("field")).containsOnly("buyer_id");
    }

    @Test
    void updatingAFacilityOutsideTheOwnChainIsRefusedAlsoThroughAnOsIdMerge() throws Exception {
        String header = "facility_id,name,type,country,os_id\n";
        JsonNode direct = json(post(COMPANY, "facilities", header + "CI-FB1,Overgenomen,factory,BD,\n"), 400);
        assertThat(direct.get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(direct.get("errors").get(0).get("field").asText()).isEqualTo("facility_id");
        assertThat(direct.get("errors").get(0).get("message").asText()).contains("not in your chain").doesNotContain("CI-B");
        JsonNode merged = json(post(COMPANY, "facilities", header + "CI-NEW-7,Overgenomen,factory,BD,CI-OS-B1\n"), 400);
        assertThat(merged.get("errors").get(0).get("message").asText()).contains("CI-FB1").contains("not in your chain");
        assertThat(name("CI-FB1")).isEqualTo("CI facility FB1");
        assertThat(name("CI-NEW-7")).isNull();
    }

    @Test
    void updatingAFacilityInTheOwnChainIsApplied() throws Exception {
        json(post(COMPANY, "facilities", "facility_id,name,type,country\nCI-FA2,CI facility FA2 renamed,factory,BD\n"), 200);
        assertThat(name("CI-FA2")).isEqualTo("CI facility FA2 renamed");
        driver.executableQuery("MATCH (f:Facility {id: 'CI-FA2'}) SET f.name = 'CI facility FA2'").execute();
    }

    @Test
    void aFacilityIdThatACompanyUsesIsRefusedWithoutSayingSo() throws Exception {
        JsonNode errors = json(post(COMPANY, "facilities", "facility_id,name,type,country\nCI-B,Vermomd,factory,BD\n"), 400)
                .get("errors");
        assertThat(errors.get(0).get("message").asText()).contains("already in use").doesNotContain("company");
    }

    @Test
    void otherKindsAre403NamingTheKind() throws Exception {
        for (String kind : List.of("companies", "risks")) {
            MockHttpServletResponse res = post(COMPANY, kind, "company_id,name,sector,size\nCI-EVIL,Evil BV,textile,sme\n");
            assertThat(res.getStatus()).as(kind).isEqualTo(403);
            JsonNode problem = new ObjectMapper().readTree(res.getContentAsString());
            assertThat(problem.get("detail").asText()).contains("'" + kind + "'");
            assertThat(problem.get("parameter").asText()).isEqualTo("kind");
        }
        assertThat(driver.executableQuery("MATCH (c:Company {id: 'CI-EVIL'}) RETURN count(c) AS n").execute()
                .records().get(0).get("n").asLong()).isZero();
    }

    @Test
    void advisorIs403AndAnonymousIs401() throws Exception {
        assertThat(post(ADVISOR, "links", "buyer_id,supplier_id,commodity\nCI-A,CI-T7,cotton\n").getStatus()).isEqualTo(403);
        assertThat(post(null, "links", "buyer_id,supplier_id,commodity\nCI-A,CI-T7,cotton\n").getStatus()).isEqualTo(401);
        assertThat(links("CI-A", "CI-T7")).isZero();
    }

    @Test
    void aDryRunReportsTheSameErrors() throws Exception {
        String file = "buyer_id,supplier_id,commodity\nCI-A,CI-T8,cotton\nCI-FB1,CI-T8,cotton\nCI-B,CI-T8,cotton\n";
        MockMultipartHttpServletRequestBuilder dry = request(COMPANY, "links", file);
        dry.param("dryRun", "true");
        JsonNode dryErrors = json(mvc.perform(dry).andReturn().getResponse(), 400).get("errors");
        JsonNode realErrors = json(post(COMPANY, "links", file), 400).get("errors");
        assertThat(dryErrors).hasSize(2).isEqualTo(realErrors);
        assertThat(links("CI-A", "CI-T8")).isZero();
    }

    @Test
    void buyerAndSupplierOptionsCannotLeaveTheScope() throws Exception {
        String osh = "os_id,name,country_code,sector\nCI-OSH-1,Osh fabriek,BD,Apparel\n";
        MockMultipartHttpServletRequestBuilder other = request(COMPANY, "osh", osh);
        other.param("buyer", "CI-B");
        JsonNode errors = json(mvc.perform(other).andReturn().getResponse(), 400).get("errors");
        assertThat(errors.get(0).get("field").asText()).isEqualTo("--buyer");
        assertThat(errors.toString()).doesNotContain(SECRET);
        MockMultipartHttpServletRequestBuilder cmrt = request(COMPANY, "cmrt", "not a workbook");
        cmrt.param("supplier", "CI-FB1");
        assertThat(json(mvc.perform(cmrt).andReturn().getResponse(), 400).get("errors").get(0).get("field").asText())
                .isEqualTo("--supplier");
        assertThat(name("CI-OSH-1")).isNull();
        MockMultipartHttpServletRequestBuilder own = request(COMPANY, "osh", osh);
        own.param("buyer", "CI-FA1");
        assertThat(json(mvc.perform(own).andReturn().getResponse(), 200).get("created").asInt()).isEqualTo(1);
        assertThat(links("CI-FA1", "CI-OSH-1")).isEqualTo(1);
    }

    @Test
    void theAdminStillImportsAnything() throws Exception {
        json(post(ADMIN, "links", "buyer_id,supplier_id,commodity\nCI-B,CI-T9,cotton\n"), 200);
        assertThat(links("CI-B", "CI-T9")).isEqualTo(1);
        json(post(ADMIN, "facilities", "facility_id,name,type,country\nCI-FB1,CI facility FB1,factory,BD\n"), 200);
    }

    private String buyerError(String buyer) throws Exception {
        JsonNode errors = json(post(COMPANY, "links", "buyer_id,supplier_id,commodity\n" + buyer + ",CI-T3,cotton\n"), 400)
                .get("errors");
        assertThat(errors).as("errors for buyer %s", buyer).hasSize(1);
        return errors.get(0).get("field").asText() + ": " + errors.get(0).get("message").asText();
    }

    private MockMultipartHttpServletRequestBuilder request(String user, String kind, String text) {
        MockMultipartHttpServletRequestBuilder r = multipart("/api/imports/" + kind);
        r.file(new MockMultipartFile("file", kind + ".csv", "text/csv", text.getBytes(StandardCharsets.UTF_8)));
        r.with(csrf()).accept(MediaType.APPLICATION_JSON);
        if (user != null) {
            r.with(httpBasic(user, PASSWORD));
        }
        return r;
    }

    private MockHttpServletResponse post(String user, String kind, String text) throws Exception {
        return mvc.perform(request(user, kind, text)).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse res, int status) throws Exception {
        assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(status);
        return new ObjectMapper().readTree(res.getContentAsString());
    }

    private long links(String buyer, String supplier) {
        return driver.executableQuery("MATCH ({id: $b})-[l:BUYS_FROM]->(:Facility {id: $s}) RETURN count(l) AS n")
                .withParameters(Map.of("b", buyer, "s", supplier)).execute().records().get(0).get("n").asLong();
    }

    private String name(String facility) {
        var rows = driver.executableQuery("MATCH (f:Facility {id: $id}) RETURN f.name AS n")
                .withParameters(Map.of("id", facility)).execute().records();
        return rows.isEmpty() ? null : rows.get(0).get("n").asString();
    }
}
