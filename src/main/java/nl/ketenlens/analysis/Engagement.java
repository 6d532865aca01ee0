package nl.ketenlens.analysis;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

/**
 * What-if mask: facilities marked <em>engaged</em> (the sector works with them, so the risk paths through them are
 * treated as addressed). Every kernel skips engaged vertices as if they and their edges were absent, exactly like
 * JGraphT's {@link org.jgrapht.graph.MaskSubgraph} with a vertex mask; the graph is never rebuilt or copied.
 */
public final class Engagement {
    private static final Engagement NONE = new Engagement(new BitSet());
    private final BitSet engaged;

    private Engagement(BitSet engaged) {
        this.engaged = engaged;
    }

    public static Engagement none() {
        return NONE;
    }

    /** Engaged facility vertices; companies or out-of-range vertices are an {@link IllegalArgumentException}. */
    public static Engagement ofVertices(SupplyGraph graph, int... facilities) {
        BitSet b = new BitSet(graph.vertexCount());
        for (int f : facilities) {
            graph.checkVertex(f);
            if (graph.company[f]) {
                throw new IllegalArgumentException("only facilities can be engaged, not company " + graph.id(f));
            }
            b.set(f);
        }
        return new Engagement(b);
    }

    /** Engaged facilities by id; unknown ids are an {@link IllegalArgumentException} naming them. */
    public static Engagement of(SupplyGraph graph, Collection<String> facilityIds) {
        return ofVertices(graph, graph.vertices(facilityIds));
    }

    public boolean isEngaged(int vertex) {
        return engaged.get(vertex);
    }

    public boolean isEmpty() {
        return engaged.isEmpty();
    }

    public int count() {
        return engaged.cardinality();
    }

    /** Sorted engaged vertices. */
    public int[] vertices() {
        return engaged.stream().toArray();
    }

    /** A dense mask for kernels: {@code true} = vertex removed. */
    boolean[] toMask(int n) {
        boolean[] mask = new boolean[n];
        for (int v = engaged.nextSetBit(0); v >= 0 && v < n; v = engaged.nextSetBit(v + 1)) {
            mask[v] = true;
        }
        return mask;
    }

    @Override
    public String toString() {
        return "Engagement" + Arrays.toString(vertices());
    }
}
