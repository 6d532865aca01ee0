package nl.ketenlens.leverage;

import java.util.ArrayDeque;
import java.util.Deque;
import nl.ketenlens.analysis.SupplyGraph;

/**
 * The facilities a company reaches over supply links (for a financial institution also through the companies it
 * finances, one financing hop, as its exposure report does): what a company user may recognise as its own in a
 * sector view. Structural, ignoring what-ifs; {@code O(reached part of the graph)}.
 */
final class OwnChain {

    private final boolean[] reached;

    OwnChain(SupplyGraph g, int company) {
        reached = new boolean[g.vertexCount()];
        if (company < 0) {
            return;
        }
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(company);
        for (int e = g.outStart(company); e < g.outStart(company + 1); e++) {
            if (g.isFinancing(e)) {
                queue.add(g.target(e));
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int e = g.outStart(v); e < g.outStart(v + 1); e++) {
                int w = g.target(e);
                if (!g.isFinancing(e) && !reached[w]) {
                    reached[w] = true;
                    queue.add(w);
                }
            }
        }
    }

    boolean contains(int vertex) {
        return reached[vertex];
    }
}
