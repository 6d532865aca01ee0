package nl.ketenlens.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.support.EmbeddedStoreTest;
import nl.ketenlens.support.TestViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The chain endpoint and its export follow the chain's rule: the company itself or the admin; 404 for anyone else.
 * Requests pass the route rules as a user of the viewer's role; the services see the {@link TestViewer}.
 */
@EmbeddedStoreTest
class ChainIT {

    static final String OWN = "SYN-C-00014";
    static final String OTHER = "SYN-C-00001";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestViewer viewer;
    @Autowired
    ChainService chains;

    @AfterEach
    void reset() {
        viewer.reset();
    }

    /** Past the route rules as a user with the test viewer's role. */
    private RequestPostProcessor signedIn() {
        return user(viewer.get().name()).roles(viewer.get().role().name());
    }

    @Test
    void aCompanySeesItsOwnChainByTierWithEdgesBetweenItsNodesOnly() throws Exception {
        viewer.set(new Viewer("demo", Role.COMPANY, OWN));
        mvc.perform(get("/api/companies/" + OWN + "/chain").with(signedIn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[0].id").value(OWN))
                .andExpect(jsonPath("$.nodes[0].tier").value(0));
        ChainView chain = chains.chain(new Viewer("demo", Role.COMPANY, OWN), OWN, null);
        Set<String> ids = chain.nodes().stream().map(ChainView.Node::id).collect(Collectors.toSet());
        assertThat(chain.nodes()).hasSizeGreaterThan(10);
        assertThat(chain.edges()).allSatisfy(e -> assertThat(ids).contains(e.source(), e.target()));
        assertThat(chain.nodes()).filteredOn(n -> !n.id().equals(OWN)).allSatisfy(n -> assertThat(n.tier()).isBetween(1, 6));
        assertThat(chain.nodes()).as("no other company in its chain").filteredOn(n -> n.kind().equals("company")).hasSize(1);
        assertThat(chain.edges()).anyMatch(ChainView.Edge::riskPath);
    }

    @Test
    void anotherCompanysChainOrExportIsTheSame404AsAnUnknownIdAndAnAdvisorIsRefused() throws Exception {
        viewer.set(new Viewer("demo", Role.COMPANY, OWN));
        String other = mvc.perform(get("/api/companies/" + OTHER + "/chain").with(signedIn())).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/companies/NO-SUCH-CO/chain").with(signedIn())).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(other.replace(OTHER, "X")).isEqualTo(unknown.replace("NO-SUCH-CO", "X"));
        mvc.perform(get("/api/export").param("company", OTHER).with(signedIn())).andExpect(status().isNotFound());
        viewer.set(new Viewer("adv", Role.ADVISOR, null));
        mvc.perform(get("/api/companies/" + OWN + "/chain").with(signedIn())).andExpect(status().isForbidden());
        // the export route is open to advisors for the sector graph; a company's chain is the chain's 404
        mvc.perform(get("/api/export").param("company", OWN).with(signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void theExportIsAFileOfTheOwnChainAndABadFormatIsA400NamingIt() throws Exception {
        viewer.set(new Viewer("demo", Role.COMPANY, OWN));
        mvc.perform(get("/api/export").param("company", OWN).param("format", "gexf").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"ketenlens-" + OWN + ".gexf\""));
        mvc.perform(get("/api/export").param("company", OWN).param("format", "xlsx").with(signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("format"));
    }

    @Test
    void theOverviewCountsWhatIsInTheGraphAndNamesNoCompany() throws Exception {
        viewer.set(Viewer.anonymous());
        String body = mvc.perform(get("/api/overview")).andExpect(status().isOk())
                .andExpect(jsonPath("$.companies").isNumber())
                .andExpect(jsonPath("$.themes[0].facilityCoverage").isNumber())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("SYN-C-");
    }

    @Test
    void aFinancialInstitutionsChainStartsWithTheCompaniesItFinancesAtTierZero() {
        ChainView chain = chains.chain(Viewer.admin(), "SYN-FI-001", null);
        var financed = chain.nodes().stream().filter(n -> n.kind().equals("company") && !n.id().equals("SYN-FI-001")).toList();
        assertThat(financed).isNotEmpty().allSatisfy(n -> assertThat(n.tier()).isZero());
        assertThat(chain.edges()).anyMatch(e -> e.source().equals("SYN-FI-001") && e.target().equals(financed.get(0).id()));
        assertThat(chain.edges()).filteredOn(e -> e.source().equals(financed.get(0).id())).isNotEmpty();
    }
}
