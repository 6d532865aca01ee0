package nl.ketenlens.graph.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.SupplyGraph;

/**
 * The store's edges as primitive columns, handed to the graph builder in one canonical order: by buyer, supplier and
 * then commodity code. The store returns relationships in an order of its own (the plan, the record layout, the API
 * used), and where several links join the same pair the merged edge keeps the first one's commodity; sorting first
 * makes that the smallest code, so every way of reading the store (Bolt or the embedded API, ADR 0019) gives the same
 * graph, down to the commodity index order.
 *
 * <p>Commodity codes are numbered as they arrive (one hash lookup per edge, skipped when the code repeats the last
 * one) and handed to the graph builder once per distinct code: the store returns a fresh {@code String} per
 * relationship, so looking each one up in the graph's code table at the drain was 15 % of the projection.
 *
 * <p>Memory: about 24 B an edge. Sorting {@code O(m log d)}.
 */
final class StoreEdges {
    private int[] from;
    private int[] to;
    /** Per edge, an index into {@link #codes}. */
    private int[] commodity;
    private final List<String> codes = new ArrayList<>();
    private final Map<String, Integer> codeIndex = new HashMap<>();
    private String lastCode;
    private int lastCodeIndex = -1;
    private double[] share;
    private boolean[] financing;
    private int size;

    StoreEdges(int expected) {
        int cap = Math.max(16, expected);
        from = new int[cap];
        to = new int[cap];
        commodity = new int[cap];
        share = new double[cap];
        financing = new boolean[cap];
    }

    /** An edge between vertices already added; {@code code} null for none, {@code volumeShare} NaN when unknown. */
    void add(int buyer, int supplier, String code, double volumeShare, boolean isFinancing) {
        if (size == from.length) {
            int cap = size * 2;
            from = Arrays.copyOf(from, cap);
            to = Arrays.copyOf(to, cap);
            commodity = Arrays.copyOf(commodity, cap);
            share = Arrays.copyOf(share, cap);
            financing = Arrays.copyOf(financing, cap);
        }
        from[size] = buyer;
        to[size] = supplier;
        commodity[size] = codeOf(code);
        share[size] = volumeShare;
        financing[size] = isFinancing;
        size++;
    }

    /** The number of {@code code}, null included (a link without a commodity). */
    private int codeOf(String code) {
        if (lastCodeIndex < 0 || !java.util.Objects.equals(code, lastCode)) {
            lastCode = code;
            lastCodeIndex = codeIndex.computeIfAbsent(code, c -> {
                codes.add(c);
                return codes.size() - 1;
            });
        }
        return lastCodeIndex;
    }

    /**
     * Renumbers both ends of every edge through {@code vertexOf}: for a reader that collects edges in a numbering of
     * its own while the vertices are still being numbered elsewhere (ADR 0019, session 4).
     */
    void renumber(int[] vertexOf) {
        for (int i = 0; i < size; i++) {
            from[i] = vertexOf[from[i]];
            to[i] = vertexOf[to[i]];
        }
    }

    int size() {
        return size;
    }

    /** Adds every edge to {@code graph} in canonical order (vertex count {@code n}), then forgets them. */
    void drainTo(SupplyGraph.Builder graph, int n) {
        int[] start = new int[n + 1];
        for (int i = 0; i < size; i++) {
            start[from[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        long[] keys = new long[size];   // (supplier << 32 | input index), sorted per buyer
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < size; i++) {
            keys[fill[from[i]]++] = ((long) to[i] << 32) | i;
        }
        int[] graphIndex = new int[codes.size()]; // graph's commodity index by code number, registered on first use
        Arrays.fill(graphIndex, -1);
        for (int u = 0; u < n; u++) {
            Arrays.sort(keys, start[u], start[u + 1]);
            for (int p = start[u]; p < start[u + 1]; ) {
                int q = p + 1;
                while (q < start[u + 1] && (keys[q] >>> 32) == (keys[p] >>> 32)) {
                    q++;
                }
                if (q - p > 1) {
                    byCode(keys, p, q);
                }
                for (int k = p; k < q; k++) {
                    int i = (int) keys[k];
                    int c = commodity[i];
                    if (graphIndex[c] < 0) {
                        graphIndex[c] = graph.commodity(codes.get(c));
                    }
                    graph.addEdge(u, to[i], graphIndex[c], share[i], financing[i]);
                }
                p = q;
            }
        }
        size = 0;
    }

    /** Insertion sort of a run of parallel edges (a handful at most) by commodity code, none first. */
    private void byCode(long[] keys, int lo, int hi) {
        for (int a = lo + 1; a < hi; a++) {
            long k = keys[a];
            int b = a - 1;
            while (b >= lo && compare(keys[b], k) > 0) {
                keys[b + 1] = keys[b];
                b--;
            }
            keys[b + 1] = k;
        }
    }

    private int compare(long x, long y) {
        String a = codes.get(commodity[(int) x]) == null ? "" : codes.get(commodity[(int) x]);
        String b = codes.get(commodity[(int) y]) == null ? "" : codes.get(commodity[(int) y]);
        int c = a.compareTo(b);
        return c != 0 ? c : Integer.compare((int) x, (int) y);
    }
}
