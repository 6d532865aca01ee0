package nl.ketenlens.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.ketenlens.access.AggregatePolicy;
import nl.ketenlens.access.Disclosure;
import nl.ketenlens.access.DisclosureRefused;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.analysis.Engagement;
import nl.ketenlens.analysis.LeverageInput;
import nl.ketenlens.analysis.RiskProfile;
import nl.ketenlens.analysis.Selection;
import nl.ketenlens.analysis.SupplyGraph;
import org.junit.jupiter.api.Test;

/**
 * Companies A..E; A and B buy through T1, C and D through T2, E directly from smelter S, which buys from mine M;
 * A alone also buys from X → M3. Reach: S and M 5, T1 and T2 2, X and M3 1.
 */
class SelectionGateTests {

    static final AggregatePolicy POLICY = new AggregatePolicy(3);
    static final Viewer ADVISOR = new Viewer("adv", Role.ADVISOR, null);
    static final Viewer A = new Viewer("a", Role.COMPANY, "A");

    final SupplyGraph g = graph();
    final LeverageInput all = new LeverageInput(g, Selection.all(g), risk(g), Engagement.none());

    static SupplyGraph graph() {
        SupplyGraph.Builder b = SupplyGraph.builder(12, 12);
        b.commodity("tin");
        for (String c : List.of("A", "B", "C", "D", "E")) {
            b.addCompany(c, false);
        }
        for (String f : List.of("T1", "T2", "S", "X", "M", "M3")) {
            b.addFacility(f);
        }
        b.addEdge("A", "T1", "tin", null, false).addEdge("B", "T1", "tin", null, false)
                .addEdge("C", "T2", "tin", null, false).addEdge("D", "T2", "tin", null, false)
                .addEdge("E", "S", "tin", null, false).addEdge("T1", "S", "tin", null, false)
                .addEdge("T2", "S", "tin", null, false).addEdge("S", "M", "tin", null, false)
                .addEdge("A", "X", "tin", null, false).addEdge("X", "M3", "tin", null, false);
        return b.build();
    }

    static RiskProfile risk(SupplyGraph g) {
        double[] w = new double[g.vertexCount()];
        w[g.vertex("M")] = 1.0;
        w[g.vertex("M3")] = 0.5;
        return new RiskProfile(g, w, List.of());
    }

    static LeverageRequest covenant() {
        return new LeverageRequest(null, "gold", null, null, null, null, null, 20);
    }

    static LeverageRequest companies(String... ids) {
        return new LeverageRequest(null, null, List.of(ids), null, null, null, null, 20);
    }

    @Test
    void freeCompanyListsAreRefusedToEveryoneButTheAdmin() {
        for (Viewer v : List.of(ADVISOR, A)) {
            SelectionGate gate = new SelectionGate(POLICY, v);
            for (LeverageRequest r : List.of(companies("B"), companies("A", "B"), companies("B", "C", "D", "E"))) {
                assertThatThrownBy(() -> gate.checkQuestion(r)).isInstanceOf(DisclosureRefused.class)
                        .hasMessageStartingWith("companies:");
            }
        }
        assertThatThrownBy(() -> new SelectionGate(POLICY, ADVISOR).checkQuestion(companies("A")))
                .isInstanceOf(DisclosureRefused.class);
        assertThatCode(() -> new SelectionGate(POLICY, Viewer.admin()).checkQuestion(companies("A", "B")))
                .doesNotThrowAnyException();
    }

    @Test
    void aCompanyAloneIsItsOwnChainAndShownExactly() {
        SelectionGate gate = new SelectionGate(POLICY, A);
        assertThatCode(() -> gate.checkQuestion(companies("A"))).doesNotThrowAnyException();
        assertThat(gate.disclosure(companies("A")).exact()).isTrue();
        assertThat(gate.disclosure(covenant()).exact()).isFalse();
        assertThat(new SelectionGate(POLICY, new Viewer("b", Role.COMPANY, "B")).disclosure(companies("A")).exact())
                .isFalse();
    }

    @Test
    void addedIndicatorsAreRefusedOnSectorViews() {
        LeverageRequest added = new LeverageRequest(null, "gold", null, null, null, null,
                List.of("CH:gold:living_wage:3:3:2:0.5"), 20);
        assertThatThrownBy(() -> new SelectionGate(POLICY, ADVISOR).checkQuestion(added))
                .hasMessageStartingWith("addIndicator:");
        LeverageRequest own = new LeverageRequest(null, null, List.of("A"), null, null, null,
                List.of("CH:gold:living_wage:3:3:2:0.5"), 20);
        assertThatCode(() -> new SelectionGate(POLICY, A).checkQuestion(own)).doesNotThrowAnyException();
    }

    @Test
    void selectionsOfFewerThanKAreRefused() {
        SelectionGate gate = new SelectionGate(POLICY, ADVISOR);
        Disclosure aggregates = POLICY.disclosureFor(ADVISOR);
        assertThatThrownBy(() -> gate.checkSelection(Selection.of(g, "A", "B"), aggregates))
                .hasMessageContaining("fewer than 3 companies");
        assertThatCode(() -> gate.checkSelection(Selection.of(g, "A", "B", "C"), aggregates))
                .doesNotThrowAnyException();
        assertThatCode(() -> gate.checkSelection(Selection.of(g, "A"), POLICY.ownChain())).doesNotThrowAnyException();
    }

    @Test
    void onlyFacilitiesAtLeastKCompaniesReachMayBeEngaged() {
        SelectionGate gate = new SelectionGate(POLICY, ADVISOR);
        Disclosure aggregates = POLICY.disclosureFor(ADVISOR);
        for (String ok : List.of("S", "M")) {
            assertThatCode(() -> gate.checkEngaged(all, Engagement.of(g, List.of(ok)), List.of(ok), aggregates))
                    .doesNotThrowAnyException();
        }
        for (String thin : List.of("T1", "X", "M3")) {
            assertThatThrownBy(() -> gate.checkEngaged(all, Engagement.of(g, List.of("S", thin)), List.of("S", thin),
                    aggregates)).isInstanceOf(DisclosureRefused.class).hasMessageContaining(thin);
        }
        assertThatCode(() -> gate.checkEngaged(all, Engagement.of(g, List.of("X")), List.of("X"),
                Disclosure.full())).doesNotThrowAnyException();
    }
}
