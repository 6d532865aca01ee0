package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Empty, disconnected, cyclic and zero-risk graphs, cut of size 2, bad parameters. */
class EdgeCaseTests {

    @Test
    void emptyGraphGivesEmptyWellFormedResults() {
        SupplyGraph g = SupplyGraph.builder(0, 0).build();
        LeverageInput in = LeverageInput.of(g, Selection.all(g), RiskProfile.none(g));
        assertThat(new CollectiveReach(in).result().ranking(10)).isEmpty();
        BetweennessResult bc = new RiskFlowBetweenness(in).result();
        assertThat(bc.ranking(10)).isEmpty();
        assertThat(bc.totalExposure()).isZero();
        assertThat(new Chokepoints(in).result().hotspots()).isEmpty();
        PlanResult plan = new EngagementPlan(in, 3).result();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.curve()).isEmpty();
        assertThat(new WorkingGroups(in).result().groups()).isEmpty();
    }

    @Test
    void zeroRiskGraphScoresZeroEverywhere() {
        SupplyGraph g = SharedSmelterTests.graph();
        RiskProfile none = new RiskProfile(g, new double[g.vertexCount()],
                List.of(new Hotspot("H1", new int[] {g.vertex("M1")})));
        LeverageInput in = LeverageInput.of(g, Selection.all(g), none);
        assertThat(new CollectiveReach(in).result().companies(g.vertex("S"))).isEqualTo(5);
        BetweennessResult bc = new RiskFlowBetweenness(in).result();
        assertThat(bc.ranking(10)).isEmpty();
        assertThat(bc.normalized(g.vertex("S"))).isZero();
        HotspotChokepoints h = new Chokepoints(in).result().hotspot("H1");
        assertThat(h.targets()).isZero();
        assertThat(h.chokepoints()).isEmpty();
        VertexCutResult cut = new MinVertexCut(in, "H1").result();
        assertThat(cut.separable()).isTrue();
        assertThat(cut.cutSize()).isZero();
        assertThat(new EngagementPlan(in, 2).result().steps()).isEmpty();
        GroupsResult groups = new WorkingGroups(in).result();
        assertThat(groups.groups()).isEmpty();
        assertThat(groups.ungrouped()).isEqualTo(5);
    }

    /**
     * Two separate chains: P → F1 → M1 and Q → F2 → M2 (r 1 each). Nothing is shared: reach 1 everywhere, no group,
     * and each facility carries only its own company's risk.
     */
    @Test
    void disconnectedChainsStayApart() {
        SupplyGraph.Builder b = SupplyGraph.builder(6, 4);
        int p = b.addCompany("P", true);
        int q = b.addCompany("Q", false);
        int f1 = b.addFacility("F1");
        int f2 = b.addFacility("F2");
        int m1 = b.addFacility("M1");
        int m2 = b.addFacility("M2");
        b.addEdge(p, f1, 0, 1.0, false).addEdge(f1, m1, 0, 1.0, false);
        b.addEdge(q, f2, 0, 1.0, false).addEdge(f2, m2, 0, 1.0, false);
        SupplyGraph g = b.build();
        double[] w = new double[6];
        w[m1] = 1;
        w[m2] = 1;
        LeverageInput in = LeverageInput.of(g, Selection.all(g), new RiskProfile(g, w, List.of()));
        ReachResult reach = new CollectiveReach(in).result();
        assertThat(reach.companies(f1)).isEqualTo(1);
        assertThat(reach.members(f2)).isZero();
        BetweennessResult bc = new RiskFlowBetweenness(in).result();
        assertThat(bc.normalized(f1)).isCloseTo(0.5, within(1e-12));
        assertThat(new WorkingGroups(in).result().ungroupedIds()).containsExactly("P", "Q");
        assertThat(new EngagementPlan(in, 5).result().steps()).hasSize(2);
    }

    /**
     * A cycle F1 ⇄ F2: C --0.5--> F1 --1.0--> F2 --0.5--> F1, F2 --0.8--> M (r 1). Pooled share flow: the component
     * {F1, F2} receives 0.5, so both are credited 0.5 and M gets 0.5 · 0.8 = 0.4.
     */
    @Test
    void cyclesArePooledAndTerminate() {
        SupplyGraph.Builder b = SupplyGraph.builder(4, 4);
        int c = b.addCompany("C", false);
        int f1 = b.addFacility("F1");
        int f2 = b.addFacility("F2");
        int m = b.addFacility("M");
        b.addEdge(c, f1, 0, 0.5, false).addEdge(f1, f2, 0, 1.0, false).addEdge(f2, f1, 0, 0.5, false)
                .addEdge(f2, m, 0, 0.8, false);
        SupplyGraph g = b.build();
        double[] w = new double[4];
        w[m] = 1;
        LeverageInput in = LeverageInput.of(g, Selection.all(g),
                new RiskProfile(g, w, List.of(new Hotspot("HM", new int[] {m}))));
        ReachResult reach = new CollectiveReach(in).result();
        assertThat(reach.shareFlow(f1)).isCloseTo(0.5, within(1e-12));
        assertThat(reach.shareFlow(f2)).isCloseTo(0.5, within(1e-12));
        assertThat(reach.shareFlow(m)).isCloseTo(0.4, within(1e-12));
        assertThat(new Chokepoints(in).result().hotspot("HM").chokepoints()).extracting(Chokepoint::facilityId)
                .containsExactly("M", "F2", "F1");
        assertThat(new MinVertexCut(in, "HM").result().cutSize()).isEqualTo(1);
    }

    /**
     * P → F1, P → F2, Q → F2, F1 → F3, F2 → F3, F1 → M, F3 → M, F2 → N; hotspot {M, N}. Vertex-disjoint paths
     * P → F1 → M and Q → F2 → N need two facilities; {F1, F2} cuts every path (F3 only follows them).
     */
    @Test
    void cutOfSizeTwoIsFound() {
        SupplyGraph.Builder b = SupplyGraph.builder(7, 8);
        int p = b.addCompany("P", false);
        int q = b.addCompany("Q", false);
        int f1 = b.addFacility("F1");
        int f2 = b.addFacility("F2");
        int f3 = b.addFacility("F3");
        int m = b.addFacility("M");
        int nn = b.addFacility("N");
        int[][] edges = {{p, f1}, {p, f2}, {q, f2}, {f1, f3}, {f2, f3}, {f1, m}, {f3, m}, {f2, nn}};
        for (int[] e : edges) {
            b.addEdge(e[0], e[1], 0, Double.NaN, false);
        }
        SupplyGraph g = b.build();
        double[] w = new double[7];
        w[m] = 0.6;
        w[nn] = 0.6;
        LeverageInput in = LeverageInput.of(g, Selection.all(g),
                new RiskProfile(g, w, List.of(new Hotspot("H", new int[] {m, nn}))));
        VertexCutResult cut = new MinVertexCut(in, "H").result();
        assertThat(cut.cutSize()).isEqualTo(2);
        assertThat(cut.cutFacilityIds()).containsExactly("F1", "F2");
        assertThat(cut.targets()).isEqualTo(2);
        assertThat(new Chokepoints(in).result().hotspot("H").chokepoints()).isEmpty();
    }

    @Test
    void unknownIdsAndBadParametersAreNamed() {
        SupplyGraph g = SharedSmelterTests.graph();
        LeverageInput in = LeverageInput.of(g, Selection.all(g), SharedSmelterTests.risk(g));
        assertThatThrownBy(() -> Selection.of(g, "A", "NOPE", "ZILCH")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOPE").hasMessageContaining("ZILCH");
        assertThatThrownBy(() -> Selection.of(g, "S")).hasMessageContaining("not companies: [S]");
        assertThatThrownBy(() -> Engagement.of(g, List.of("A"))).hasMessageContaining("company A");
        assertThatThrownBy(() -> new MinVertexCut(in, "XX:gold:conflict"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XX:gold:conflict");
        assertThatThrownBy(() -> new EngagementPlan(in, 0)).hasMessageContaining("budget");
        assertThatThrownBy(() -> new WorkingGroups(in, 0)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new RiskFlowBetweenness(in, 0, 1)).hasMessageContaining("pivots");
        assertThatThrownBy(() -> new CollectiveReach(in).result().ranking(-1)).hasMessageContaining("limit");
        assertThatThrownBy(() -> SupplyGraph.builder(1, 1).addEdge("a", "b", "tin", 0.5, false))
                .hasMessageContaining("a");
        SupplyGraph.Builder b = SupplyGraph.builder(2, 1);
        int x = b.addFacility("x");
        int y = b.addFacility("y");
        assertThatThrownBy(() -> b.addEdge(x, y, 0, 1.5, false)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> b.addFacility("x")).hasMessageContaining("duplicate vertex id: x");
        double[] w = new double[g.vertexCount()];
        w[g.vertex("A")] = 1;
        assertThatThrownBy(() -> new RiskProfile(g, w, List.of())).hasMessageContaining("company A");
        assertThatThrownBy(() -> RiskWeight.weight(6, 1, 1, 0.5)).hasMessageContaining("1..5");
    }

    @Test
    void riskWeightFormula() {
        // severity (5 + 4 + 3) / 15 = 0.8, likelihood 0.5
        assertThat(RiskWeight.weight(5, 4, 3, 0.5)).isCloseTo(0.4, within(1e-12));
        assertThat(RiskWeight.severity(5, 4, 3)).isCloseTo(0.8, within(1e-12));
        assertThat(RiskWeight.severity(1, 1, 1)).isCloseTo(0.2, within(1e-12));
        assertThatThrownBy(() -> RiskWeight.severity(0, 1, 1)).hasMessageContaining("1..5");
        assertThatThrownBy(() -> RiskWeight.weight(1, 1, 1, 1.5)).hasMessageContaining("likelihood");
    }

    /** BANK finances C, C buys from F. */
    private static SupplyGraph bankFinancesBuyerOfOneFacility() {
        SupplyGraph.Builder b = SupplyGraph.builder(3, 2);
        int bank = b.addCompany("BANK", false);
        int c = b.addCompany("C", false);
        int f = b.addFacility("F");
        b.addEdge(bank, c, 0, 1, true);
        b.addEdge(c, f, 0, 1, false);
        return b.build();
    }

    @Test
    void whatIfMaskHoldsEngagedFacilitiesAndReplacedLinks() {
        SupplyGraph g = bankFinancesBuyerOfOneFacility();
        int supply = g.findSupplyLink("C", "F");

        Engagement mask = Engagement.of(g, List.of("F")).withReplacedLinks(g, supply);

        assertThat(mask.isEngaged(g.vertex("F"))).isTrue();
        assertThat(mask.isReplaced(supply)).isTrue();
        assertThat(mask.isReplaced(g.edge(g.vertex("BANK"), g.vertex("C")))).isFalse();
        assertThat(Engagement.none().withReplacedLinks(g)).isSameAs(Engagement.none());
        assertThatThrownBy(() -> Engagement.none().withReplacedLinks(g, g.edge(g.vertex("BANK"), g.vertex("C"))))
                .hasMessageContaining("financing");
        assertThatThrownBy(() -> Engagement.ofVertices(g, g.vertex("C"))).hasMessageContaining("company C");
        assertThatThrownBy(() -> new LeverageInput(g, Selection.all(g), RiskProfile.none(g), mask))
                .as("leverage kernels mask vertices only, so they refuse rather than ignore replaced links")
                .hasMessageContaining("replaced links");
    }

    @Test
    void idLookupsByKindAndSupplyLink() {
        SupplyGraph g = bankFinancesBuyerOfOneFacility();

        assertThat(g.findCompany("C")).isEqualTo(g.vertex("C"));
        assertThat(g.findCompany("F")).isEqualTo(-1);
        assertThat(g.findCompany(null)).isEqualTo(-1);
        assertThat(g.findFacility("F")).isEqualTo(g.vertex("F"));
        assertThat(g.findFacility("C")).isEqualTo(-1);
        assertThat(g.findFacility("NOPE")).isEqualTo(-1);
        assertThat(g.findSupplyLink("C", "F")).isEqualTo(g.edge(g.vertex("C"), g.vertex("F")));
        assertThat(g.findSupplyLink("BANK", "C")).as("financing is not a supply link").isEqualTo(-1);
        assertThat(g.findSupplyLink("F", "C")).isEqualTo(-1);
        assertThat(g.findSupplyLink("C", "NOPE")).isEqualTo(-1);
    }

    @Test
    void parallelEdgesAreMergedAndSelfLoopsDropped() {
        SupplyGraph.Builder b = SupplyGraph.builder(2, 3);
        int c = b.addCompany("C", false);
        int f = b.addFacility("F");
        b.addEdge("C", "F", "tin", 0.2, false).addEdge("C", "F", "gold", 0.7, false).addEdge("F", "F", "tin", null,
                false);
        SupplyGraph g = b.build();
        assertThat(g.edgeCount()).isEqualTo(1);
        int e = g.edge(c, f);
        assertThat(g.share(e)).isEqualTo(0.7);
        assertThat(g.commodities().get(g.commodity(e))).isEqualTo("tin");
        assertThat(g.source(e)).isEqualTo(c);
        assertThat(g.asJGraphT().edgeSet()).containsExactly(0);
    }
}
