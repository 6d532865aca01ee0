package nl.ketenlens.analysis;

/**
 * Dominator tree of the unmasked graph seen from a virtual root {@code r = n} whose successors are the selected
 * companies: {@code d} dominates {@code v} when every path from any selected company to {@code v} passes through
 * {@code d}. Cooper, Harvey &amp; Kennedy, <em>A Simple, Fast Dominance Algorithm</em> (2001): iterate
 * {@code idom(v) = intersect(preds)} in reverse postorder until stable; {@code O((n + m) · passes)}, in practice a few
 * passes. Unreachable vertices have {@code idom = -1}.
 */
final class DominatorTree {
    final int root;
    final int[] idom;
    final int[] post;   // postorder number, -1 = unreachable; root has the largest

    private DominatorTree(int root, int[] idom, int[] post) {
        this.root = root;
        this.idom = idom;
        this.post = post;
    }

    static DominatorTree of(SupplyGraph g, boolean[] mask, int[] sources) {
        int n = g.vertexCount();
        int root = n;
        int[] post = new int[n + 1];
        java.util.Arrays.fill(post, -1);
        int[] rpo = postorder(g, mask, sources, post);   // vertices in reverse postorder, root first
        boolean[] isSource = new boolean[n];
        for (int s : sources) {
            isSource[s] = true;
        }
        int[] idom = new int[n + 1];
        java.util.Arrays.fill(idom, -1);
        idom[root] = root;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < rpo.length; i++) {
                int v = rpo[i];
                int best = isSource[v] ? root : -1;
                for (int p = g.inStart[v]; p < g.inStart[v + 1]; p++) {
                    int u = g.inSource[p];
                    if (post[u] >= 0 && idom[u] >= 0) {
                        best = best < 0 ? u : intersect(u, best, idom, post);
                    }
                }
                if (idom[v] != best) {
                    idom[v] = best;
                    changed = true;
                }
            }
        }
        return new DominatorTree(root, idom, post);
    }

    private static int intersect(int a, int b, int[] idom, int[] post) {
        while (a != b) {
            while (post[a] < post[b]) {
                a = idom[a];
            }
            while (post[b] < post[a]) {
                b = idom[b];
            }
        }
        return a;
    }

    /** Iterative DFS from the root; fills {@code post} and returns the reachable vertices in reverse postorder. */
    private static int[] postorder(SupplyGraph g, boolean[] mask, int[] sources, int[] post) {
        int n = g.vertexCount();
        int[] stackV = new int[n + 1];
        int[] stackE = new int[n + 1];
        boolean[] seen = new boolean[n + 1];
        int[] order = new int[n + 1];
        int count = 0;
        int sp = 0;
        stackV[sp] = n;
        stackE[sp++] = 0;
        seen[n] = true;
        while (sp > 0) {
            int v = stackV[sp - 1];
            int w = -1;
            if (v == n) {
                while (stackE[sp - 1] < sources.length && w < 0) {
                    int s = sources[stackE[sp - 1]++];
                    w = seen[s] ? -1 : s;
                }
            } else {
                while (stackE[sp - 1] < g.outStart[v + 1] - g.outStart[v] && w < 0) {
                    int x = g.outTarget[g.outStart[v] + stackE[sp - 1]++];
                    w = seen[x] || mask[x] ? -1 : x;
                }
            }
            if (w >= 0) {
                seen[w] = true;
                stackV[sp] = w;
                stackE[sp++] = 0;
            } else {
                post[v] = count;
                order[count++] = v;
                sp--;
            }
        }
        int[] rpo = new int[count];
        for (int i = 0; i < count; i++) {
            rpo[i] = order[count - 1 - i];
        }
        return rpo;
    }

    boolean reachable(int v) {
        return post[v] >= 0;
    }

    /** Nearest common dominator of the given reachable vertices (the root if they share none). */
    int commonDominator(int[] vertices) {
        int a = -1;
        for (int v : vertices) {
            a = a < 0 ? v : intersect(a, v, idom, post);
        }
        return a < 0 ? root : a;
    }
}
