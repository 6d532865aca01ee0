package nl.ketenlens.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphChangesTests {

    private static GraphChange links(long from, int count) {
        return new GraphChange(from, from + 1, java.util.Collections.nCopies(count, new LinkRow("C", "F", "gold", null, false)));
    }

    @Test
    void aChainWithoutGapsIsHandedOutInOrder() {
        GraphChanges changes = new GraphChanges();
        changes.record(links(3, 1));
        changes.record(links(4, 2));
        changes.record(GraphChange.opaque(5, 6));

        assertThat(changes.between(3, 5)).hasValueSatisfying(c -> assertThat(c).extracting(GraphChange::toRevision)
                .containsExactly(4L, 5L));
        assertThat(changes.between(3, 6).orElseThrow()).last().satisfies(c -> assertThat(c.linksOnly()).isFalse());
    }

    @Test
    void aRevisionThisProcessDidNotWriteBreaksTheChain() {
        GraphChanges changes = new GraphChanges();
        changes.record(links(3, 1));
        changes.record(links(5, 1)); // revision 4 -> 5 was written by someone else

        assertThat(changes.between(3, 6)).isEmpty();
        assertThat(changes.between(5, 6)).isPresent();
        assertThat(changes.between(6, 6)).isEmpty();
    }

    @Test
    void aLargeImportIsRecordedAsOpaque() {
        GraphChanges changes = new GraphChanges();
        changes.record(links(1, GraphChanges.MAX_LINKS + 1));

        assertThat(changes.between(1, 2).orElseThrow()).singleElement()
                .satisfies(c -> assertThat(c.linksOnly()).isFalse());
    }

    @Test
    void onlyTheLastFewChangesAreKept() {
        GraphChanges changes = new GraphChanges();
        for (int r = 0; r < GraphChanges.KEEP + 2; r++) {
            changes.record(links(r, 1));
        }
        assertThat(changes.between(0, GraphChanges.KEEP + 2L)).isEmpty();
        assertThat(changes.between(2, GraphChanges.KEEP + 2L).orElseThrow()).hasSize(GraphChanges.KEEP);
    }
}
