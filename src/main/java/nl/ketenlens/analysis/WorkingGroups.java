package nl.ketenlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

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
    private PhaseTimes phases;

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
            phases = new PhaseTimes();
            result = compute();
        }
        return result;
    }

    /** Wall and CPU seconds per phase of the {@link #result()} computation, in order (benchmarks only). */
    public synchronized Map<String, PhaseTimes.Phase> phases() {
        return phases == null ? Map.of() : phases.phases();
    }

    private void lap(String phase) {
        if (phases != null) {
            phases.lap(phase);
        }
    }

    private GroupsResult compute() {
        SupplyGraph g = input.graph();
        double[] r = input.risk().raw();
        Condensation cond = input.condensation();
        int[] sources = input.sources();
        int[] targets = java.util.stream.IntStream.range(0, g.vertexCount())
                .filter(v -> r[v] > 0 && cond.comp[v] >= 0).toArray();
        int[][] lists = targetLists(g, input.mask(), sources, targets);
        lap("target lists");
        int[][] nbr = new int[sources.length][];
        double[][] wgt = new double[sources.length][];
        similarityGraph(lists, targets.length, -1, nbr, wgt);
        int[] label = propagate(nbr, wgt);
        lap("propagation");
        GroupsResult out = groups(g, sources, targets, lists, label);
        lap("groups");
        return out;
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
        lap("join index");
        int[][] later = new int[k][];
        double[][] laterW = new double[k][];
        Parallel.run(k, pairs::buffer, (buf, q) -> laterSimilar(pairs, order, size, q, buf, later, laterW),
                (x, y) -> x);
        lap("join count");
        adjacency(later, laterW, nbr, wgt);
        lap("adjacency");
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
        // by selection index, so that adjacency() only merges (found in rank order; sorted here, in parallel)
        long[] keyed = new long[kept];
        for (int i = 0; i < kept; i++) {
            keyed[i] = ((long) js[i] << 32) | i;
        }
        Arrays.sort(keyed);
        later[a] = new int[kept];
        laterW[a] = new double[kept];
        for (int i = 0; i < kept; i++) {
            later[a][i] = (int) (keyed[i] >>> 32);
            laterW[a][i] = ws[(int) keyed[i]];
        }
    }

    /**
     * Symmetric adjacency from the pairs found once each ({@code later[a]} ascending): row {@code x} is the merge of
     * the companies that found {@code x} (collected in ascending order) and {@code later[x]}; neighbours ascending.
     * Each part owns a range of rows and reads its segment of every {@code later} list, so parts never collide.
     */
    private static void adjacency(int[][] later, double[][] laterW, int[][] nbr, double[][] wgt) {
        int k = later.length;
        int[] weight = new int[k];
        long pairs = 0;
        for (int a = 0; a < k; a++) {
            weight[a] = later[a].length + 1;
            pairs += later[a].length;
        }
        int parts = Postings.parts(pairs);
        int[] cut = LightWords.cuts(weight, parts);
        Parallel.run(parts, () -> nbr, (x, part) -> adjacencyRows(later, laterW, cut[part], cut[part + 1], nbr, wgt),
                (x, y) -> x);
    }

    private static void adjacencyRows(int[][] later, double[][] laterW, int lo, int hi, int[][] nbr, double[][] wgt) {
        int[] earlier = new int[hi - lo];
        for (int[] row : later) {
            for (int j = Postings.lowerBound(row, lo); j < row.length && row[j] < hi; j++) {
                earlier[row[j] - lo]++;
            }
        }
        for (int x = lo; x < hi; x++) {
            nbr[x] = new int[earlier[x - lo] + later[x].length];
            wgt[x] = new double[nbr[x].length];
        }
        int[] fill = new int[hi - lo];
        for (int a = 0; a < later.length; a++) {
            int[] row = later[a];
            for (int j = Postings.lowerBound(row, lo); j < row.length && row[j] < hi; j++) {
                int x = row[j];
                nbr[x][fill[x - lo]] = a;
                wgt[x][fill[x - lo]++] = laterW[a][j];
            }
        }
        for (int x = lo; x < hi; x++) {
            merge(x, fill[x - lo], later[x], laterW[x], nbr[x], wgt[x]);
        }
    }

    /** Merges {@code later} into the first {@code n} entries of {@code into} (both ascending, disjoint), in place. */
    private static void merge(int x, int n, int[] later, double[] laterW, int[] into, double[] intoW) {
        int i = n - 1;
        int j = later.length - 1;
        for (int out = into.length - 1; j >= 0; out--) {
            if (i >= 0 && into[i] > later[j]) {
                into[out] = into[i];
                intoW[out] = intoW[i--];
            } else {
                into[out] = later[j];
                intoW[out] = laterW[j--];
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
        HotspotClasses hotspotsOf = hotspotsByTarget(g.vertexCount(), targets);
        lap("groups: hotspot index");
        List<WorkingGroup> out = details(g, sources, targets, lists, found, hotspotsOf);
        alone.sort(Comparator.naturalOrder());
        return new GroupsResult(threshold, out, alone.size(), alone);
    }

    /**
     * The groups' details over both cores: first per group (largest first, taken by whichever thread is free) its
     * shared facilities, hotspots and mean-similarity counter; then the mean rows of all groups as one list of work
     * items, so the largest group (a quarter of the members, half of the pairs on the 100k network) does not leave
     * a core idle. Each mean is summed in its own order afterwards, so the doubles do not depend on the schedule.
     */
    private List<WorkingGroup> details(SupplyGraph g, int[] sources, int[] targets, int[][] lists,
                                       List<List<Integer>> found, HotspotClasses hotspotsOf) {
        int n = found.size();
        MeanRows[] means = new MeanRows[n];
        WorkingGroup[] partial = new WorkingGroup[n];
        Deadline deadline = Deadline.current();
        AtomicInteger next = new AtomicInteger();
        Parallel.run(Math.min(n, Parallel.threads()), () -> next, (x, task) -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                deadline.checkPassed();
                List<Integer> members = found.get(i);
                means[i] = new MeanRows(members, lists, targets.length, PairCounter.ALL_PAIRS);
                partial[i] = group(g, i + 1, sources, targets, lists, members, hotspotsOf);
            }
        }, (x, y) -> x);
        lap("groups: shared, hotspots, mean index");
        int[] first = new int[n + 1];
        int largest = 0;
        for (int i = 0; i < n; i++) {
            first[i + 1] = first[i] + means[i].rows();
            largest = Math.max(largest, means[i].rows());
        }
        int rowsInAll = first[n];
        int buffer = largest;
        Parallel.run(rowsInAll, () -> new int[buffer], (count, item) -> {
            int i = Arrays.binarySearch(first, item); // starts strictly ascending: every group has ≥ 2 rows
            i = i >= 0 ? i : -i - 2;
            means[i].row(item - first[i], count);
        }, (x, y) -> x);
        List<WorkingGroup> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            WorkingGroup p = partial[i];
            out.add(new WorkingGroup(p.rank(), p.companies(), p.companyIds(), means[i].mean(), p.sharedFacilities(),
                    p.sharedHotspots()));
        }
        lap("groups: means");
        return out;
    }

    /** A group without its mean similarity (0 until {@link #details} fills it in). */
    private WorkingGroup group(SupplyGraph g, int rank, int[] sources, int[] targets, int[][] lists,
                               List<Integer> members, HotspotClasses hotspotsOf) {
        double[] r = input.risk().raw();
        int[] count = new int[targets.length];
        for (int i : members) {
            for (int t : lists[i]) {
                count[t]++;
            }
        }
        // the SHARED_LIMIT first in this total order (ids are unique), kept in a bounded heap instead of sorting all
        Comparator<WorkingGroup.SharedFacility> binding = Comparator
                .<WorkingGroup.SharedFacility>comparingDouble(s -> -s.members() * s.riskWeight())
                .thenComparing(WorkingGroup.SharedFacility::facilityId);
        java.util.PriorityQueue<WorkingGroup.SharedFacility> top = new java.util.PriorityQueue<>(binding.reversed());
        for (int t = 0; t < targets.length; t++) {
            if (count[t] < 2) {
                continue;
            }
            double key = -count[t] * r[targets[t]];
            if (top.size() == SHARED_LIMIT && key > -top.peek().members() * top.peek().riskWeight()) {
                continue; // strictly less binding than the least binding kept: never among the first
            }
            WorkingGroup.SharedFacility s = new WorkingGroup.SharedFacility(g.id(targets[t]), count[t], r[targets[t]]);
            if (top.size() < SHARED_LIMIT) {
                top.add(s);
            } else if (binding.compare(s, top.peek()) < 0) {
                top.poll();
                top.add(s);
            }
        }
        List<WorkingGroup.SharedFacility> shared = new ArrayList<>(top);
        shared.sort(binding);
        List<String> ids = members.stream().map(i -> g.id(sources[i])).sorted().toList();
        return new WorkingGroup(rank, members.size(), ids, 0, shared, hotspots(lists, members, hotspotsOf));
    }

    /**
     * Mean Jaccard over all member pairs, summed in the pairwise order ({@code a < b} by selection index; pairs
     * without a common target add nothing), intersections from a {@link PairCounter} over the members alone, rows in
     * parallel, the sum in order so the double is the same however the rows are scheduled ({@link MeanRows}).
     */
    static double meanSimilarity(List<Integer> members, int[][] lists, int columns, int heavy) {
        MeanRows m = new MeanRows(members, lists, columns, heavy);
        Parallel.run(m.rows(), () -> new int[m.rows()], (count, a) -> m.row(a, count), (x, y) -> x);
        return m.mean();
    }

    /**
     * Per target index, the hotspots (by position in the risk profile) holding that facility, as a class: targets
     * held by the same hotspots share one class, so a member's hotspots come from the few classes it reaches rather
     * than from every target it reaches. Facilities are mapped to target indices through one vertex-indexed array,
     * each hotspot counted once per target.
     */
    private HotspotClasses hotspotsByTarget(int vertices, int[] targets) {
        List<Hotspot> all = input.risk().hotspots();
        int[] index = new int[vertices];
        Arrays.fill(index, -1);
        for (int t = 0; t < targets.length; t++) {
            index[targets[t]] = t;
        }
        int[] count = new int[targets.length];
        int[] seen = new int[targets.length];
        Arrays.fill(seen, -1);
        int[][] at = new int[all.size()][];
        for (int h = 0; h < all.size(); h++) {
            int[] facilities = all.get(h).raw();
            int[] ts = new int[facilities.length];
            int n = 0;
            for (int f : facilities) {
                int t = f >= 0 && f < vertices ? index[f] : -1;
                if (t >= 0 && seen[t] != h) {
                    seen[t] = h;
                    ts[n++] = t;
                    count[t]++;
                }
            }
            at[h] = Arrays.copyOf(ts, n);
        }
        int[][] of = new int[targets.length][];
        for (int t = 0; t < targets.length; t++) {
            of[t] = new int[count[t]];
        }
        int[] fill = new int[targets.length];
        for (int h = 0; h < at.length; h++) {
            for (int t : at[h]) {
                of[t][fill[t]++] = h;
            }
        }
        return HotspotClasses.of(of);
    }

    /** Target → class of equal hotspot lists (-1: none), and per class its hotspots ascending. */
    private record HotspotClasses(int[] classOf, int[][] hotspots) {
        static HotspotClasses of(int[][] byTarget) {
            Map<List<Integer>, Integer> ids = new java.util.HashMap<>();
            List<int[]> lists = new ArrayList<>();
            int[] classOf = new int[byTarget.length];
            for (int t = 0; t < byTarget.length; t++) {
                int[] hs = byTarget[t];
                if (hs.length == 0) {
                    classOf[t] = -1;
                    continue;
                }
                classOf[t] = ids.computeIfAbsent(Arrays.stream(hs).boxed().toList(), k -> {
                    lists.add(hs);
                    return lists.size() - 1;
                });
            }
            return new HotspotClasses(classOf, lists.toArray(int[][]::new));
        }
    }

    private List<WorkingGroup.SharedHotspot> hotspots(int[][] lists, List<Integer> members, HotspotClasses classes) {
        List<Hotspot> all = input.risk().hotspots();
        int[] reached = new int[all.size()];
        int[] seen = new int[all.size()];
        Arrays.fill(seen, -1);
        int[] classSeen = new int[classes.hotspots().length];
        Arrays.fill(classSeen, -1);
        int[] classOf = classes.classOf();
        for (int i : members) {
            for (int t : lists[i]) {
                int c = classOf[t];
                if (c < 0 || classSeen[c] == i) {
                    continue;
                }
                classSeen[c] = i;
                for (int h : classes.hotspots()[c]) {
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
