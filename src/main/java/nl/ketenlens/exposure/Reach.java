package nl.ketenlens.exposure;

import java.util.Arrays;

/**
 * Result of {@link Traversal#reach()}: per vertex its tier (-1 = not reached) and best-path parent and share. The
 * best path is, among the shortest, the one with the largest fully known share product (else the first found).
 */
final class Reach {

    final int[] tier;
    /** Predecessor on the best path; -1 for the root. */
    final int[] parent;
    /** Share product along the best path, {@link Traversal#UNKNOWN} when a hop's share is unknown. */
    final double[] best;
    /** Reached facilities in breadth-first order (tier ascending). */
    final IntList facilities = new IntList();
    /** Companies reached through financing from the root. */
    final IntList financed = new IntList();

    Reach(int n) {
        tier = new int[n];
        Arrays.fill(tier, -1);
        parent = new int[n];
        Arrays.fill(parent, -1);
        best = new double[n];
        Arrays.fill(best, 1.0);
    }

    boolean reached(int v) {
        return tier[v] >= 0;
    }

    /** Best path to {@code v}, root first. */
    int[] bestPath(int v) {
        int len = 0;
        for (int x = v; x >= 0; x = parent[x]) {
            len++;
        }
        int[] path = new int[len];
        int x = v;
        for (int i = len - 1; i >= 0; i--) {
            path[i] = x;
            x = parent[x];
        }
        return path;
    }

    /** A growable int array, to keep the hot path free of boxing. */
    static final class IntList {
        private int[] items = new int[16];
        private int size;

        void add(int x) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = x;
        }

        int get(int i) {
            return items[i];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
