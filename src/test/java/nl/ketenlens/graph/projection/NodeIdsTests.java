package nl.ketenlens.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The direct table (dense ids) and the hash table answer alike: vertex, -1 for an unknown node, an error on get. */
class NodeIdsTests {

    private static void fill(NodeIds ids) {
        ids.put(0, 5);
        ids.put(7, 0);
        ids.put(40, 3);
    }

    @Test
    void denseAndHashedJoinsAgree() {
        NodeIds dense = NodeIds.forIds(3, 40);
        NodeIds hashed = NodeIds.forIds(3, 1L << 40);
        fill(dense);
        fill(hashed);
        for (NodeIds ids : new NodeIds[] {dense, hashed}) {
            assertThat(ids.get(0)).isEqualTo(5);
            assertThat(ids.find(7)).isZero();
            assertThat(ids.find(40)).isEqualTo(3);
            assertThat(ids.find(39)).isEqualTo(-1);
            assertThat(ids.find(41)).isEqualTo(-1);
            assertThatThrownBy(() -> ids.get(8)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("node 8");
        }
    }

    @Test
    void anIdAboveTheAnnouncedMaximumFailsLoudly() {
        NodeIds dense = NodeIds.forIds(3, 40);
        assertThatThrownBy(() -> dense.put(41, 1)).isInstanceOf(RuntimeException.class);
    }
}
