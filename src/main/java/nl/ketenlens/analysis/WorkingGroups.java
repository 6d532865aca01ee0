package nl.ketenlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Working-group suggestion. For each selected company {@code c} let {@code T(c)} be the risk-bearing unengaged
 * facilities it reaches. Two companies are similar with weight {@code J(a, b) = |T(a) ∩ T(b)| / |T(a) ∪ T(b)|}
 * (Jaccard) when {@code J ≥ threshold} (default 0.2). Groups are the communities of that similarity graph found by
 * deterministic label propagation (Raghavan, Albert &amp; Kumara 2007): every company starts with its own label;
 * companies are visited in selection order and take the label with the largest summed similarity among their
 * neighbours (ties: keep the current label if it is among the best, else the smallest), until no label changes (at
 * most 100 rounds). Groups of one are reported as ungrouped.
 *
 * <p>Sets {@code T(c)} come from one BFS per company ({@code O(Σ_c reached(c))}); intersections from
 * {@link PairCounter}: companies ranked by set size and paired only within the size filter, shared hubs counted
 * as dense bitsets ({@code AND + popcount}), the other targets through an inverted index of targets to the
 * companies reaching them, so a pair costs one word per 64 hubs plus one increment per shared ordinary target
 * (set-similarity joins by inverted index: Sarawagi &amp; Kirpal 2004, Bayardo, Ma &amp; Srikant 2007). Exact: the
 * similarity graph, the groups and the mean similarities are the same doubles the all-pairs comparison gives.
 * Measured on the 100k-facility network (6.7k companies, 100k risk-bearing targets): see ADR 0012.
 * Oracle in tests: JGraphT {@code LabelPropagationClustering} on clearly separated groups, and Jaccard by
 * {@code java.util.Set}s from BFS.
 */
public final class WorkingGroups {
    public static final double DEFAULT_THRESHOLD = 0.2;
    private static final int MAX_ROUNDS = 100;
    private static final int SHARED_LIMIT = 10;
    private final LeverageInput input;
    private final double threshold;
    private GroupsResult result;

    public WorkingGroups(LeverageInput input) {
        this(input, DEFAULT_THRESHOLD);
    }

    public WorkingGroups(LeverageInput input, double threshold) {
        if (input == null) {
            throw new IllegalArgumentException("input is required");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0,1], got " + threshold);
        }
        this.input = input;
        this.threshold = threshold;
    }

    public synchronized GroupsResult result() {
        if (result == null) {
            result = compute();
        }
        return result;
    }

    private GroupsResult compute() {
        SupplyGraph g = input.graph();
        double[] r = input.risk().raw();
        Condensation cond = input.condensation();
        int[] sources = input.sources();
        int[] targets = java.util.stream.IntStream.range(0, g.vertexCount())
                .filter(v -> r[v] > 0 && cond.comp[v] >= 0).toArray();
        int[][] lists = targetLists(g, input.mask(), sources, targets);
        int[][] nbr = new int[sources.length][];
        double[][] wgt = new double[sources.length][];
        similarityGraph(lists, targets.length, -1, nbr, wgt);
        int[] label = propagate(nbr, wgt);
        return groups(g, sources, targets, lists, label);
    }

    /** Row per selected company: its target indices ascending (see {@link TargetLists}). */
    static int[][] targetLists(SupplyGraph g, boolean[] mask, int[] sources, int[] targets) {
        return TargetLists.of(g, mask, sources, targets);
    }

    /**
     * Similarity graph: companies ranked by set size, each paired only with the larger companies its size still
     * allows ({@code J(a, b) ≤ |a| / |b|}, the size filter of Bayardo, Ma &amp; Srikant 2007), intersections counted
     * exactly by {@link PairCounter} (hubs as dense bitsets, the rest through an inverted index). Neighbour lists
     * come out in ascending order with the Jaccard value {@code inter / (|a| + |b| − inter)}, the same double the
     * pairwise comparison computes. {@code heavy} forces the dense column count (-1: cost model); tests only.
     */
    void similarityGraph(int[][] lists, int columns, int heavy, int[][] nbr, double[][] wgt) {
        int k = lists.length;
        int[] size = new int[k];
        for (int i = 0; i < k; i++) {
            size[i] = lists[i].length;
        }
        int[] order = java.util.stream.IntStream.range(0, k).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> size[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        int[][] ranked = new int[k][];
        for (int q = 0; q < k; q++) {
            ranked[q] = lists[order[q]];
        }
        PairCounter pairs = new PairCounter(ranked, columns, sizeLimits(size, order), heavy);
        int[][] later = new int[k][];
        double[][] laterW = new double[k][];
        Parallel.run(k, pairs::buffer, (buf, q) -> laterSimilar(pairs, order, size, q, buf, later, laterW),
                (x, y) -> x);
        adjacency(later, laterW, nbr, wgt);
    }

    /** Per rank, the last rank whose size still allows {@code J ≥ threshold}: sizes ascend along the ranks. */
    private int[] sizeLimits(int[] size, int[] order) {
        int k = order.length;
        int[] limit = new int[k];
        for (int q = 0; q < k; q++) {
            int a = order[q];
            int lo = q;
            int hi = k - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if ((double) size[a] / size[order[mid]] < threshold) {
                    hi = mid - 1;
                } else {
                    lo = mid;
                }
            }
            limit[q] = lo;
        }
        return limit;
    }

    private void laterSimilar(PairCounter pairs, int[] order, int[] size, int q, int[] count, int[][] later,
                              double[][] laterW) {
        pairs.count(q, count, threshold);
        int a = order[q];
        int lim = pairs.limit(q);
        int[] js = new int[Math.max(0, lim - q)];
        double[] ws = new double[js.length];
        int kept = 0;
        for (int p = q + 1; p <= lim; p++) {
            int inter = count[p];
            if (inter == 0) {
                continue;
            }
            int b = order[p];
            double sim = (double) inter / (size[a] + size[b] - inter);
            if (sim >= threshold) {
                js[kept] = b;
                ws[kept++] = sim;
            }
        }
        pairs.reset(q, count);
        later[a] = Arrays.copyOf(js, kept);
        laterW[a] = Arrays.copyOf(ws, kept);
    }

    /** Symmetric adjacency from the pairs found once each; neighbours ascending. */
    private static void adjacency(int[][] later, double[][] laterW, int[][] nbr, double[][] wgt) {
        int k = later.length;
        int[] degree = new int[k];
        for (int a = 0; a < k; a++) {
            degree[a] += later[a].length;
            for (int b : later[a]) {
                degree[b]++;
            }
        }
        int[] fill = new int[k];
        long[][] keyed = new long[k][];
        for (int a = 0; a < k; a++) {
            keyed[a] = new long[degree[a]];
        }
        double[] pairW = new double[Arrays.stream(degree).sum() / 2];
        int pair = 0;
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < later[a].length; p++, pair++) {
                int b = later[a][p];
                pairW[pair] = laterW[a][p];
                keyed[a][fill[a]++] = ((long) b << 32) | pair;
                keyed[b][fill[b]++] = ((long) a << 32) | pair;
            }
        }
        for (int a = 0; a < k; a++) {
            Arrays.sort(keyed[a]);
            nbr[a] = new int[degree[a]];
            wgt[a] = new double[degree[a]];
            for (int p = 0; p < degree[a]; p++) {
                nbr[a][p] = (int) (keyed[a][p] >>> 32);
                wgt[a][p] = pairW[(int) keyed[a][p]];
            }
        }
    }

    /**
     * Label propagation in selection order. A company's choice depends only on its own label and its neighbours'
     * labels, so a company none of whose neighbours changed since it last chose would choose the same again: it is
     * skipped (and the rounds, the order and the answer stay those of visiting everyone).
     */
    static int[] propagate(int[][] nbr, double[][] wgt) {
        int k = nbr.length;
        int[] label = new int[k];
        Arrays.setAll(label, i -> i);
        double[] score = new double[k];
        boolean[] dirty = new boolean[k];
        Arrays.fill(dirty, true);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (int i = 0; i < k; i++) {
                if (!dirty[i] || nbr[i].length == 0) {
                    continue;
                }
                dirty[i] = false;
                int best = choose(i, nbr[i], wgt[i], label, score);
                if (best != label[i]) {
                    label[i] = best;
                    changed = true;
                    for (int j : nbr[i]) {
                        dirty[j] = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return label;
    }

    /** The label with the largest summed similarity among {@code i}'s neighbours (ties: current, else smallest). */
    private static int choose(int i, int[] nbr, double[] wgt, int[] label, double[] score) {
        for (int p = 0; p < nbr.length; p++) {
            score[label[nbr[p]]] += wgt[p];
        }
        double max = 0;
        for (int j : nbr) {
            max = Math.max(max, score[label[j]]);
        }
        int best = label[i];
        if (score[best] < max) {
            best = Integer.MAX_VALUE;
            for (int j : nbr) {
                int l = label[j];
                if (score[l] == max && l < best) {
                    best = l;
                }
            }
        }
        for (int j : nbr) {
            score[label[j]] = 0;
        }
        score[label[i]] = 0;
        return best;
    }

    private GroupsResult groups(SupplyGraph g, int[] sources, int[] targets, int[][] lists, int[] label) {
        Map<Integer, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < sources.length; i++) {
            byLabel.computeIfAbsent(label[i], x -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> found = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        for (List<Integer> members : byLabel.values()) {
            if (members.size() >= 2) {
                found.add(members);
            } else {
                alone.add(g.id(sources[members.get(0)]));
            }
        }
        found.sort(Comparator.<List<Integer>>comparingInt(l -> -l.size()).thenComparingInt(l -> l.get(0)));
        int[][] hotspotsOf = hotspotsByTarget(targets);
        List<WorkingGroup> out = new ArrayList<>();
        for (List<Integer> members : found) {
            out.add(group(g, out.size() + 1, sources, targets, lists, members, hotspotsOf));
        }
        alone.sort(Comparator.naturalOrder());
        return new GroupsResult(threshold, out, alone.size(), alone);
    }

    private WorkingGroup group(SupplyGraph g, int rank, int[] sources, int[] targets, int[][] lists,
                               List<Integer> members, int[][] hotspotsOf) {
        double[] r = input.risk().raw();
        int[] count = new int[targets.length];
        for (int i : members) {
            for (int t : lists[i]) {
                count[t]++;
            }
        }
        List<WorkingGroup.SharedFacility> shared = new ArrayList<>();
        for (int t = 0; t < targets.length; t++) {
            if (count[t] >= 2) {
                shared.add(new WorkingGroup.SharedFacility(g.id(targets[t]), count[t], r[targets[t]]));
            }
        }
        shared.sort(Comparator.<WorkingGroup.SharedFacility>comparingDouble(s -> -s.members() * s.riskWeight())
                .thenComparing(WorkingGroup.SharedFacility::facilityId));
        List<String> ids = members.stream().map(i -> g.id(sources[i])).sorted().toList();
        return new WorkingGroup(rank, members.size(), ids, meanSimilarity(members, lists, targets.length, PairCounter.ALL_PAIRS),
                shared.subList(0, Math.min(SHARED_LIMIT, shared.size())), hotspots(lists, members, hotspotsOf));
    }

    /**
     * Mean Jaccard over all member pairs, summed in the pairwise order ({@code a < b} by selection index; pairs
     * without a common target add nothing), intersections from a {@link PairCounter} over the members alone, rows in
     * parallel, the sum in order so the double is the same however the rows are scheduled.
     */
    static double meanSimilarity(List<Integer> members, int[][] lists, int columns, int heavy) {
        int k = members.size();
        int[][] own = new int[k][];
        for (int i = 0; i < k; i++) {
            own[i] = lists[members.get(i)];
        }
        int used = compactColumns(own, columns);
        PairCounter pairs = new PairCounter(own, used, null, heavy);
        double[][] sims = new double[k][];
        Parallel.run(k, pairs::buffer, (count, a) -> {
            pairs.count(a, count, 0);
            double[] row = new double[k - a - 1];
            int n = 0;
            for (int b = a + 1; b < k; b++) {
                if (count[b] > 0) {
                    row[n++] = (double) count[b] / (own[a].length + own[b].length - count[b]);
                }
            }
            pairs.reset(a, count);
            sims[a] = Arrays.copyOf(row, n);
        }, (x, y) -> x);
        double sum = 0;
        for (double[] row : sims) {
            for (double sim : row) {
                sum += sim;
            }
        }
        long pairCount = (long) k * (k - 1) / 2;
        return pairCount == 0 ? 0 : sum / pairCount;
    }

    /**
     * Renumbers the columns the rows use to {@code 0..used-1}, order kept (lists stay ascending, intersections the
     * same), so a small group's counter costs what the group holds rather than {@code O(columns)}. Returns used.
     */
    private static int compactColumns(int[][] rows, int columns) {
        long[] seen = new long[(columns + 63) >>> 6];
        for (int[] row : rows) {
            for (int t : row) {
                seen[t >>> 6] |= 1L << t;
            }
        }
        int[] before = new int[seen.length + 1];
        for (int w = 0; w < seen.length; w++) {
            before[w + 1] = before[w] + Long.bitCount(seen[w]);
        }
        for (int i = 0; i < rows.length; i++) {
            int[] row = new int[rows[i].length];
            for (int j = 0; j < row.length; j++) {
                int t = rows[i][j];
                row[j] = before[t >>> 6] + Long.bitCount(seen[t >>> 6] & ((1L << t) - 1));
            }
            rows[i] = row;
        }
        return before[seen.length];
    }

    /** Per target index, the hotspots (by position in the risk profile) holding that facility. */
    private int[][] hotspotsByTarget(int[] targets) {
        List<Hotspot> all = input.risk().hotspots();
        int[] count = new int[targets.length];
        int[][] at = new int[all.size()][];
        for (int h = 0; h < all.size(); h++) {
            at[h] = Arrays.stream(all.get(h).raw()).map(f -> Arrays.binarySearch(targets, f)).filter(t -> t >= 0)
                    .distinct().toArray();
            for (int t : at[h]) {
                count[t]++;
            }
        }
        int[][] out = new int[targets.length][];
        for (int t = 0; t < targets.length; t++) {
            out[t] = new int[count[t]];
        }
        int[] fill = new int[targets.length];
        for (int h = 0; h < at.length; h++) {
            for (int t : at[h]) {
                out[t][fill[t]++] = h;
            }
        }
        return out;
    }

    private List<WorkingGroup.SharedHotspot> hotspots(int[][] lists, List<Integer> members, int[][] hotspotsOf) {
        List<Hotspot> all = input.risk().hotspots();
        int[] reached = new int[all.size()];
        int[] seen = new int[all.size()];
        Arrays.fill(seen, -1);
        for (int i : members) {
            for (int t : lists[i]) {
                for (int h : hotspotsOf[t]) {
                    if (seen[h] != i) {
                        seen[h] = i;
                        reached[h]++;
                    }
                }
            }
        }
        List<WorkingGroup.SharedHotspot> out = new ArrayList<>();
        for (int h = 0; h < all.size(); h++) {
            if (reached[h] >= 2) {
                out.add(new WorkingGroup.SharedHotspot(all.get(h).key(), reached[h]));
            }
        }
        out.sort(Comparator.comparingInt(WorkingGroup.SharedHotspot::members).reversed()
                .thenComparing(WorkingGroup.SharedHotspot::hotspotKey));
        return out;
    }
}
