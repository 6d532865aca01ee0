package nl.ketenlens.analysis;

import java.util.Arrays;

/**
 * Reusable breadth-first traversals over the unmasked graph, with an epoch-stamped visited array so repeated
 * traversals cost only what they visit. One instance per thread.
 */
final class Bfs {
    private final SupplyGraph g;
    private final boolean[] mask;
    private final int[] stamp;
    private final int[] queue;
    private int epoch;
    private int size;

    Bfs(SupplyGraph g, boolean[] mask) {
        this.g = g;
        this.mask = mask;
        this.stamp = new int[g.vertexCount()];
        this.queue = new int[g.vertexCount()];
    }

    /** Vertices reachable from {@code starts} along supply direction (starts included), in BFS order. */
    int[] down(int... starts) {
        run(starts, true);
        return Arrays.copyOf(queue, size);
    }

    /** Vertices that reach {@code starts} (starts included), in BFS order. */
    int[] up(int... starts) {
        run(starts, false);
        return Arrays.copyOf(queue, size);
    }

    /** Like {@link #down} but leaves the result in the internal queue: {@link #size()} entries of {@link #at}. */
    void runDown(int... starts) {
        run(starts, true);
    }

    void runUp(int... starts) {
        run(starts, false);
    }

    int size() {
        return size;
    }

    int at(int i) {
        return queue[i];
    }

    /** Whether {@code v} was visited by the last traversal. */
    boolean visited(int v) {
        return stamp[v] == epoch;
    }

    private void run(int[] starts, boolean forward) {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
        size = 0;
        for (int s : starts) {
            if (!mask[s] && stamp[s] != epoch) {
                stamp[s] = epoch;
                queue[size++] = s;
            }
        }
        for (int head = 0; head < size; head++) {
            int v = queue[head];
            int from = forward ? g.outStart[v] : g.inStart[v];
            int to = forward ? g.outStart[v + 1] : g.inStart[v + 1];
            int[] adj = forward ? g.outTarget : g.inSource;
            for (int p = from; p < to; p++) {
                int w = adj[p];
                if (!mask[w] && stamp[w] != epoch) {
                    stamp[w] = epoch;
                    queue[size++] = w;
                }
            }
        }
    }
}
