package nl.ketenlens.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommodityTaxonomyTests {

    /** jewellery ← gold ← gold_dore ← gold_ore; ore and doré are forms of gold; granite a kind of stones. */
    private static final CommodityTaxonomy T = new CommodityTaxonomy(
            Map.of("gold_ore", "gold", "gold_dore", "gold", "granite", "stones", "black_granite", "granite"),
            Map.of("jewellery", List.of("gold", "silver"), "gold", List.of("gold_dore"),
                    "gold_dore", List.of("gold_ore")));

    @Test
    void ancestorsAreNearestFirst() {
        assertThat(T.ancestors("black_granite")).containsExactly("granite", "stones");
        assertThat(T.ancestors("stones")).isEmpty();
        assertThat(T.ancestors("unknown")).isEmpty();
    }

    @Test
    void aParentCoversItsKindsAndItselfOnly() {
        assertThat(T.covers("stones", "black_granite")).isTrue();
        assertThat(T.covers("stones", "stones")).isTrue();
        assertThat(T.covers("granite", "stones")).isFalse();
        assertThat(T.covers("gold", "gold_ore")).isTrue();
        assertThat(T.coversAny("stones", List.of("cotton", "granite"))).isTrue();
        assertThat(T.coversAny("stones", List.of("cotton"))).isFalse();
    }

    @Test
    void upstreamClosureFollowsTheChainNearestFirst() {
        assertThat(T.upstreamClosure(List.of("jewellery"))).containsExactly("gold", "silver", "gold_dore", "gold_ore");
        assertThat(T.upstreamClosure(List.of("gold_ore"))).isEmpty();
    }

    @Test
    void cyclesInParentsOrInputsEndTheWalk() {
        CommodityTaxonomy cyclic = new CommodityTaxonomy(Map.of("a", "b", "b", "a"),
                Map.of("x", List.of("y"), "y", List.of("x")));
        assertThat(cyclic.ancestors("a")).containsExactly("b");
        assertThat(cyclic.upstreamClosure(List.of("x"))).containsExactly("y");
    }
}
