package nl.ketenlens.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.ketenlens.analysis.Engagement;
import nl.ketenlens.analysis.SupplyGraph;

/**
 * Depth-limited walks from one root over supply links (buyer → supplier), under a what-if {@link Engagement} mask.
 *
 * <p>A financing link is followed only from the root (a financial institution reaches the chains of the companies
 * it finances, not of companies those finance) and does not count as a tier: the financed company is at tier 0
 * like the root. A supply link adds one tier. Engaged facilities are never entered and replaced links never
 * followed.
 *
 * <p>{@link #reach()} is a breadth-first search, {@code O(V + E)} over the reached part: exact tiers and the best
 * path. {@link #enumerate(Reach, int)} is a depth-first search over simple paths (no vertex twice on a path, so a
 * cycle never loops) that expands each facility at most {@code cap} times: {@code O(cap · E)} in the worst case.
 */
final class Traversal {

    private final SupplyGraph g;
    private final Engagement mask;
    private final int depth;
    private final int root;

    Traversal(SupplyGraph g, Engagement mask, int depth, int root) {
        this.g = g;
        this.mask = mask;
        this.depth = depth;
        this.root = root;
    }

    private boolean follows(int v, int e) {
        if (mask.isReplaced(e) || mask.isEngaged(g.target(e))) {
            return false;
        }
        return !g.isFinancing(e) || v == root;
    }

    /** Breadth-first reach: tier and best path (shortest, then largest share product) of every reached vertex. */
    Reach reach() {
        int n = g.vertexCount();
        Reach r = new Reach(n);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = root;
        r.tier[root] = 0;
        for (int e = g.outStart(root); e < g.outStart(root + 1); e++) {
            int w = g.target(e);
            if (g.isFinancing(e) && follows(root, e) && r.tier[w] < 0) {
                r.tier[w] = 0;
                r.parent[w] = root;
                r.financed.add(w);
                queue[tail++] = w;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            int t = r.tier[v];
            if (t >= depth) {
                continue;
            }
            for (int e = g.outStart(v); e < g.outStart(v + 1); e++) {
                if (g.isFinancing(e) || !follows(v, e)) {
                    continue;
                }
                int w = g.target(e);
                double product = extend(r.best[v], g.share(e));
                if (r.tier[w] < 0) {
                    r.tier[w] = t + 1;
                    queue[tail++] = w;
                    if (g.isFacility(w)) {
                        // a company supplier (ADR 0017) is passed through: its own chain is tier 2+ of the root
                        r.facilities.add(w);
                    }
                } else if (r.tier[w] != t + 1 || !(product > r.best[w])) {
                    continue;
                }
                r.parent[w] = v;
                r.best[w] = product;
            }
        }
        return r;
    }

    /** Depth-first enumeration of simple paths: per facility the path count and the summed share products. */
    PathStats enumerate(Reach reach, int cap) {
        PathStats stats = new PathStats(g.vertexCount(), cap);
        boolean[] onPath = new boolean[g.vertexCount()];
        onPath[root] = true;
        walk(root, 0, 1.0, onPath, stats);
        return stats;
    }

    /**
     * The share product of a path extended by one link: a path's share is known only when every hop's share is
     * known (as in the leverage share flow); {@link #UNKNOWN} otherwise.
     */
    static double extend(double product, double share) {
        return product < 0 || Double.isNaN(share) ? UNKNOWN : product * share;
    }

    /** Share product of a path with at least one unknown hop. */
    static final double UNKNOWN = -1;

    private void walk(int v, int d, double product, boolean[] onPath, PathStats stats) {
        for (int e = g.outStart(v); e < g.outStart(v + 1); e++) {
            int w = g.target(e);
            if (onPath[w] || !follows(v, e)) {
                continue;
            }
            boolean financing = g.isFinancing(e);
            double p = financing ? product : extend(product, g.share(e));
            int nd = financing ? d : d + 1;
            if (!financing && !stats.record(w, p)) {
                continue;   // capped: neither counted nor expanded again
            }
            if (nd < depth) {
                onPath[w] = true;
                walk(w, nd, p, onPath, stats);
                onPath[w] = false;
            }
        }
    }

    /**
     * Every simple path from the root to {@code target} within the depth, at most {@code limit + 1} of them (one
     * more than asked tells the caller there are more). Each path is its vertex sequence, root first. Pruned by
     * the distance to the target, so only vertices that can still reach it in time are entered.
     */
    List<int[]> pathsTo(int target, int limit) {
        int[] toTarget = distancesTo(target);
        List<int[]> out = new ArrayList<>();
        int[] path = new int[depth + 3];
        boolean[] onPath = new boolean[g.vertexCount()];
        path[0] = root;
        onPath[root] = true;
        collect(root, 0, 1, target, toTarget, path, onPath, out, limit + 1);
        return out;
    }

    private void collect(int v, int d, int len, int target, int[] toTarget, int[] path, boolean[] onPath,
                         List<int[]> out, int max) {
        for (int e = g.outStart(v); e < g.outStart(v + 1) && out.size() < max; e++) {
            int w = g.target(e);
            int nd = g.isFinancing(e) ? d : d + 1;
            if (onPath[w] || !follows(v, e) || toTarget[w] < 0 || nd + toTarget[w] > depth) {
                continue;
            }
            path[len] = w;
            if (w == target) {
                out.add(Arrays.copyOf(path, len + 1));
                continue;
            }
            onPath[w] = true;
            collect(w, nd, len + 1, target, toTarget, path, onPath, out, max);
            onPath[w] = false;
        }
    }

    /** Supply hops from each vertex to {@code target} (reverse BFS within the depth, same masks); -1 = never. */
    private int[] distancesTo(int target) {
        int[] dist = new int[g.vertexCount()];
        Arrays.fill(dist, -1);
        int[] queue = new int[g.vertexCount()];
        int head = 0;
        int tail = 0;
        dist[target] = 0;
        queue[tail++] = target;
        while (head < tail) {
            int w = queue[head++];
            if (dist[w] >= depth) {
                continue;
            }
            for (int u : g.predecessors(w)) {
                int e = g.edge(u, w);
                if (dist[u] < 0 && !g.isFinancing(e) && !mask.isReplaced(e) && !mask.isEngaged(w)) {
                    dist[u] = dist[w] + 1;
                    queue[tail++] = u;
                }
            }
        }
        // a financier reaches the target through the companies it finances, at no extra tier
        for (int e = g.outStart(root); e < g.outStart(root + 1); e++) {
            if (g.isFinancing(e) && dist[g.target(e)] >= 0 && dist[root] < 0) {
                dist[root] = dist[g.target(e)];
            }
        }
        return dist;
    }
}
