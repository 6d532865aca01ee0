package nl.ketenlens.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;
import nl.ketenlens.analysis.CollectiveReach;
import nl.ketenlens.analysis.Hotspot;
import nl.ketenlens.analysis.LeverageInput;
import nl.ketenlens.analysis.MinVertexCut;
import nl.ketenlens.analysis.ReachResult;
import nl.ketenlens.analysis.SupplyGraph;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * {@code bench-leverage --versus jgrapht}: on the same projected graph, the JGraphT equivalent of each kernel that
 * has one, timed side by side, with the answers compared — the measured reason for ADR 0002. Every kernel runs on a
 * fresh {@link LeverageInput}, so nothing cached by an earlier metric (condensation, reach) is reused.
 * <ul>
 * <li>collective reach: one {@link BreadthFirstIterator} per selected company, counting companies per facility;</li>
 * <li>strongly connected components: {@link GabowStrongConnectivityInspector};</li>
 * <li>minimum vertex cut of one hotspot: {@link PushRelabelMFImpl} on the node-split graph (network built outside
 * the timing).</li>
 * </ul>
 * Not compared: betweenness restricted to sources and risk-bearing targets, chokepoints (dominators) and the plan —
 * JGraphT has no equivalent of those definitions.
 */
public final class JGraphTComparison {
    private static final double INF = 1e9;
    private final PrintWriter out;

    public JGraphTComparison(PrintWriter out) {
        this.out = out;
    }

    /** Runs the three comparisons on {@code base}'s graph, selection and risk; {@code hotspot} may be null. */
    public void run(LeverageInput base, String hotspot) {
        SupplyGraph g = base.graph();
        out.printf(Locale.ROOT, "  versus JGraphT 1.5 (same graph; ratio = JGraphT time / Ketenlens time)%n");
        Graph<Integer, Integer> view = g.asJGraphT();
        int[] sources = base.selection().vertices();
        double[] ours = new double[1];
        ReachResult reach = time(ours, () -> new CollectiveReach(fresh(base)).result());
        int[] count = new int[g.vertexCount()];
        double theirs = seconds(() -> {
            for (int s : sources) {
                new BreadthFirstIterator<>(view, s).forEachRemaining(v -> count[v]++);
            }
        });
        int differ = 0;
        for (int v : g.facilities()) {
            differ += count[v] != reach.companies(v) ? 1 : 0;
        }
        row("collective reach", ours[0], theirs, differ == 0 ? "same counts" : differ + " facilities differ");
        LeverageInput forScc = fresh(base);
        ours[0] = seconds(forScc::condense);
        int[] sccs = new int[1];
        theirs = seconds(() -> sccs[0] = new GabowStrongConnectivityInspector<>(view).stronglyConnectedSets().size());
        row("strongly connected comps", ours[0], theirs, sccs[0] + " components");
        if (hotspot != null) {
            int cut = time(ours, () -> new MinVertexCut(fresh(base), hotspot).result()).cutSize();
            SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> net = nodeSplit(base, view, hotspot);
            double[] flow = new double[1];
            theirs = seconds(() -> flow[0] = new PushRelabelMFImpl<>(net)
                    .getMaximumFlowValue(2 * g.vertexCount(), 2 * g.vertexCount() + 1));
            String same = flow[0] >= INF ? "JGraphT: not separable, Ketenlens cut " + cut
                    : "flow " + Math.round(flow[0]) + ", cut " + cut;
            row("min vertex cut", ours[0], theirs, same);
        }
        out.flush();
    }

    private static LeverageInput fresh(LeverageInput base) {
        return LeverageInput.of(base.graph(), base.selection(), base.risk());
    }

    /** v_in = 2v, v_out = 2v + 1, source 2n, sink 2n + 1; facilities outside the hotspot cost 1, the rest ∞. */
    static SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> nodeSplit(LeverageInput in,
                                                                                Graph<Integer, Integer> view,
                                                                                String key) {
        SupplyGraph g = in.graph();
        Hotspot h = in.risk().hotspot(key);
        int n = g.vertexCount();
        SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> net =
                new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < 2 * n + 2; i++) {
            net.addVertex(i);
        }
        for (int v = 0; v < n; v++) {
            boolean cuttable = g.isFacility(v) && !h.contains(v);
            net.setEdgeWeight(net.addEdge(2 * v, 2 * v + 1), cuttable ? 1 : INF);
            if (in.selection().contains(v)) {
                net.setEdgeWeight(net.addEdge(2 * n, 2 * v), INF);
            }
            if (h.contains(v) && in.risk().weight(v) > 0) {
                net.setEdgeWeight(net.addEdge(2 * v + 1, 2 * n + 1), INF);
            }
            for (Integer e : view.outgoingEdgesOf(v)) {
                net.setEdgeWeight(net.addEdge(2 * v + 1, 2 * view.getEdgeTarget(e)), INF);
            }
        }
        return net;
    }

    private void row(String what, double ours, double theirs, String note) {
        out.printf(Locale.ROOT, "    %-26s Ketenlens %7.3f s   JGraphT %8.3f s   ratio %6.1f×   %s%n", what, ours,
                theirs, theirs / Math.max(ours, 1e-6), note);
        out.flush();
    }

    private static <T> T time(double[] secs, Supplier<T> work) {
        long t = System.nanoTime();
        T result = work.get();
        secs[0] = (System.nanoTime() - t) / 1e9;
        return result;
    }

    private static double seconds(Runnable work) {
        long t = System.nanoTime();
        work.run();
        return (System.nanoTime() - t) / 1e9;
    }
}
