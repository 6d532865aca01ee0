package nl.ketenlens.graph.projection;

import java.util.Arrays;

/**
 * Internal node id → vertex, for joining the projection's edge rows to its node rows: open addressing over two
 * arrays (no boxing; half a million lookups per projection of the 100k network), or — when the caller knows the
 * highest id and the ids are dense, as a store's node ids are — one {@code int[]} indexed by id, a single load per
 * lookup instead of a hash and a probe.
 */
final class NodeIds {
    /** Direct table: vertex by node id, -1 for none; null in hashing mode. */
    private final int[] direct;
    private long[] keys;
    private int[] values;
    private int size;

    /**
     * A join for {@code expected} nodes whose ids are all at most {@code maxId}: a direct table when that costs at
     * most a few times the hash table (ids dense), else hashing.
     */
    static NodeIds forIds(int expected, long maxId) {
        return maxId < 4L * Math.max(16, expected) ? new NodeIds((int) maxId + 1, true) : new NodeIds(expected);
    }

    private NodeIds(int tableSize, boolean dense) {
        direct = new int[tableSize];
        Arrays.fill(direct, -1);
    }

    NodeIds(int expected) {
        direct = null;
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, -1);
    }

    void put(long id, int vertex) {
        if (id < 0) {
            throw new IllegalArgumentException("negative node id " + id);
        }
        if (direct != null) {
            direct[Math.toIntExact(id)] = vertex; // an id above maxId is the caller's error: fails loudly here
            return;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int i = slot(id);
        if (keys[i] != id) {
            keys[i] = id;
            size++;
        }
        values[i] = vertex;
    }

    /** The vertex of node {@code id}; an edge to a node that is neither a company nor a facility is an error. */
    int get(long id) {
        if (direct != null) {
            int v = find(id);
            if (v < 0) {
                throw new IllegalArgumentException("a link names node " + id
                        + ", which is neither a company nor a facility");
            }
            return v;
        }
        int i = slot(id);
        if (keys[i] != id) {
            throw new IllegalArgumentException("a link names node " + id + ", which is neither a company nor a facility");
        }
        return values[i];
    }

    /** The vertex of node {@code id}, or -1 when it is neither a company nor a facility. */
    int find(long id) {
        if (direct != null) {
            return id >= 0 && id < direct.length ? direct[(int) id] : -1;
        }
        int i = slot(id);
        return keys[i] == id ? values[i] : -1;
    }

    private int slot(long id) {
        int mask = keys.length - 1;
        int i = (int) ((id * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        while (keys[i] != -1 && keys[i] != id) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
