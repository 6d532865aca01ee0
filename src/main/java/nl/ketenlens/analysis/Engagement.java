package nl.ketenlens.analysis;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

/**
 * The one what-if mask of Ketenlens, used by leverage and exposure alike: facilities marked <em>engaged</em> (the
 * sector works with them, so the risk paths through them are treated as addressed) and, for exposure, supply links
 * marked <em>replaced</em> (the buyer sources elsewhere). Every kernel skips engaged vertices and replaced edges as
 * if they were absent, exactly like JGraphT's {@link org.jgrapht.graph.MaskSubgraph} with a vertex and an edge mask;
 * the graph is never rebuilt or copied.
 *
 * <p>The leverage kernels mask vertices only, so {@link LeverageInput} refuses a mask with replaced links rather
 * than ignore them.
 */
public final class Engagement {
    private static final Engagement NONE = new Engagement(new BitSet(), new BitSet());
    private final BitSet engaged;
    private final BitSet replaced;

    private Engagement(BitSet engaged, BitSet replaced) {
        this.engaged = engaged;
        this.replaced = replaced;
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
        return new Engagement(b, new BitSet());
    }

    /** Engaged facilities by id; unknown ids are an {@link IllegalArgumentException} naming them. */
    public static Engagement of(SupplyGraph graph, Collection<String> facilityIds) {
        return ofVertices(graph, graph.vertices(facilityIds));
    }

    /**
     * The same mask with these supply-link edges replaced as well; out-of-range edges and financing edges are an
     * {@link IllegalArgumentException}.
     */
    public Engagement withReplacedLinks(SupplyGraph graph, int... edges) {
        BitSet r = (BitSet) replaced.clone();
        for (int e : edges) {
            if (e < 0 || e >= graph.edgeCount()) {
                throw new IllegalArgumentException("edge " + e + " out of range [0," + graph.edgeCount() + ")");
            }
            if (graph.isFinancing(e)) {
                throw new IllegalArgumentException("edge " + e + " is financing, not a supply link");
            }
            r.set(e);
        }
        return r.isEmpty() && engaged.isEmpty() ? NONE : new Engagement(engaged, r);
    }

    public boolean isEngaged(int vertex) {
        return engaged.get(vertex);
    }

    /** {@code true} when the supply link (edge id) is replaced, i.e. not followed. */
    public boolean isReplaced(int edge) {
        return replaced.get(edge);
    }

    /** No engaged facility and no replaced link. */
    public boolean isEmpty() {
        return engaged.isEmpty() && replaced.isEmpty();
    }

    /** Number of engaged facilities. */
    public int count() {
        return engaged.cardinality();
    }

    /** Sorted engaged vertices. */
    public int[] vertices() {
        return engaged.stream().toArray();
    }

    /** Whether any supply link is replaced. */
    public boolean hasReplacedLinks() {
        return !replaced.isEmpty();
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
        return "Engagement" + Arrays.toString(vertices())
                + (replaced.isEmpty() ? "" : " replaced edges " + Arrays.toString(replaced.stream().toArray()));
    }
}
