package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supply cycles in a set of links: strongly connected components with more than one node,
 * found with Tarjan's algorithm (R. Tarjan, "Depth-first search and linear graph algorithms",
 * SIAM J. Comput. 1, 1972), written iteratively over int arrays so that 400,000 links take well
 * under a second and no recursion depth limit applies. O(V + E) time and memory.
 */
final class SupplyCycles {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int edges;

    void add(String buyer, String supplier) {
        if (edges == from.length) {
            from = Arrays.copyOf(from, edges * 2);
            to = Arrays.copyOf(to, edges * 2);
        }
        from[edges] = id(buyer);
        to[edges] = id(supplier);
        edges++;
    }

    private int id(String name) {
        return index.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    /** Components of two or more nodes, each as its node names. */
    List<List<String>> cycles() {
        int n = names.size();
        int[] start = new int[n + 1];
        for (int e = 0; e < edges; e++) {
            start[from[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] adj = new int[edges];
        int[] fill = Arrays.copyOf(start, n);
        for (int e = 0; e < edges; e++) {
            adj[fill[from[e]]++] = to[e];
        }
        return tarjan(n, start, adj);
    }

    private List<List<String>> tarjan(int n, int[] start, int[] adj) {
        int[] order = new int[n];
        int[] low = new int[n];
        int[] next = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] call = new int[n];
        Arrays.fill(order, -1);
        int counter = 0;
        int sp = 0;
        List<List<String>> result = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int depth = 0;
            call[depth] = root;
            order[root] = low[root] = counter++;
            next[root] = start[root];
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = call[depth];
                if (next[v] < start[v + 1]) {
                    int w = adj[next[v]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        next[w] = start[w];
                        stack[sp++] = w;
                        onStack[w] = true;
                        call[++depth] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                if (low[v] == order[v]) {
                    List<String> component = new ArrayList<>();
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        component.add(names.get(w));
                    } while (w != v);
                    if (component.size() > 1) {
                        result.add(component);
                    }
                }
                depth--;
                if (depth >= 0) {
                    int parent = call[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return result;
    }
}
