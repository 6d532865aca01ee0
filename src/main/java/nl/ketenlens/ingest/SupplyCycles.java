package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.StrongComponents;
import nl.ketenlens.analysis.SupplyGraph;

/**
 * The supply cycles in a set of links: strongly connected components with more than one node. Edges are kept as
 * int pairs over an id dictionary (8 bytes a link, so a file of millions of links fits), and the components come
 * from the analysis kernels' int-array Tarjan ({@link StrongComponents}; iterative, so long chains need no deep
 * call stack) rather than from a second SCC written here.
 */
final class SupplyCycles {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] from = new int[64];
    private int[] to = new int[64];
    private int edges;

    void add(String buyer, String supplier) {
        int b = vertex(buyer);
        int s = vertex(supplier);
        if (edges == from.length) {
            from = Arrays.copyOf(from, edges * 2);
            to = Arrays.copyOf(to, edges * 2);
        }
        from[edges] = b;
        to[edges] = s;
        edges++;
    }

    private int vertex(String id) {
        return index.computeIfAbsent(id, k -> {
            names.add(k);
            return names.size() - 1;
        });
    }

    /** Components of two or more nodes, each as its node names. */
    List<List<String>> cycles() {
        SupplyGraph.Builder b = SupplyGraph.builder(names.size(), edges);
        names.forEach(b::addFacility);
        for (int e = 0; e < edges; e++) {
            b.addEdge(from[e], to[e], 0, Double.NaN, false);
        }
        List<List<String>> result = new ArrayList<>();
        for (int[] component : StrongComponents.nontrivial(b.build())) {
            result.add(Arrays.stream(component).mapToObj(names::get).toList());
        }
        return result;
    }
}
