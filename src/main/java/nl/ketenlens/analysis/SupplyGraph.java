package nl.ketenlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * An immutable, compact, int-indexed directed supply graph: edges point buyer → supplier (and financier → company
 * for financing links), the direction in which goods are ordered and money flows.
 *
 * <p>Vertices are {@code 0..n-1}; each has a String id, a {@link VertexKind} and, for companies, a covenant-member
 * flag. Forward and reverse adjacency are stored in CSR form (offset and target arrays). Edge {@code e} (an index
 * {@code 0..m-1} in forward CSR order) carries a volume share in [0,1] ({@code NaN} = unknown), a commodity index and
 * a financing flag. Cycles are allowed.
 *
 * <p>The {@link Builder} merges parallel edges (same buyer and supplier, e.g. two commodities): the merged edge keeps
 * the first commodity, the largest known share (a share is a fraction of one commodity's purchase, so adding shares
 * of different commodities would mean nothing) and is a financing edge if any of them was. Self-loops are dropped:
 * a facility supplying itself adds no path.
 *
 * <p>Memory: about {@code 8n + 24m} bytes plus the ids. Build time {@code O(n + m log d)}.
 */
public final class SupplyGraph {
    final String[] ids;
    final boolean[] company;
    final boolean[] member;
    final int[] outStart;   // n + 1 offsets into outTarget
    final int[] outTarget;
    final int[] inStart;    // n + 1 offsets into inSource / inEdge
    final int[] inSource;
    final int[] inEdge;     // forward edge index of each reverse entry
    final double[] share;
    final int[] commodity;
    final BitSet financing;
    private final List<String> commodities;
    private final Map<String, Integer> index;

    private SupplyGraph(Builder b, int[] outStart, int[] outTarget, double[] share, int[] commodity, BitSet financing) {
        int n = b.vertexCount;
        this.ids = Arrays.copyOf(b.ids, n);
        this.company = Arrays.copyOf(b.company, n);
        this.member = Arrays.copyOf(b.member, n);
        this.index = new HashMap<>(b.index);
        this.commodities = List.copyOf(b.commodities);
        this.outStart = outStart;
        this.outTarget = outTarget;
        this.share = share;
        this.commodity = commodity;
        this.financing = financing;
        int m = outTarget.length;
        this.inStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            inStart[outTarget[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            inStart[v + 1] += inStart[v];
        }
        this.inSource = new int[m];
        this.inEdge = new int[m];
        int[] fill = Arrays.copyOf(inStart, n);
        for (int u = 0; u < n; u++) {
            for (int e = outStart[u]; e < outStart[u + 1]; e++) {
                int p = fill[outTarget[e]]++;
                inSource[p] = u;
                inEdge[p] = e;
            }
        }
    }

    /** A builder for a graph with the expected number of vertices and edges (capacities only). */
    public static Builder builder(int expectedVertices, int expectedEdges) {
        return new Builder(expectedVertices, expectedEdges);
    }

    public int vertexCount() {
        return ids.length;
    }

    public int edgeCount() {
        return outTarget.length;
    }

    public String id(int v) {
        checkVertex(v);
        return ids[v];
    }

    public VertexKind kind(int v) {
        checkVertex(v);
        return company[v] ? VertexKind.COMPANY : VertexKind.FACILITY;
    }

    public boolean isCompany(int v) {
        checkVertex(v);
        return company[v];
    }

    public boolean isFacility(int v) {
        return !isCompany(v);
    }

    /** True for a company that is a member of the covenant in question (false for facilities). */
    public boolean isMember(int v) {
        checkVertex(v);
        return member[v];
    }

    /** The vertex with this id, or -1. */
    public int find(String id) {
        Integer v = index.get(id);
        return v == null ? -1 : v;
    }

    /** The company vertex with this id, or -1 when the id is unknown or names a facility. */
    public int findCompany(String id) {
        int v = id == null ? -1 : find(id);
        return v >= 0 && company[v] ? v : -1;
    }

    /** The facility vertex with this id, or -1 when the id is unknown or names a company. */
    public int findFacility(String id) {
        int v = find(id);
        return v >= 0 && !company[v] ? v : -1;
    }

    /** The supply edge {@code buyer → supplier} by ids, or -1 when either id is unknown or the link is financing. */
    public int findSupplyLink(String buyerId, String supplierId) {
        int b = find(buyerId);
        int s = find(supplierId);
        int e = b < 0 || s < 0 ? -1 : edge(b, s);
        return e >= 0 && !isFinancing(e) ? e : -1;
    }

    /** The vertex with this id; throws {@link IllegalArgumentException} naming the id when unknown. */
    public int vertex(String id) {
        int v = find(id);
        if (v < 0) {
            throw new IllegalArgumentException("unknown vertex id: " + id);
        }
        return v;
    }

    /** The vertices of these ids in order; throws {@link IllegalArgumentException} naming every unknown id. */
    public int[] vertices(Collection<String> idList) {
        int[] out = new int[idList.size()];
        List<String> unknown = new ArrayList<>();
        int i = 0;
        for (String id : idList) {
            out[i++] = find(id);
            if (out[i - 1] < 0) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown vertex ids: " + unknown);
        }
        return out;
    }

    /** Ids of these vertices, in order. */
    public List<String> ids(int[] vertices) {
        List<String> out = new ArrayList<>(vertices.length);
        for (int v : vertices) {
            out.add(id(v));
        }
        return List.copyOf(out);
    }

    /** All company vertices in ascending order. */
    public int[] companies() {
        return filter(true);
    }

    /** All facility vertices in ascending order. */
    public int[] facilities() {
        return filter(false);
    }

    private int[] filter(boolean wantCompany) {
        int count = 0;
        for (boolean c : company) {
            count += c == wantCompany ? 1 : 0;
        }
        int[] out = new int[count];
        int i = 0;
        for (int v = 0; v < company.length; v++) {
            if (company[v] == wantCompany) {
                out[i++] = v;
            }
        }
        return out;
    }

    /** First forward edge index of {@code v}; its edges are {@code outStart(v) .. outStart(v + 1) - 1}. */
    public int outStart(int v) {
        return outStart[v];
    }

    public int outDegree(int v) {
        return outStart[v + 1] - outStart[v];
    }

    public int inDegree(int v) {
        return inStart[v + 1] - inStart[v];
    }

    /** Supplier (head) of edge {@code e}. */
    public int target(int e) {
        return outTarget[e];
    }

    /** Buyer (tail) of edge {@code e}, by binary search over the offsets ({@code O(log n)}). */
    public int source(int e) {
        int lo = 0;
        int hi = ids.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (outStart[mid] <= e) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Suppliers of {@code v} (a copy). */
    public int[] successors(int v) {
        return Arrays.copyOfRange(outTarget, outStart[v], outStart[v + 1]);
    }

    /** Buyers of {@code v} (a copy). */
    public int[] predecessors(int v) {
        return Arrays.copyOfRange(inSource, inStart[v], inStart[v + 1]);
    }

    /** The forward edge {@code from → to}, or -1. */
    public int edge(int from, int to) {
        int i = Arrays.binarySearch(outTarget, outStart[from], outStart[from + 1], to);
        return i >= 0 ? i : -1;
    }

    /** Volume share of edge {@code e} in [0,1], or {@code NaN} when unknown. */
    public double share(int e) {
        return share[e];
    }

    public int commodity(int e) {
        return commodity[e];
    }

    public boolean isFinancing(int e) {
        return financing.get(e);
    }

    /** Commodity codes by index, as registered in the builder. */
    public List<String> commodities() {
        return commodities;
    }

    /**
     * A JGraphT copy with {@code Integer} vertices {@code 0..n-1} and {@code Integer} edges (the forward edge index),
     * for reference oracles and {@link org.jgrapht.graph.MaskSubgraph} what-if views. {@code O(n + m)} objects: meant
     * for tests and small graphs, not for the hot path.
     */
    public Graph<Integer, Integer> asJGraphT() {
        Graph<Integer, Integer> g = GraphTypeBuilder.<Integer, Integer>directed()
                .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(false).buildGraph();
        for (int v = 0; v < ids.length; v++) {
            g.addVertex(v);
        }
        for (int u = 0; u < ids.length; u++) {
            for (int e = outStart[u]; e < outStart[u + 1]; e++) {
                g.addEdge(u, outTarget[e], e);
            }
        }
        return g;
    }

    void checkVertex(int v) {
        if (v < 0 || v >= ids.length) {
            throw new IllegalArgumentException("vertex " + v + " out of range 0.." + (ids.length - 1));
        }
    }

    @Override
    public String toString() {
        return "SupplyGraph[" + ids.length + " vertices, " + outTarget.length + " edges]";
    }

    /** Collects vertices and edges; {@link #build()} sorts, merges and freezes them. Not thread-safe. */
    public static final class Builder {
        private String[] ids;
        private boolean[] company;
        private boolean[] member;
        private int vertexCount;
        private final Map<String, Integer> index;
        private final List<String> commodities = new ArrayList<>();
        private final Map<String, Integer> commodityIndex = new HashMap<>();
        private int[] from;
        private int[] to;
        private int[] edgeCommodity;
        private double[] edgeShare;
        private final BitSet edgeFinancing = new BitSet();
        private int edgeCount;

        private Builder(int expectedVertices, int expectedEdges) {
            int nv = Math.max(16, expectedVertices);
            int ne = Math.max(16, expectedEdges);
            ids = new String[nv];
            company = new boolean[nv];
            member = new boolean[nv];
            index = new HashMap<>(nv * 2);
            from = new int[ne];
            to = new int[ne];
            edgeCommodity = new int[ne];
            edgeShare = new double[ne];
        }

        /** Adds a vertex and returns its index; a duplicate id is an {@link IllegalArgumentException}. */
        public int addVertex(String id, VertexKind kind, boolean covenantMember) {
            if (id == null || kind == null) {
                throw new IllegalArgumentException("vertex id and kind are required (id=" + id + ")");
            }
            if (kind == VertexKind.FACILITY && covenantMember) {
                throw new IllegalArgumentException("facility " + id + " cannot be a covenant member");
            }
            if (index.putIfAbsent(id, vertexCount) != null) {
                throw new IllegalArgumentException("duplicate vertex id: " + id);
            }
            if (vertexCount == ids.length) {
                int cap = ids.length * 2;
                ids = Arrays.copyOf(ids, cap);
                company = Arrays.copyOf(company, cap);
                member = Arrays.copyOf(member, cap);
            }
            ids[vertexCount] = id;
            company[vertexCount] = kind == VertexKind.COMPANY;
            member[vertexCount] = covenantMember;
            return vertexCount++;
        }

        public int addCompany(String id, boolean covenantMember) {
            return addVertex(id, VertexKind.COMPANY, covenantMember);
        }

        public int addFacility(String id) {
            return addVertex(id, VertexKind.FACILITY, false);
        }

        /** The index of a commodity code, registering it on first use. */
        public int commodity(String code) {
            return commodityIndex.computeIfAbsent(code == null ? "" : code, c -> {
                commodities.add(c);
                return commodities.size() - 1;
            });
        }

        /**
         * Adds an edge {@code from → to} (buyer → supplier). {@code share} is in [0,1] or {@code NaN} (unknown).
         * Self-loops are ignored; parallel edges are merged at {@link #build()}.
         */
        public Builder addEdge(int fromVertex, int toVertex, int commodityIdx, double volumeShare, boolean isFinancing) {
            if (fromVertex < 0 || fromVertex >= vertexCount || toVertex < 0 || toVertex >= vertexCount) {
                throw new IllegalArgumentException("edge " + fromVertex + " -> " + toVertex + " has an unknown vertex");
            }
            if (!Double.isNaN(volumeShare) && (volumeShare < 0 || volumeShare > 1)) {
                throw new IllegalArgumentException("share " + volumeShare + " of edge " + ids[fromVertex] + " -> "
                        + ids[toVertex] + " is outside [0,1]");
            }
            if (commodityIdx < 0 || commodityIdx >= Math.max(1, commodities.size())) {
                throw new IllegalArgumentException("unknown commodity index " + commodityIdx);
            }
            if (fromVertex == toVertex) {
                return this;
            }
            if (edgeCount == from.length) {
                int cap = from.length * 2;
                from = Arrays.copyOf(from, cap);
                to = Arrays.copyOf(to, cap);
                edgeCommodity = Arrays.copyOf(edgeCommodity, cap);
                edgeShare = Arrays.copyOf(edgeShare, cap);
            }
            from[edgeCount] = fromVertex;
            to[edgeCount] = toVertex;
            edgeCommodity[edgeCount] = commodityIdx;
            edgeShare[edgeCount] = volumeShare;
            edgeFinancing.set(edgeCount, isFinancing);
            edgeCount++;
            return this;
        }

        /** Adds an edge by ids; {@code share} null = unknown. Unknown ids are an {@link IllegalArgumentException}. */
        public Builder addEdge(String fromId, String toId, String commodityCode, Double volumeShare,
                               boolean isFinancing) {
            Integer f = index.get(fromId);
            Integer t = index.get(toId);
            if (f == null || t == null) {
                throw new IllegalArgumentException("edge " + fromId + " -> " + toId + " has an unknown id: "
                        + (f == null ? fromId : toId));
            }
            return addEdge(f, t, commodity(commodityCode), volumeShare == null ? Double.NaN : volumeShare,
                    isFinancing);
        }

        public SupplyGraph build() {
            int n = vertexCount;
            int[] start = new int[n + 1];
            for (int i = 0; i < edgeCount; i++) {
                start[from[i] + 1]++;
            }
            for (int v = 0; v < n; v++) {
                start[v + 1] += start[v];
            }
            long[] keys = new long[edgeCount];   // (target << 32 | input index), sorted per buyer
            int[] fill = Arrays.copyOf(start, n);
            for (int i = 0; i < edgeCount; i++) {
                keys[fill[from[i]]++] = ((long) to[i] << 32) | i;
            }
            return merge(start, keys);
        }

        private SupplyGraph merge(int[] start, long[] keys) {
            int n = vertexCount;
            int[] outStart = new int[n + 1];
            int[] target = new int[edgeCount];
            double[] share = new double[edgeCount];
            int[] comm = new int[edgeCount];
            BitSet fin = new BitSet();
            int m = 0;
            for (int u = 0; u < n; u++) {
                Arrays.sort(keys, start[u], start[u + 1]);
                int first = m;
                for (int p = start[u]; p < start[u + 1]; p++) {
                    int t = (int) (keys[p] >>> 32);
                    int i = (int) keys[p];
                    if (m > first && target[m - 1] == t) {
                        share[m - 1] = maxKnown(share[m - 1], edgeShare[i]);
                        fin.set(m - 1, fin.get(m - 1) || edgeFinancing.get(i));
                        continue;
                    }
                    target[m] = t;
                    share[m] = edgeShare[i];
                    comm[m] = edgeCommodity[i];
                    fin.set(m, edgeFinancing.get(i));
                    m++;
                }
                outStart[u + 1] = m;
            }
            return new SupplyGraph(this, outStart, Arrays.copyOf(target, m), Arrays.copyOf(share, m),
                    Arrays.copyOf(comm, m), fin);
        }

        private static double maxKnown(double a, double b) {
            if (Double.isNaN(a)) {
                return b;
            }
            return Double.isNaN(b) ? a : Math.max(a, b);
        }
    }
}
