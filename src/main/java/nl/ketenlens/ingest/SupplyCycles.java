package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The supply cycles in a set of links: strongly connected components with more than one node. An import warning,
 * not a hot path, so it uses JGraphT's {@link KosarajuStrongConnectivityInspector} (O(V + E), iterative depth-first
 * search, so long chains need no deep call stack) rather than a second hand-written SCC; the int-array Tarjan in
 * {@code analysis.Condensation} is the one kept for the leverage kernels.
 */
final class SupplyCycles {
    private final Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);

    void add(String buyer, String supplier) {
        graph.addVertex(buyer);
        graph.addVertex(supplier);
        graph.addEdge(buyer, supplier);
    }

    /** Components of two or more nodes, each as its node names. */
    List<List<String>> cycles() {
        List<List<String>> result = new ArrayList<>();
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (component.size() > 1) {
                result.add(List.copyOf(component));
            }
        }
        return result;
    }
}
