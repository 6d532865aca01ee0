package nl.ketenlens.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenlens.access.AggregatePolicy;
import nl.ketenlens.access.DisclosureRefused;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.risk.ThemeWeights;
import org.junit.jupiter.api.Test;

/** The sector graph on {@link GoldNet}: known counts, tiers, edges and flows, and what a non-admin never sees. */
class SectorGraphTests {

    static final GraphProjection P = GoldNet.projection();
    static final SectorGraphService SERVICE = SectorGraphService.over(P, new LeverageProperties(5_000_000_000L, 42),
            AggregatePolicy.standard());
    static final Viewer ADVISOR = new Viewer("adv", Role.ADVISOR, null);
    static final Viewer COMPANY = new Viewer("c1", Role.COMPANY, "C1");

    static SectorGraph gold(Viewer viewer) {
        return SERVICE.graph("gold", null, null, null, 150, 5, viewer);
    }

    static Map<String, SectorGraph.Node> byId(SectorGraph g) {
        return g.nodes().stream().collect(Collectors.toMap(SectorGraph.Node::id, Function.identity()));
    }

    static double weight(String id) {
        return ThemeWeights.of(P.indicatorsOf(P.graph().find(id))).total();
    }

    @Test
    void anAdvisorSeesTheFacilitiesAtLeastThreeMembersReachWithTheirTiersAndLinks() {
        SectorGraph g = gold(ADVISOR);
        assertThat(g.counts()).isEqualTo(new SectorGraph.Counts(6, 3, 3, 3, 150));
        Map<String, SectorGraph.Node> nodes = byId(g);
        assertThat(nodes.keySet()).containsExactlyInAnyOrder("members", "R1", "M1", "M2");
        assertThat(g.nodes().get(0).id()).isEqualTo("members");
        assertThat(g.nodes().get(0).companies().value()).isEqualTo(5);
        assertThat(nodes.get("R1").tier()).isEqualTo(1);
        assertThat(nodes.get("M1").tier()).isEqualTo(2);
        assertThat(nodes.get("M2").tier()).isEqualTo(2);
        assertThat(nodes.get("R1").companies().value()).as("4 of 5 is within k of the whole").isNull();
        assertThat(nodes.get("R1").companies().text()).isEqualTo("all but fewer than 3");
        assertThat(g.edges()).extracting(e -> e.source() + ">" + e.target())
                .containsExactlyInAnyOrder("members>R1", "R1>M1", "R1>M2");
        assertThat(g.edges().get(0).companies().suppressed()).isTrue();
        assertThat(nodes.get("R1").chokepoint()).as("R1 dominates both hotspots").isTrue();
        assertThat(nodes.get("R1").planRank()).isEqualTo(1);
        assertThat(nodes.get("M1").hotspot()).startsWith("CD");
    }

    @Test
    void theAdminSeesEveryReachedFacilityAndExactDirectCounts() {
        SectorGraph g = gold(Viewer.admin());
        assertThat(g.counts()).isEqualTo(new SectorGraph.Counts(6, 6, 6, 0, 150));
        assertThat(g.edges()).extracting(e -> e.source() + ">" + e.target() + (e.companies() == null ? "" : ":" + e.companies().text()))
                .containsExactlyInAnyOrder("members>R1:4", "members>R2:1", "members>F1:2", "R1>M1", "R1>M2", "R2>M3");
        assertThat(byId(g).get("M3").tier()).isEqualTo(2);
        assertThat(SERVICE.graph("gold", null, null, null, 2, 5, Viewer.admin()).counts())
                .as("top 2 of 6 by risk-weighted reach").isEqualTo(new SectorGraph.Counts(6, 6, 2, 0, 2));
    }

    @Test
    void riskWeightedReachOfAMineIsItsWeightTimesTheCompaniesReachingIt() {
        Map<String, SectorGraph.Node> nodes = byId(gold(ADVISOR));
        assertThat(nodes.get("M1").riskReach()).isCloseTo(4 * weight("M1"), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(nodes.get("R1").riskReach()).as("all exposure beyond R1 passes it")
                .isCloseTo(4 * weight("M1") + 4 * weight("M2"), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theFlowRunsFromTheMembersThroughTheTiersToTheCountriesAndKeepsItsTotal() {
        SectorGraph.Flow f = gold(ADVISOR).flow();
        double cd = 4 * weight("M1"), ug = 4 * weight("M2");
        assertThat(f.total()).isCloseTo(cd + ug, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f.links()).extracting(l -> l.source() + ">" + l.target())
                .containsExactly("members>tier:1", "tier:1>tier:2", "tier:2>country:CD", "tier:2>country:UG");
        assertThat(f.links().get(1).value()).isCloseTo(cd + ug, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f.links().get(2).value()).isCloseTo(cd, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f.nodes()).extracting(SectorGraph.FlowNode::id)
                .containsExactly("members", "tier:1", "tier:2", "country:CD", "country:UG");
        SectorGraph.Flow admin = gold(Viewer.admin()).flow();
        assertThat(admin.links()).extracting(l -> l.target()).contains("country:PE");
    }

    @Test
    void aCahraRegionIsMarkedWithItsThemes() {
        assertThat(gold(ADVISOR).regions()).singleElement().satisfies(r -> {
            assertThat(r.country()).isEqualTo("CD");
            assertThat(r.region()).isEqualTo("CD-NK");
            assertThat(r.facilities()).isEqualTo(1);
            assertThat(r.themes()).containsExactly("conflict");
            assertThat(r.cahra()).isTrue();
        });
    }

    @Test
    void neitherAnAdvisorNorAMemberCompanySeesACompanyIdOrNameOrAWithheldFacility() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Viewer v : List.of(ADVISOR, COMPANY)) {
            String body = json.writeValueAsString(gold(v));
            for (String id : List.of("\"C1\"", "\"C2\"", "\"C5\"", "\"X1\"", "R2", "M3", "F1", "PE")) {
                assertThat(body).as(v.role() + " sees " + id).doesNotContain(id);
            }
            GoldNet.NAMES.forEach(name -> assertThat(body).doesNotContain(name));
            assertThat(body).doesNotContain("companyIds");
        }
    }

    @Test
    void aSelectionOfFewerThanKCompaniesIsRefusedToNonAdminsAndABadQuestionIsA400() {
        assertThatThrownBy(() -> SERVICE.graph(null, "food", null, null, 150, 5, ADVISOR))
                .isInstanceOf(DisclosureRefused.class);
        assertThat(SERVICE.graph(null, "food", null, null, 150, 5, Viewer.admin()).counts().reachedFacilities())
                .isEqualTo(3);
        assertThatThrownBy(() -> SERVICE.graph("gold", "retail", null, null, 150, 5, ADVISOR))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> SERVICE.graph("gold", null, null, null, 0, 5, ADVISOR))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void tiersCountFacilityHopsFromTheNearestSelectedCompany() {
        int[] tier = SectorGraphBuilder.tiers(P.graph(), new int[] {P.graph().find("C5")});
        assertThat(tier[P.graph().find("R2")]).isEqualTo(1);
        assertThat(tier[P.graph().find("M3")]).isEqualTo(2);
        assertThat(tier[P.graph().find("R1")]).isEqualTo(-1);
    }
}
