package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Hand-worked example (also in docs/leverage.md):
 * <pre>
 *   A* --0.5--> T1 --0.6--> S --0.3--> M1 (r 0.5)      hotspot H1 = {M1, M2}
 *   B* --1.0--> T1          S --0.7--> M2 (r 1.0)      hotspot H2 = {M3}
 *   C* --?----> T2 --1.0--> S                          hotspot HS = {S} (S weighs 0.1 in the "smelter" variant)
 *   D  --0.4--> T2
 *   E  --0.2--> S
 *   A  --0.5--> X  --1.0--> M3 (r 0.4)                 * = covenant member, ? = unknown share
 * </pre>
 * Reach(S) = 5 (3 members); share flow S = A 0.5·0.6 + B 1.0·0.6 + C 0 + D 0.4·1.0 + E 0.2 = 1.5.
 * Betweenness: each company's only shortest paths to M1, M2 pass S, so δ_s(S) = 0.5 + 1.0 = 1.5 for all five:
 * B(S) = 7.5; T1 carries A's and B's (3.0), T2 C's and D's (3.0), X A's path to M3 (0.4).
 * W = Σ_t r(t)·reach(t) = 0.5·5 + 1.0·5 + 0.4·1 = 7.9, so normalized(S) = 7.5 / 7.9.
 */
class SharedSmelterTests {
    static final double W = 7.9;
    final SupplyGraph g = graph();
    final LeverageInput in = LeverageInput.of(g, Selection.all(g), risk(g));

    static SupplyGraph graph() {
        SupplyGraph.Builder b = SupplyGraph.builder(12, 12);
        b.commodity("tin");
        for (String c : List.of("A", "B", "C")) {
            b.addCompany(c, true);
        }
        b.addCompany("D", false);
        b.addCompany("E", false);
        for (String f : List.of("T1", "T2", "S", "X", "M1", "M2", "M3")) {
            b.addFacility(f);
        }
        b.addEdge("A", "T1", "tin", 0.5, false).addEdge("B", "T1", "tin", 1.0, false)
                .addEdge("C", "T2", "tin", null, false).addEdge("D", "T2", "tin", 0.4, false)
                .addEdge("E", "S", "tin", 0.2, false).addEdge("T1", "S", "tin", 0.6, false)
                .addEdge("T2", "S", "tin", 1.0, false).addEdge("S", "M1", "tin", 0.3, false)
                .addEdge("S", "M2", "tin", 0.7, false).addEdge("A", "X", "tin", 0.5, false)
                .addEdge("X", "M3", "tin", 1.0, false);
        return b.build();
    }

    static RiskProfile risk(SupplyGraph g) {
        double[] w = new double[g.vertexCount()];
        w[g.vertex("M1")] = 0.5;
        w[g.vertex("M2")] = 1.0;
        w[g.vertex("M3")] = 0.4;
        return new RiskProfile(g, w, List.of(new Hotspot("H1", new int[] {g.vertex("M1"), g.vertex("M2")}),
                new Hotspot("H2", new int[] {g.vertex("M3")}), new Hotspot("HS", new int[] {g.vertex("S")})));
    }

    @Test
    void sharedSmelterRanksFirstInReach() {
        ReachResult reach = new CollectiveReach(in).result();
        FacilityReach top = reach.ranking(1).get(0);
        assertThat(top.facilityId()).isEqualTo("S");
        assertThat(top.companies()).isEqualTo(5);
        assertThat(top.members()).isEqualTo(3);
        assertThat(top.shareFlow()).isCloseTo(1.5, within(1e-12));
        assertThat(reach.shareFlow(g.vertex("M2"))).isCloseTo(1.05, within(1e-12));
        assertThat(reach.companies(g.vertex("T1"))).isEqualTo(2);
        assertThat(reach.companies(g.vertex("A"))).isZero();
        ReachExplanation why = reach.explain(g.vertex("T2"));
        assertThat(why.companyIds()).containsExactly("C", "D");
        assertThat(why.memberIds()).containsExactly("C");
        assertThat(why.memberCount()).isEqualTo(1);
    }

    @Test
    void sharedSmelterRanksFirstInBetweenness() {
        BetweennessResult bc = new RiskFlowBetweenness(in).result();
        assertThat(bc.ranking(1).get(0).facilityId()).isEqualTo("S");
        assertThat(bc.score(g.vertex("S"))).isCloseTo(7.5, within(1e-12));
        assertThat(bc.score(g.vertex("T1"))).isCloseTo(3.0, within(1e-12));
        assertThat(bc.score(g.vertex("X"))).isCloseTo(0.4, within(1e-12));
        assertThat(bc.score(g.vertex("M2"))).isZero();
        assertThat(bc.totalExposure()).isCloseTo(W, within(1e-12));
        assertThat(bc.normalized(g.vertex("S"))).isCloseTo(7.5 / W, within(1e-12));
        assertThat(bc.sampled()).isFalse();
        BetweennessExplanation why = bc.explain(g.vertex("S"));
        assertThat(why.companyCount()).isEqualTo(5);
        // A's exposure is 1.9, of which 1.5 flows through S; E's is all through S
        assertThat(why.companies()).filteredOn(c -> c.companyId().equals("A")).singleElement()
                .satisfies(c -> assertThat(c.exposureShare()).isCloseTo(1.5 / 1.9, within(1e-12)));
    }

    @Test
    void smelterIsTheChokepointOfItsMines() {
        ChokepointResult cp = new Chokepoints(in).result();
        HotspotChokepoints h1 = cp.hotspot("H1");
        assertThat(h1.chokepoints()).extracting(Chokepoint::facilityId).containsExactly("S");
        assertThat(h1.exposedCompanies()).isEqualTo(5);
        assertThat(h1.exposure()).isCloseTo(7.5, within(1e-12));
        assertThat(h1.chokepoints().get(0).exposureShare()).isCloseTo(7.5 / W, within(1e-12));
        // M3 is only reached through X; M3 dominates itself (inside the hotspot), company A is not a facility
        HotspotChokepoints h2 = cp.hotspot("H2");
        assertThat(h2.chokepoints()).extracting(Chokepoint::facilityId).containsExactly("M3", "X");
        assertThat(h2.chokepoints().get(0).insideHotspot()).isTrue();
        assertThat(cp.hotspotsDominatedBy(g.vertex("S"))).containsExactly("H1");
        assertThat(cp.isChokepoint(g.vertex("T1"))).isFalse();
    }

    @Test
    void planWithBudgetOnePicksTheDominator() {
        PlanResult plan = new EngagementPlan(in, 1).result();
        assertThat(plan.steps()).extracting(PlanStep::facilityId).containsExactly("S");
        assertThat(plan.steps().get(0).gain()).isCloseTo(7.5, within(1e-12));
        assertThat(plan.steps().get(0).companyIds()).containsExactly("A", "B", "C", "D", "E");
        assertThat(plan.totalExposure()).isCloseTo(W, within(1e-12));
    }

    @Test
    void planStopsWhenEverythingIsCovered() {
        // after S only (A, M3) = 0.4 is left: X and M3 tie, the lower vertex (X) wins; then nothing is left
        PlanResult plan = new EngagementPlan(in, 3).result();
        assertThat(plan.steps()).extracting(PlanStep::facilityId).containsExactly("S", "X");
        assertThat(plan.curve()).containsExactly(7.5 / W, 1.0);
    }

    @Test
    void minCutOfTheMinesIsTheSmelter() {
        VertexCutResult cut = new MinVertexCut(in, "H1").result();
        assertThat(cut.separable()).isTrue();
        assertThat(cut.cutFacilityIds()).containsExactly("S");
        assertThat(cut.exposedCompanies()).isEqualTo(5);
    }

    @Test
    void directBuyerOfAHotspotCannotBeSeparated() {
        double[] w = risk(g).weights();
        w[g.vertex("S")] = 0.1;
        LeverageInput smelterRisk = in.withRisk(new RiskProfile(g, w, risk(g).hotspots()));
        VertexCutResult cut = new MinVertexCut(smelterRisk, "HS").result();
        assertThat(cut.separable()).isFalse();
        assertThat(cut.cutSize()).isEqualTo(-1);
        assertThat(cut.blockingCompanyIds()).containsExactly("E");
    }

    @Test
    void allCompaniesFormOneWorkingGroupAroundTheMines() {
        GroupsResult groups = new WorkingGroups(in).result();
        assertThat(groups.groups()).hasSize(1);
        WorkingGroup wg = groups.groups().get(0);
        assertThat(wg.companyIds()).containsExactly("A", "B", "C", "D", "E");
        // A–others 2/3 (4 pairs), others among themselves 1 (6 pairs): mean (4·2/3 + 6) / 10
        assertThat(wg.meanSimilarity()).isCloseTo((4 * 2.0 / 3 + 6) / 10, within(1e-12));
        assertThat(wg.sharedFacilities()).extracting(WorkingGroup.SharedFacility::facilityId)
                .containsExactly("M2", "M1");
        assertThat(wg.sharedHotspots()).containsExactly(new WorkingGroup.SharedHotspot("H1", 5));
        assertThat(groups.ungrouped()).isZero();
    }

    @Test
    void engagingTheSmelterRemovesItsRiskPaths() {
        LeverageInput whatIf = in.withEngaged(Engagement.of(g, List.of("S")));
        assertThat(new CollectiveReach(whatIf).result().companies(g.vertex("M1"))).isZero();
        assertThat(new RiskFlowBetweenness(whatIf).result().totalExposure()).isCloseTo(0.4, within(1e-12));
        assertThat(new Chokepoints(whatIf).result().hotspot("H1").targets()).isZero();
        assertThat(new MinVertexCut(whatIf, "H1").result().cutSize()).isZero();
        PlanResult plan = new EngagementPlan(whatIf, 2).result();
        assertThat(plan.steps()).extracting(PlanStep::facilityId).containsExactly("X");
        assertThat(new EngagementPlan(in, 1).result().steps().get(0).facilityId()).isEqualTo("S");
    }

    @Test
    void addedIndicatorChangesThePlan() {
        // a heavy indicator on X's mine: (A, M3) now weighs 10, more than S's 7.5
        RiskProfile heavier = risk(g).withWeight(g, g.vertex("M3"), 10.0);
        PlanResult plan = new EngagementPlan(in.withRisk(heavier), 1).result();
        assertThat(plan.steps()).extracting(PlanStep::facilityId).containsExactly("X");
    }
}
