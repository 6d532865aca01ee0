package nl.ketenlens.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SupplyCyclesTests {

    @Test
    void findsEachNontrivialComponentOnce() {
        SupplyCycles g = new SupplyCycles();
        // A → B → C → A is one cycle, D ⇄ E another; C → D joins them one way only; F → F is not passed in
        g.add("A", "B");
        g.add("B", "C");
        g.add("C", "A");
        g.add("C", "D");
        g.add("D", "E");
        g.add("E", "D");
        g.add("X", "A");
        assertThat(g.cycles()).extracting(c -> c.stream().sorted().toList())
                .containsExactlyInAnyOrder(List.of("A", "B", "C"), List.of("D", "E"));
    }

    @Test
    void treeHasNoCycles() {
        SupplyCycles g = new SupplyCycles();
        g.add("C1", "F1");
        g.add("C1", "F2");
        g.add("F1", "F3");
        g.add("F2", "F3");
        assertThat(g.cycles()).isEmpty();
    }

    @Test
    void longChainDoesNotOverflowTheStack() {
        SupplyCycles g = new SupplyCycles();
        for (int i = 0; i < 200_000; i++) {
            g.add("F" + i, "F" + (i + 1));
        }
        g.add("F200000", "F0");
        assertThat(g.cycles()).singleElement().satisfies(c -> assertThat(c).hasSize(200_001));
    }
}
