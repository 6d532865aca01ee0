package nl.ketenlens.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.ketenlens.graph.GraphState;
import nl.ketenlens.support.EmbeddedStoreTest;
import nl.ketenlens.support.TestViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The aggregate-only rule tried as an attacker would, on a hand-built sector in the real store. Sector
 * {@code conf-it} = covenant {@code conf-it-cov} = eight companies C1..C8 (k = 3). Each Ck buys through its own trader
 * Tk from smelter SMELT (CH), which buys from mine M1. C1 alone also buys from PRIV → M2 (region IS-2); C1 and C2
 * from PAIR → M3; C1..C4 from RING → M4. All mines are in Iceland with a test child-labour indicator on
 * {@code conf_it_ore}. So by hand: SMELT and M1 are reached by 8 of 8 ("all but fewer than 3"), RING and M4 by 4
 * (shown), PAIR and M3 by 2 and PRIV, M2 and every trader by 1 (never named in a sector view). Covenant
 * {@code conf-it-tiny} has two members, C1 and C2.
 */
@EmbeddedStoreTest
class AggregateOnlyIT {

    static final String COV = "conf-it-cov";
    static final String HOTSPOT = "IS:conf_it_ore:child_labour";
    /** The fixture's own theme: seeded country-wide indicators (PM2.5, GHG, …) also reach CH and IS. */
    static final String THEME = "child_labour";
    static final Viewer ADVISOR = new Viewer("advisor", Role.ADVISOR, null);
    /** Facilities fewer than k companies reach: a sector view must not name them. */
    static final List<String> THIN = List.of("CONF-IT-PRIV", "CONF-IT-PAIR", "CONF-IT-M2", "CONF-IT-M3",
            "CONF-IT-T1", "CONF-IT-T2", "CONF-IT-T3", "CONF-IT-T4", "CONF-IT-T5", "CONF-IT-T6", "CONF-IT-T7",
            "CONF-IT-T8");

    @Autowired
    MockMvc mvc;

    @Autowired
    Driver driver;

    @Autowired
    TestViewer viewer;

    @Autowired
    AggregatePolicy policy;

    @BeforeEach
    void sector() {
        driver.executableQuery("""
                MERGE (:Sector {code: 'conf-it'}) MERGE (:Commodity {code: 'conf_it_ore'})
                MERGE (cov:Covenant {code: 'conf-it-cov'}) SET cov.name = 'Confidentiality test covenant'
                MERGE (tiny:Covenant {code: 'conf-it-tiny'}) SET tiny.name = 'Two-member test covenant'
                MERGE (src:Source {id: 'CONF-IT-SRC'})
                  SET src.publisher = 'Test Publisher', src.title = 'Test list', src.edition = '2022', src.year = 2022
                MERGE (i:RiskIndicator {id: 'CONF-IT-I1'})
                  SET i.theme = 'child_labour', i.country = 'IS', i.commodity = 'conf_it_ore', i.scale = 4,
                      i.scope = 4, i.irremediability = 4, i.likelihood = 0.75, i.sourceId = 'CONF-IT-SRC', i.basis = 'test'
                MERGE (i)-[:FROM_SOURCE]->(src)
                WITH cov, tiny
                UNWIND [['SMELT', 'smelter', 'CH', null], ['PRIV', 'trader', 'CH', null], ['PAIR', 'trader', 'CH', null],
                        ['RING', 'trader', 'CH', null], ['M1', 'mine', 'IS', null], ['M2', 'mine', 'IS', 'IS-2'],
                        ['M3', 'mine', 'IS', null], ['M4', 'mine', 'IS', null]] AS f
                MERGE (x:Facility {id: 'CONF-IT-' + f[0]})
                  SET x.name = 'Conf facility ' + f[0], x.type = f[1], x.country = f[2], x.region = f[3],
                      x.commodities = ['conf_it_ore']
                WITH DISTINCT cov, tiny
                UNWIND [['SMELT', 'M1'], ['PRIV', 'M2'], ['PAIR', 'M3'], ['RING', 'M4']] AS l
                MATCH (a:Facility {id: 'CONF-IT-' + l[0]}), (b:Facility {id: 'CONF-IT-' + l[1]})
                MERGE (a)-[:BUYS_FROM {commodity: 'conf_it_ore'}]->(b)
                WITH DISTINCT cov, tiny
                UNWIND range(1, 8) AS k
                MERGE (c:Company {id: 'CONF-IT-C' + k})
                  SET c.name = 'Vertrouwelijk Testbedrijf ' + k, c.sector = 'conf-it', c.kind = 'company', c.synthetic = true
                MERGE (c)-[:MEMBER_OF]->(cov)
                MERGE (t:Facility {id: 'CONF-IT-T' + k})
                  SET t.name = 'Conf trader ' + k, t.type = 'trader', t.country = 'CH', t.commodities = ['conf_it_ore']
                MERGE (c)-[:BUYS_FROM {commodity: 'conf_it_ore'}]->(t)
                WITH c, t, k, tiny
                MATCH (s:Facility {id: 'CONF-IT-SMELT'}), (p:Facility {id: 'CONF-IT-PRIV'}),
                      (q:Facility {id: 'CONF-IT-PAIR'}), (r:Facility {id: 'CONF-IT-RING'})
                MERGE (t)-[:BUYS_FROM {commodity: 'conf_it_ore'}]->(s)
                FOREACH (_ IN CASE WHEN k = 1 THEN [1] ELSE [] END | MERGE (c)-[:BUYS_FROM {commodity: 'conf_it_ore'}]->(p))
                FOREACH (_ IN CASE WHEN k <= 2 THEN [1] ELSE [] END |
                    MERGE (c)-[:BUYS_FROM {commodity: 'conf_it_ore'}]->(q) MERGE (c)-[:MEMBER_OF]->(tiny))
                FOREACH (_ IN CASE WHEN k <= 4 THEN [1] ELSE [] END | MERGE (c)-[:BUYS_FROM {commodity: 'conf_it_ore'}]->(r))
                """).execute();
        driver.executableQuery(GraphState.BUMP_REVISION).execute();
    }

    @AfterEach
    void asTheApplicationAgain() {
        viewer.reset();
    }

    static Viewer company(int k) {
        return new Viewer("user-c" + k, Role.COMPANY, "CONF-IT-C" + k);
    }

    @Test
    void aCompanySeesNoOtherCompanyNoSmallCountAndNoThinlyReachedFacility() throws Exception {
        for (int k : new int[] {1, 3, 8}) {
            Map<String, String> others = companiesExcept("CONF-IT-C" + k);
            for (MockHttpServletRequestBuilder request : sectorViews("covenant", COV)) {
                String body = read(company(k), request);
                assertClean(body, others);
                assertThat(Leaks.containsAny(body, THIN)).as("thin facility named in %s", body).isFalse();
            }
            for (MockHttpServletRequestBuilder request : sectorViews("sector", "conf-it")) {
                assertClean(read(company(k), request), others);
            }
            String own = read(company(k), get("/api/companies/CONF-IT-C" + k + "/exposure"));
            assertClean(own, others);
            assertThat(own).contains("CONF-IT-T" + k);   // its own chain, in full
            assertClean(read(company(k), get("/api/companies/CONF-IT-C" + k + "/exposure/paths")
                    .param("facility", "CONF-IT-M1")), others);
            assertClean(read(company(k), get("/api/companies/CONF-IT-C" + k)), others);
        }
        // not vacuous: the shared facilities are there, with the counts the rule allows
        JsonNode ranked = Leaks.tree(read(company(1), get("/api/leverage").param("theme", THEME).param("covenant", COV).param("top", "100")))
                .get("facilities");
        JsonNode smelter = find(ranked, "CONF-IT-SMELT");
        assertThat(smelter.get("reachCompanies").get("text").asText()).isEqualTo("all but fewer than 3");
        assertThat(smelter.get("inOwnChain").asBoolean()).isTrue();
        assertThat(find(ranked, "CONF-IT-RING").get("reachCompanies").get("value").asInt()).isEqualTo(4);
        assertThat(find(Leaks.tree(read(company(8), get("/api/leverage").param("theme", THEME).param("covenant", COV).param("top", "100")))
                .get("facilities"), "CONF-IT-RING").get("inOwnChain").asBoolean()).isFalse();
    }

    @Test
    void anAdvisorSeesNoCompanyAtAll() throws Exception {
        Map<String, String> everyone = companiesExcept(null);
        List<MockHttpServletRequestBuilder> requests = new ArrayList<>(sectorViews("covenant", COV));
        requests.addAll(sectorViews("sector", "conf-it"));
        requests.add(get("/api/leverage").param("covenant", "gold").param("top", "50"));
        requests.add(get("/api/leverage/groups").param("covenant", "gold"));
        requests.add(get("/api/covenants"));
        requests.add(get("/api/facilities/CONF-IT-SMELT"));
        for (MockHttpServletRequestBuilder request : requests) {
            assertClean(read(ADVISOR, request), everyone);
        }
        viewer.set(ADVISOR);
        // company search names other companies: the route rules keep it to the admin
        mvc.perform(get("/api/companies").param("q", "Vertrouwelijk")).andExpect(status().isForbidden());
        // an advisor's role may not read any company's chain: refused by the route rules, never the data
        mvc.perform(get("/api/companies/CONF-IT-C1")).andExpect(status().isForbidden());
        mvc.perform(get("/api/companies/CONF-IT-C1/exposure")).andExpect(status().isForbidden());
        mvc.perform(get("/api/covenants/conf-it-tiny"))
                .andExpect(jsonPath("$.memberCount.text").value("fewer than 3"))
                .andExpect(jsonPath("$.memberIds").doesNotExist());
    }

    @Test
    void freeListsAndSelectionsOfFewerThanKAreRefused() throws Exception {
        for (Viewer who : List.of(company(1), ADVISOR)) {
            viewer.set(who);
            for (String list : List.of("CONF-IT-C1,CONF-IT-C2", "CONF-IT-C2", "CONF-IT-C1,CONF-IT-C1,CONF-IT-C2")) {
                refused(get("/api/leverage").param("companies", list), "companies");
            }
            for (String path : List.of("/api/leverage", "/api/leverage/plan", "/api/leverage/groups")) {
                refused(get(path).param("covenant", "conf-it-tiny"), "sector|covenant");
            }
            refused(get("/api/leverage/cut").param("theme", THEME).param("covenant", "conf-it-tiny").param("hotspot", HOTSPOT),
                    "sector|covenant");
        }
        viewer.set(ADVISOR);
        refused(get("/api/leverage").param("companies", "CONF-IT-C1"), "companies");
        // a company may look at its own company alone: that is its own chain, in full, and nobody else's
        String own = read(company(1), get("/api/leverage").param("companies", "CONF-IT-C1").param("top", "100"));
        assertThat(Leaks.mentioned(own, companiesExcept("CONF-IT-C1"))).isEmpty();
        assertThat(Leaks.tree(own).at("/scope/selection/companyIds").toString()).isEqualTo("[\"CONF-IT-C1\"]");
        // the control: the admin may ask what the others may not
        viewer.set(Viewer.admin());
        mvc.perform(get("/api/leverage").param("theme", THEME).param("covenant", "conf-it-tiny")).andExpect(status().isOk());
    }

    @Test
    void whatIfsCannotNarrowCountsBelowK() throws Exception {
        viewer.set(company(3));
        // engaging a facility few companies reach would show their exposure by subtraction; 0 and 1..k-1 look alike
        for (String thin : List.of("CONF-IT-PRIV", "CONF-IT-PAIR", "CONF-IT-T1", "CONF-IT-T3", "CONF-IT-M2")) {
            refused(get("/api/leverage").param("theme", THEME).param("covenant", COV).param("engaged", thin), "engaged");
            refused(get("/api/leverage/plan").param("theme", THEME).param("sector", "conf-it").param("engaged", "CONF-IT-RING," + thin),
                    "engaged");
        }
        refused(get("/api/leverage").param("theme", THEME).param("covenant", COV).param("addIndicator", "CH:conf_it_ore:living_wage:3:3:2:0.5"),
                "addIndicator");
        Map<String, String> others = companiesExcept("CONF-IT-C3");
        for (String engaged : List.of("CONF-IT-RING", "CONF-IT-SMELT", "CONF-IT-SMELT,CONF-IT-RING", "CONF-IT-M1")) {
            for (MockHttpServletRequestBuilder request : sectorViews("covenant", COV)) {
                String body = read(company(3), request.param("engaged", engaged.split(",")));
                assertClean(body, others);
                assertThat(Leaks.containsAny(body, THIN)).as("thin facility named in %s", body).isFalse();
            }
        }
        // with SMELT and RING engaged only C1 and C2 still reach risk (M2, M3): nothing may be named or counted
        String narrowed = read(ADVISOR, get("/api/leverage").param("theme", THEME).param("covenant", COV)
                .param("engaged", "CONF-IT-SMELT", "CONF-IT-RING").param("top", "100"));
        assertThat(Leaks.tree(narrowed).get("facilities")).isEmpty();
        assertThat(Leaks.tree(narrowed).get("hotspots")).isEmpty();
        viewer.set(ADVISOR);
        refused(get("/api/leverage/cut").param("theme", THEME).param("covenant", COV).param("hotspot", HOTSPOT)
                .param("engaged", "CONF-IT-SMELT", "CONF-IT-RING"), "hotspot");
    }

    @Test
    void aCutThroughFewCompaniesIsRefusedAndItsThinFacilitiesAreNotNamed() throws Exception {
        viewer.set(ADVISOR);
        refused(get("/api/leverage/cut").param("theme", THEME).param("covenant", COV).param("hotspot", "IS:IS-2"), "hotspot");
        JsonNode cut = Leaks.tree(read(ADVISOR, get("/api/leverage/cut").param("theme", THEME).param("covenant", COV)
                .param("hotspot", HOTSPOT)));
        JsonNode full = Leaks.tree(read(Viewer.admin(), get("/api/leverage/cut").param("theme", THEME).param("covenant", COV)
                .param("hotspot", HOTSPOT)));
        assertThat(cut.get("cutSize").asInt()).isEqualTo(full.get("cutSize").asInt()).isEqualTo(4);
        assertThat(cut.get("cut").size()).isEqualTo(2);   // SMELT|M1 and RING|M4; PRIV|M2 and PAIR|M3 withheld
        assertThat(cut.get("explanation").asText()).contains("2 of them reached by fewer than 3");
    }

    @Test
    void anotherCompanysChainIsNotFound() throws Exception {
        viewer.set(company(3));
        String unknown = mvc.perform(get("/api/companies/CONF-IT-NOPE/exposure")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        for (String path : List.of("/api/companies/CONF-IT-C1/exposure", "/api/companies/CONF-IT-C1",
                "/api/companies/CONF-IT-C1/exposure/paths?facility=CONF-IT-M1")) {
            String body = mvc.perform(get(path)).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body.replace("CONF-IT-C1", "CONF-IT-NOPE").replaceAll("\"instance\":\"[^\"]*\"", ""))
                    .isEqualTo(unknown.replaceAll("\"instance\":\"[^\"]*\"", ""));
        }
        // a what-if naming a competitor's real link answers exactly like a link that does not exist
        String real = badRequest(get("/api/companies/CONF-IT-C3/exposure").param("replaced", "CONF-IT-C1>CONF-IT-PRIV"));
        String none = badRequest(get("/api/companies/CONF-IT-C3/exposure").param("replaced", "CONF-IT-C2>CONF-IT-PRIV"));
        assertThat(real.replace("CONF-IT-C1", "X")).isEqualTo(none.replace("CONF-IT-C2", "X"));
        mvc.perform(get("/api/companies/CONF-IT-C3/exposure").param("replaced", "CONF-IT-C3>CONF-IT-T3"))
                .andExpect(status().isOk());
        // the sector context: all 7 other companies share the issue, which would name their links
        mvc.perform(get("/api/companies/CONF-IT-C3/exposure"))
                .andExpect(jsonPath("$.salientIssues[0].otherCompaniesInSector.suppressed").value(true))
                .andExpect(jsonPath("$.salientIssues[0].otherCompaniesInSector.text").value("all but fewer than 3"));
        viewer.set(Viewer.admin());
        mvc.perform(get("/api/companies/CONF-IT-C3/exposure"))
                .andExpect(jsonPath("$.salientIssues[0].otherCompaniesInSector.value").value(7));
    }

    @Test
    void groupsShowACompanyOnlyItsOwnAndNobodyButTheAdminTheirMembers() throws Exception {
        JsonNode all = Leaks.tree(read(Viewer.admin(), groups())).get("groups");
        for (int k : new int[] {1, 5}) {
            String id = "CONF-IT-C" + k;
            long expected = IntStream.range(0, all.size()).mapToObj(all::get)
                    .filter(g -> g.get("companyIds").toString().contains("\"" + id + "\""))
                    .filter(g -> g.get("companies").get("value").asInt() >= policy.k()).count();
            JsonNode mine = Leaks.tree(read(company(k), groups())).get("groups");
            assertThat(mine.size()).as("groups of %s", id).isEqualTo((int) expected);
            for (JsonNode g : mine) {
                assertThat(g.has("companyIds")).isFalse();
                // only shared facilities it reaches itself, and only those ≥ k companies reach
                g.get("sharedFacilityIds").forEach(f -> assertThat(f.asText()).isIn(
                        k == 1 ? List.of("CONF-IT-M1", "CONF-IT-M4") : List.of("CONF-IT-M1")));
            }
        }
        long bigEnough = IntStream.range(0, all.size()).mapToObj(all::get)
                .filter(g -> g.get("companies").get("value").asInt() >= policy.k()).count();
        assertThat(all.size()).as("the fixture has groups at all").isPositive();
        assertThat(Leaks.tree(read(ADVISOR, groups())).get("groups").size()).isEqualTo((int) bigEnough);
    }

    @Test
    void aDemoCompanySeesNoOtherDemoCompany() throws Exception {
        var row = driver.executableQuery("""
                MATCH (c:Company {synthetic: true})-[:MEMBER_OF]->(:Covenant {code: 'gold'})
                WHERE c.id STARTS WITH 'SYN-' RETURN c.id AS id, c.sector AS sector ORDER BY c.id LIMIT 1
                """).execute().records().get(0);
        String id = row.get("id").asString();
        Viewer demo = new Viewer("demo", Role.COMPANY, id);
        Map<String, String> others = companiesExcept(id);
        List<MockHttpServletRequestBuilder> requests = new ArrayList<>(sectorViews("covenant", "gold"));
        requests.addAll(sectorViews("sector", row.get("sector").asString()));
        requests.add(get("/api/companies/" + id + "/exposure"));
        requests.add(get("/api/companies/" + id));
        requests.add(get("/api/covenants"));
        JsonNode hotspots = Leaks.tree(read(demo, get("/api/leverage").param("covenant", "gold"))).get("hotspots");
        if (!hotspots.isEmpty()) {
            requests.add(get("/api/leverage/cut").param("covenant", "gold")
                    .param("hotspot", hotspots.get(0).get("hotspot").asText()));
        }
        for (MockHttpServletRequestBuilder request : requests) {
            assertClean(read(demo, request), others);
        }
    }

    private static MockHttpServletRequestBuilder groups() {
        return get("/api/leverage/groups").param("theme", THEME).param("covenant", COV).param("threshold", "0.1");
    }

    /** Leverage, plan, cut and groups over one predefined selection. */
    private static List<MockHttpServletRequestBuilder> sectorViews(String by, String code) {
        return List.of(get("/api/leverage").param("theme", THEME).param(by, code).param("top", "1000"),
                get("/api/leverage/plan").param("theme", THEME).param(by, code).param("budget", "10"),
                get("/api/leverage/cut").param("theme", THEME).param(by, code).param("hotspot", HOTSPOT),
                get("/api/leverage/groups").param("theme", THEME).param(by, code).param("threshold", "0.1"));
    }

    private void assertClean(String body, Map<String, String> others) throws Exception {
        assertThat(Leaks.mentioned(body, others)).as("other companies in %s", body).isEmpty();
        assertThat(Leaks.smallCounts(body, policy.k())).as("counts below k in %s", body).isEmpty();
        assertThat(Leaks.identityFields(body)).as("identity fields in %s", body).isEmpty();
    }

    private String read(Viewer who, MockHttpServletRequestBuilder request) throws Exception {
        viewer.set(who);
        var response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString();
        // a refused cut (fewer than k reach the hotspot) is also clean; anything else must succeed
        if (response.getStatus() == 403 && body.contains("\"parameter\":\"hotspot\"")) {
            return body;
        }
        assertThat(response.getStatus()).as("%s as %s: %s", request, who.role(), body).isEqualTo(200);
        return body;
    }

    private void refused(MockHttpServletRequestBuilder request, String parameter) throws Exception {
        mvc.perform(request).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("aggregate-only"))
                .andExpect(jsonPath("$.parameter").value(parameter));
    }

    private String badRequest(MockHttpServletRequestBuilder request) throws Exception {
        ResultMatcher bad = status().isBadRequest();
        return mvc.perform(request).andExpect(bad).andReturn().getResponse().getContentAsString()
                .replaceAll("\"instance\":\"[^\"]*\"", "");
    }

    private static JsonNode find(JsonNode facilities, String id) {
        for (JsonNode f : facilities) {
            if (f.get("facilityId").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError(id + " not listed in " + facilities);
    }

    /** Every company in the graph (id → name) except {@code except}. */
    private Map<String, String> companiesExcept(String except) {
        Map<String, String> out = new LinkedHashMap<>();
        driver.executableQuery("MATCH (c:Company) RETURN c.id AS id, c.name AS name").execute().records()
                .forEach(r -> {
                    String id = r.get("id").asString();
                    if (!id.equals(except)) {
                        out.put(id, r.get("name").isNull() ? null : r.get("name").asString());
                    }
                });
        return out;
    }
}
