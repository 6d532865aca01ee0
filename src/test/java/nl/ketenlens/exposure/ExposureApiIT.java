package nl.ketenlens.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.ketenlens.api.NotFoundException;
import nl.ketenlens.KetenlensApplication;
import nl.ketenlens.cli.ExitCodes;
import nl.ketenlens.cli.ExposureCommand;
import nl.ketenlens.cli.KetenlensCli;
import nl.ketenlens.graph.GraphState;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;

/**
 * Exposure on the real embedded store. Own chain (ids {@code EXP-IT-…}, country {@code XX} and commodity
 * {@code exp_it_cocoa} so no seeded indicator or facility is touched): C buys 60 % from A and 40 % from B, A buys
 * all from F, B half; F carries child labour (4,4,4, likelihood 0.8). Worked by hand: F at tier 2 via 2 paths,
 * best C-A-F 0.6, total 0.6 + 0.4 × 0.5 = 0.8, severity 0.80. C2 (same sector) buys from F directly; bank K
 * finances C. A jeweller J buys gold from a refinery R (CH) that buys from a mine M in Uganda, where the seeded
 * ILAB 2022 list reports child labour in gold; J also buys from a garment factory G (BD) with no supplier.
 */
@EmbeddedStoreTest
@WithMockUser(username = "it-admin", roles = "ADMIN")
class ExposureApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Driver driver;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void chains() {
        driver.executableQuery("""
                MERGE (src:Source {id: 'EXP-IT-SRC'})
                  SET src.publisher = 'Exposure Test Bureau (ETB)', src.title = 'Test list', src.edition = '2022',
                      src.year = 2022, src.url = 'https://example.org/etb'
                MERGE (i:RiskIndicator {id: 'EXP-IT-I1'})
                  SET i.theme = 'child_labour', i.country = 'XX', i.commodity = 'exp_it_cocoa', i.scale = 4,
                      i.scope = 4, i.irremediability = 4, i.likelihood = 0.8, i.sourceId = 'EXP-IT-SRC', i.basis = 'test'
                MERGE (i)-[:FROM_SOURCE]->(src)
                MERGE (c:Company {id: 'EXP-IT-C'}) SET c.name = 'Exposure Chocolatier', c.sector = 'EXP-IT-food',
                  c.kind = 'company', c.size = 'sme', c.synthetic = false
                MERGE (c2:Company {id: 'EXP-IT-C2'}) SET c2.name = 'Other Chocolatier', c2.sector = 'EXP-IT-food',
                  c2.kind = 'company', c2.size = 'sme', c2.synthetic = false
                MERGE (k:Company:FinancialInstitution {id: 'EXP-IT-K'}) SET k.name = 'Exposure Bank',
                  k.sector = 'EXP-IT-finance', k.kind = 'bank', k.size = 'large', k.synthetic = false
                MERGE (k)-[:FINANCES]->(c)
                MERGE (a:Facility {id: 'EXP-IT-A'}) SET a.name = 'Trader A', a.type = 'trader', a.country = 'XY',
                  a.commodities = ['exp_it_cocoa']
                MERGE (b:Facility {id: 'EXP-IT-B'}) SET b.name = 'Trader B', b.type = 'trader', b.country = 'XY',
                  b.commodities = ['exp_it_cocoa']
                MERGE (f:Facility {id: 'EXP-IT-F'}) SET f.name = 'Cooperative F', f.type = 'cooperative',
                  f.country = 'XX', f.commodities = ['exp_it_cocoa']
                MERGE (c)-[ca:BUYS_FROM {commodity: 'exp_it_cocoa'}]->(a) SET ca.share = 0.6
                MERGE (c)-[cb:BUYS_FROM {commodity: 'exp_it_cocoa'}]->(b) SET cb.share = 0.4
                MERGE (a)-[af:BUYS_FROM {commodity: 'exp_it_cocoa'}]->(f) SET af.share = 1.0
                MERGE (b)-[bf:BUYS_FROM {commodity: 'exp_it_cocoa'}]->(f) SET bf.share = 0.5
                MERGE (c2)-[:BUYS_FROM {commodity: 'exp_it_cocoa'}]->(f)
                MERGE (j:Company {id: 'EXP-IT-J'}) SET j.name = 'Exposure Jeweller', j.sector = 'EXP-IT-jewellery',
                  j.kind = 'company', j.size = 'sme', j.synthetic = false
                MERGE (r:Facility {id: 'EXP-IT-R'}) SET r.name = 'Refinery R', r.type = 'refinery', r.country = 'CH',
                  r.commodities = ['gold']
                MERGE (m:Facility {id: 'EXP-IT-M'}) SET m.name = 'Artisanal mine M', m.type = 'mine',
                  m.country = 'UG', m.commodities = ['gold']
                MERGE (g:Facility {id: 'EXP-IT-G'}) SET g.name = 'Garment factory G', g.type = 'factory',
                  g.country = 'BD', g.commodities = ['garments']
                MERGE (j)-[:BUYS_FROM {commodity: 'gold'}]->(r)
                MERGE (r)-[:BUYS_FROM {commodity: 'gold'}]->(m)
                MERGE (j)-[:BUYS_FROM {commodity: 'garments'}]->(g)
                """).execute();
        driver.executableQuery(GraphState.BUMP_REVISION).execute();
    }

    @Test
    void diamondIssueIsRankedWithItsReasonPathsAndSectorCount() throws Exception {
        mvc.perform(get("/api/companies/EXP-IT-C/exposure"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reachedFacilityCount").value(3))
                .andExpect(jsonPath("$.salientIssues[0].key").value("XX:exp_it_cocoa:child_labour"))
                .andExpect(jsonPath("$.salientIssues[0].severity", closeTo(0.8, 1e-9)))
                .andExpect(jsonPath("$.salientIssues[0].reason",
                        containsString("likelihood 0.8 (ETB 2022); reached at tier 2 via 2 paths, 80 % of volume")))
                .andExpect(jsonPath("$.salientIssues[0].facilityIds[0]").value("EXP-IT-F"))
                .andExpect(jsonPath("$.salientIssues[0].otherCompaniesInSector.value").value(1))
                .andExpect(jsonPath("$.facilities[0].facilityId").value("EXP-IT-F"))
                .andExpect(jsonPath("$.facilities[0].tier").value(2))
                .andExpect(jsonPath("$.facilities[0].pathCount").value(2))
                .andExpect(jsonPath("$.facilities[0].bestPath.hops[0].facilityId").value("EXP-IT-A"))
                .andExpect(jsonPath("$.facilities[0].bestPathShare", closeTo(0.6, 1e-9)))
                .andExpect(jsonPath("$.facilities[0].totalShare", closeTo(0.8, 1e-9)))
                .andExpect(jsonPath("$.facilities[0].indicators[0].theme").value("child_labour"))
                .andExpect(jsonPath("$.facilities[0].indicators[0].source.url").value("https://example.org/etb"))
                .andExpect(jsonPath("$.totals.byTheme[0].key").value("child_labour"));
    }

    @Test
    void jewellerReachesUgandanGoldAndSeesChildLabourFromIlab2022() throws Exception {
        mvc.perform(get("/api/companies/EXP-IT-J/exposure").param("theme", "child_labour"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.salientIssues[*].key", hasItem("UG:gold:child_labour")))
                .andExpect(jsonPath("$.salientIssues[?(@.key == 'UG:gold:child_labour')].tier", hasItem(2)))
                .andExpect(jsonPath("$.salientIssues[?(@.key == 'UG:gold:child_labour')].sources[*].id",
                        hasItem("ilab2022")))
                .andExpect(jsonPath("$.facilities[?(@.facilityId == 'EXP-IT-M')].indicators[*].source.year",
                        hasItem(2022)))
                .andExpect(jsonPath("$.blindSpots[?(@.facilityId == 'EXP-IT-G')].reasons[0]", hasItem("no_supplier")));
    }

    @Test
    void engagingTheCooperativeMitigatesChildLabour() throws Exception {
        mvc.perform(get("/api/companies/EXP-IT-C/exposure").param("engaged", "EXP-IT-F"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.whatIf.engagedFacilityIds[0]").value("EXP-IT-F"))
                .andExpect(jsonPath("$.whatIf.themes[0].theme").value("child_labour"))
                .andExpect(jsonPath("$.whatIf.themes[0].before", closeTo(0.64, 1e-9)))
                .andExpect(jsonPath("$.whatIf.themes[0].after").value(0.0))
                .andExpect(jsonPath("$.salientIssues").isEmpty());
        mvc.perform(get("/api/companies/EXP-IT-C/exposure").param("replaced", "EXP-IT-C>EXP-IT-A"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facilities[0].pathCount").value(1))
                .andExpect(jsonPath("$.whatIf.replacedLinks[0]").value("EXP-IT-C>EXP-IT-A"));
    }

    @Test
    void pathsListsBothPathsStrongestFirst() throws Exception {
        mvc.perform(get("/api/companies/EXP-IT-C/exposure/paths").param("facility", "EXP-IT-F"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pathCount").value(2))
                .andExpect(jsonPath("$.tier").value(2))
                .andExpect(jsonPath("$.paths[0].hops[0].facilityId").value("EXP-IT-A"))
                .andExpect(jsonPath("$.paths[1].hops[0].facilityId").value("EXP-IT-B"))
                .andExpect(jsonPath("$.paths[1].share", closeTo(0.2, 1e-9)));
    }

    @Test
    void financierReachesThroughTheCompanyItFinances() throws Exception {
        mvc.perform(get("/api/companies/EXP-IT-K/exposure"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.financialInstitution").value(true))
                .andExpect(jsonPath("$.financedCompanyIds[0]").value("EXP-IT-C"))
                .andExpect(jsonPath("$.financedCompanyCount").value(1))
                .andExpect(jsonPath("$.facilities[0].bestPath.financierId").value("EXP-IT-K"))
                .andExpect(jsonPath("$.facilities[0].bestPath.companyId").value("EXP-IT-C"));
    }

    @Test
    void unknownCompanyIs404AndBadParametersAre400NamingThem() throws Exception {
        mvc.perform(get("/api/companies/EXP-IT-NOPE/exposure"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.kind").value("company"));
        mvc.perform(get("/api/companies/EXP-IT-F/exposure")).andExpect(status().isNotFound());
        badParameter("/api/companies/EXP-IT-C/exposure?depth=0", "depth");
        badParameter("/api/companies/EXP-IT-C/exposure?depth=13", "depth");
        badParameter("/api/companies/EXP-IT-C/exposure?depth=deep", "depth");
        badParameter("/api/companies/EXP-IT-C/exposure?theme=no_such_theme", "theme");
        mvc.perform(get("/api/companies/EXP-IT-C/exposure?theme=no_such_theme"))
                .andExpect(jsonPath("$.detail", containsString("known theme codes: ")));
        badParameter("/api/companies/EXP-IT-C/exposure?engaged=EXP-IT-NOPE", "engaged");
        badParameter("/api/companies/EXP-IT-C/exposure?replaced=EXP-IT-C-EXP-IT-A", "replaced");
        badParameter("/api/companies/EXP-IT-C/exposure?replaced=EXP-IT-C>EXP-IT-F", "replaced");
        badParameter("/api/companies/EXP-IT-C/exposure/paths", "facility");
        badParameter("/api/companies/EXP-IT-C/exposure/paths?facility=EXP-IT-NOPE", "facility");
        badParameter("/api/companies/EXP-IT-C/exposure/paths?facility=EXP-IT-F&limit=0", "limit");
    }

    private void badParameter(String url, String parameter) throws Exception {
        mvc.perform(get(url)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value(parameter));
    }

    @Test
    void commandPrintsAReadableTableJsonAndCsv() throws Exception {
        assertThat(runCommand("--company", "EXP-IT-C")).contains("WHAT TO ADDRESS FIRST")
                .contains("Child labour in exp it cocoa from XX").contains("reached at tier 2 via 2 paths")
                .contains("BLIND SPOTS");
        assertThat(runCommand("--company", "EXP-IT-C", "--format", "json"))
                .contains("\"facilityId\" : \"EXP-IT-F\"").contains("\"theme\" : \"child_labour\"");
        assertThat(runCommand("--company", "EXP-IT-C", "--engaged", "EXP-IT-F", "--format", "csv").lines())
                .hasSize(1).first().asString().startsWith("rank,key,theme");
        assertThat(runCommand("--company", "EXP-IT-C", "--format", "csv").lines()).hasSize(2)
                .last().asString().startsWith("1,XX:exp_it_cocoa:child_labour,child_labour,XX,exp_it_cocoa,0.8000");
    }

    @Test
    void commandOnUnknownCompanyExitsWithTwoAndAMessage() throws Exception {
        CommandLine cli = KetenlensCli.commandLine(KetenlensApplication.class);
        CommandLine sub = cli.getSubcommands().get("exposure");
        StringWriter err = new StringWriter();
        sub.setErr(new PrintWriter(err));
        cli.parseArgs("exposure", "--company", "EXP-IT-NOPE");
        ExposureCommand command = sub.getCommand();

        Exception e = org.junit.jupiter.api.Assertions.assertThrows(NotFoundException.class, () -> command.run(context));
        int code = cli.getExecutionExceptionHandler().handleExecutionException(e, sub, null);

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("unknown company 'EXP-IT-NOPE'");
        assertThatThrownBy(() -> KetenlensCli.commandLine(KetenlensApplication.class).parseArgs("exposure", "--depth", "3"))
                .isInstanceOf(CommandLine.MissingParameterException.class);
    }

    private String runCommand(String... args) throws Exception {
        CommandLine cli = KetenlensCli.commandLine(KetenlensApplication.class);
        CommandLine sub = cli.getSubcommands().get("exposure");
        StringWriter out = new StringWriter();
        sub.setOut(new PrintWriter(out));
        String[] all = new String[args.length + 1];
        all[0] = "exposure";
        System.arraycopy(args, 0, all, 1, args.length);
        cli.parseArgs(all);
        ExposureCommand command = sub.getCommand();
        assertThat(command.run(context)).isEqualTo(ExitCodes.OK);
        return out.toString();
    }
}
