package nl.ketenlens.leverage;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ketenlens.graph.GraphState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hand-built chain on the real store: five companies C1..C5 each buy through their own trader T1..T5 from one
 * smelter S (all in CH, no seeded child-labour indicator there), which buys from two gold mines M1 (region IS-1),
 * M2 in Iceland with a test child-labour indicator (none is seeded there). CH and IS do carry seeded country-wide
 * indicators of other themes (labour rights, air pollution, CO2, …), so the checks filter on a theme: child_labour,
 * or corruption (which no seeded source covers) for the what-if indicator. Worked out by hand: S is reached by all
 * 5 companies and lies on every exposure path (share 1.0), each trader on 1/5; the plan with k = 1 picks S and
 * covers everything; the minimum cut to IS:gold:child_labour, and to the region IS:IS-1, is {S}.
 * Run against the embedded store ({@link LeverageApiIT}) and the server image ({@link LeverageApiContainerIT}).
 */
@WithMockUser(username = "it-admin", roles = "ADMIN")
abstract class LeverageApiContract {

    private static final String COMPANIES = "LEV-IT-C1,LEV-IT-C2,LEV-IT-C3,LEV-IT-C4,LEV-IT-C5";

    @Autowired
    MockMvc mvc;

    @Autowired
    Driver driver;

    @BeforeEach
    void sharedSmelterChain() {
        driver.executableQuery("""
                MERGE (t:RiskTheme {code: 'child_labour'}) ON CREATE SET t.name = 'Child labour'
                MERGE (g:Commodity {code: 'gold'}) ON CREATE SET g.name = 'Gold'
                MERGE (src:Source {id: 'LEV-IT-SRC'})
                  SET src.publisher = 'Test Publisher', src.title = 'Test list', src.edition = '2022', src.year = 2022
                MERGE (i:RiskIndicator {id: 'LEV-IT-I1'})
                  SET i.theme = 'child_labour', i.country = 'IS', i.commodity = 'gold', i.scale = 4, i.scope = 4,
                      i.irremediability = 4, i.likelihood = 0.75, i.sourceId = 'LEV-IT-SRC', i.basis = 'test'
                MERGE (i)-[:FROM_SOURCE]->(src)
                MERGE (s:Facility {id: 'LEV-IT-S'})
                  SET s.name = 'Test Smelter', s.type = 'smelter', s.country = 'CH', s.commodities = ['gold']
                WITH s
                UNWIND ['LEV-IT-M1', 'LEV-IT-M2'] AS mid
                MERGE (m:Facility {id: mid}) SET m.name = mid, m.type = 'mine', m.country = 'IS', m.region = CASE mid WHEN 'LEV-IT-M1' THEN 'IS-1' ELSE null END, m.commodities = ['gold']
                MERGE (s)-[:BUYS_FROM {commodity: 'gold'}]->(m)
                WITH DISTINCT s
                UNWIND range(1, 5) AS k
                MERGE (c:Company {id: 'LEV-IT-C' + k})
                  SET c.name = 'Leverage Test ' + k, c.sector = 'retail', c.kind = 'company', c.synthetic = true
                MERGE (t:Facility {id: 'LEV-IT-T' + k})
                  SET t.name = 'Trader ' + k, t.type = 'trader', t.country = 'CH', t.commodities = ['gold']
                MERGE (c)-[:BUYS_FROM {commodity: 'gold'}]->(t)
                MERGE (t)-[:BUYS_FROM {commodity: 'gold'}]->(s)
                """).execute();
        driver.executableQuery(GraphState.BUMP_REVISION).execute();
    }

    @Test
    void sharedSmelterRanksFirstWithEveryCompanyAndEveryPath() throws Exception {
        mvc.perform(get("/api/leverage").param("companies", COMPANIES).param("theme", "child_labour"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.selection.companyCount.value").value(5))
                .andExpect(jsonPath("$.facilities[0].facilityId").value("LEV-IT-S"))
                .andExpect(jsonPath("$.facilities[0].reachCompanies.value").value(5))
                .andExpect(jsonPath("$.facilities[0].betweennessShare", closeTo(1.0, 1e-9)))
                .andExpect(jsonPath("$.facilities[0].companyIds", hasSize(5)))
                .andExpect(jsonPath("$.riskBearingFacilities").value(2));
    }

    @Test
    void planWithBudgetOnePicksTheSmelterAndCoversAll() throws Exception {
        mvc.perform(get("/api/leverage/plan").param("companies", COMPANIES).param("budget", "1")
                        .param("theme", "child_labour"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].facilityId").value("LEV-IT-S"))
                .andExpect(jsonPath("$.curve[0]", closeTo(1.0, 1e-9)));
    }

    @Test
    void minimumCutToTheMinesIsTheSmelter() throws Exception {
        mvc.perform(get("/api/leverage/cut").param("companies", COMPANIES).param("hotspot", "IS:gold:child_labour"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.separable").value(true))
                .andExpect(jsonPath("$.cutSize").value(1))
                .andExpect(jsonPath("$.cut[0].facilityId").value("LEV-IT-S"))
                .andExpect(jsonPath("$.exposedCompanies.value").value(5));
    }

    @Test
    void engagingTheSmelterRemovesTheExposure() throws Exception {
        mvc.perform(get("/api/leverage").param("companies", COMPANIES).param("engaged", "LEV-IT-S")
                        .param("theme", "child_labour"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.engaged[0]").value("LEV-IT-S"))
                .andExpect(jsonPath("$.totalExposure", closeTo(0.0, 1e-9)));
    }

    @Test
    void regionHotspotIsCutAtTheSmelter() throws Exception {
        mvc.perform(get("/api/leverage/cut").param("companies", COMPANIES).param("hotspot", "IS:IS-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hotspot").value("IS:IS-1"))
                .andExpect(jsonPath("$.targets").value(1))
                .andExpect(jsonPath("$.cut[0].facilityId").value("LEV-IT-S"));
    }

    @Test
    void addedIndicatorMakesTheSwissChainRiskBearingWithoutWritingIt() throws Exception {
        mvc.perform(get("/api/leverage").param("companies", COMPANIES).param("theme", "corruption")
                        .param("addIndicator", "CH:gold:corruption:3:3:2:0.5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.addedIndicators[0]").value("CH:gold:corruption:3:3:2:0.5"))
                .andExpect(jsonPath("$.riskBearingFacilities").value(6));
        mvc.perform(get("/api/leverage").param("companies", COMPANIES).param("theme", "corruption"))
                .andExpect(jsonPath("$.riskBearingFacilities").value(0))
                .andExpect(jsonPath("$.dataGaps[0].themes[0]").value("corruption"));
        mvc.perform(get("/api/leverage").param("companies", COMPANIES).param("addIndicator", "CH:gold:living_wage:9:3:2:0.5"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("addIndicator"));
    }

    @Test
    void selectionByCompaniesKeepsIdentitiesInTheIdsFieldOnly() throws Exception {
        mvc.perform(get("/api/leverage").param("companies", COMPANIES))
                .andExpect(jsonPath("$.scope.selection.value").value("5 companies"))
                .andExpect(jsonPath("$.scope.selection.companyIds", hasSize(5)));
    }

    @Test
    void unknownNamesAreProblemDetails() throws Exception {
        mvc.perform(get("/api/leverage").param("companies", COMPANIES).param("top", "0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("top"));
        mvc.perform(get("/api/leverage/cut").param("companies", COMPANIES).param("hotspot", "QQ:gold:conflict"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.kind").value("country"));
        mvc.perform(get("/api/leverage").param("companies", "LEV-IT-C1,NOPE"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.id").value("NOPE"));
        mvc.perform(get("/api/leverage").param("sector", "no-such-sector"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.kind").value("sector"));
        mvc.perform(get("/api/leverage").param("companies", COMPANIES).param("theme", "no_theme"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("theme"))
                .andExpect(jsonPath("$.detail", containsString("known theme codes: ")))
                .andExpect(jsonPath("$.detail", containsString("child_labour")));
        mvc.perform(get("/api/leverage"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/leverage/cut").param("companies", COMPANIES).param("hotspot", "gold"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("hotspot"));
        mvc.perform(get("/api/leverage/plan").param("companies", COMPANIES).param("budget", "0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("budget"));
    }
}
