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
 * <p>Sets {@code T(c)} come from word-parallel upward propagation over the condensed DAG, 512 targets per pass
 * ({@code O(⌈|T|/64⌉ (n + m))}); similarities from an inverted index of targets to the companies reaching them, so
 * only pairs sharing a target are counted ({@code O(Σ_t |P(t)|² / 2 / threads)} with {@code P(t)} the companies
 * reaching {@code t}, instead of {@code O(|S|² ⌈|T|/64⌉)} for all pairs; set-similarity joins by inverted index:
 * Sarawagi &amp; Kirpal 2004, Bayardo, Ma &amp; Srikant 2007).
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
        long[][] sets = targetSets(g, cond, sources, targets);
        int[][] nbr = new int[sources.length][];
        double[][] wgt = new double[sources.length][];
        similarityGraph(sets, nbr, wgt);
        int[] label = propagate(nbr, wgt);
        return groups(g, sources, targets, sets, label, nbr, wgt);
    }

    /**
     * Row per selected company: bitset over {@code targets} of the targets it reaches. Targets go up the condensed
     * DAG 512 at a time ({@link Condensation#propagateUpWide}).
     */
    static long[][] targetSets(SupplyGraph g, Condensation cond, int[] sources, int[] targets) {
        int width = Condensation.WIDTH;
        int words = (targets.length + 63) >>> 6;
        long[][] sets = new long[sources.length][words];
        int passes = (words + width - 1) / width;
        Parallel.run(passes, () -> Boolean.TRUE, (unused, b) -> {
            long[] mask = new long[cond.count * width];
            boolean[] nonZero = new boolean[cond.count];
            int base = b * width * 64;
            for (int j = 0; j < width * 64 && base + j < targets.length; j++) {
                int c = cond.comp[targets[base + j]];
                mask[c * width + (j >>> 6)] |= 1L << j;
                nonZero[c] = true;
            }
            cond.propagateUpWide(g, mask, nonZero);
            for (int i = 0; i < sources.length; i++) {
                int row = cond.comp[sources[i]] * width;
                for (int k = 0; k < width && b * width + k < words; k++) {
                    sets[i][b * width + k] = mask[row + k];
                }
            }
        }, (a, b) -> a);
        return sets;
    }

    /**
     * Similarity graph through an inverted index: per target the companies reaching it, in order of set size; each
     * company counts, over its targets, the larger companies sharing each one, stopping at the first whose size
     * alone rules out {@code J ≥ threshold} ({@code J(a, b) ≤ |a| / |b|}, the size filter of Bayardo, Ma &amp; Srikant
     * 2007). So only pairs with a common target and compatible sizes are touched ({@code O(Σ_t |P(t)|² / 2)}
     * increments at worst, instead of {@code |S|² · ⌈|T|/64⌉} word operations). Neighbour lists come out in
     * ascending order with the same Jaccard value as {@link #jaccard}, so label propagation sees exactly the graph
     * the pairwise comparison built.
     */
    void similarityGraph(long[][] sets, int[][] nbr, double[][] wgt) {
        int k = sets.length;
        int[] size = new int[k];
        for (int i = 0; i < k; i++) {
            for (long w : sets[i]) {
                size[i] += Long.bitCount(w);
            }
        }
        Index index = new Index(sets, size);
        int[][] later = new int[k][];
        double[][] laterW = new double[k][];
        Parallel.run(k, () -> new int[2][k], (buf, a) -> laterSimilar(index, a, buf, later, laterW), (x, y) -> x);
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

    /** Postings by size rank; per company the position of its own entry in each of its targets' postings. */
    private final class Index {
        final int[] size;
        final int[] order;     // rank -> company, by (size, index)
        final int[] rank;
        final int[] limit;     // per company: the largest rank whose size still allows J >= threshold
        final int[][] post;    // target -> ascending ranks
        final int[][] self;    // company -> for each of its targets (ascending), its position in that posting
        final int[][] targetsOf;

        Index(long[][] sets, int[] size) {
            int k = sets.length;
            this.size = size;
            this.order = java.util.stream.IntStream.range(0, k).boxed()
                    .sorted(Comparator.<Integer>comparingInt(i -> size[i]).thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            this.rank = new int[k];
            for (int r = 0; r < k; r++) {
                rank[order[r]] = r;
            }
            this.limit = new int[k];
            for (int a = 0; a < k; a++) {
                int lo = rank[a];
                int hi = k - 1;
                while (lo < hi) {        // last rank r with !(size[a] / size[order[r]] < threshold); sizes ascend
                    int mid = (lo + hi + 1) >>> 1;
                    if ((double) size[a] / size[order[mid]] < threshold) {
                        hi = mid - 1;
                    } else {
                        lo = mid;
                    }
                }
                limit[a] = lo;
            }
            int bits = k == 0 ? 0 : sets[0].length << 6;
            int[] count = new int[bits];
            this.targetsOf = new int[k][];
            for (int i = 0; i < k; i++) {
                int[] ts = new int[size[i]];
                int[] n = {0};
                forEachBit(sets[i], t -> {
                    ts[n[0]++] = t;
                    count[t]++;
                });
                targetsOf[i] = ts;
            }
            this.post = new int[bits][];
            for (int t = 0; t < bits; t++) {
                post[t] = new int[count[t]];
            }
            int[] fill = new int[bits];
            this.self = new int[k][];
            for (int r = 0; r < k; r++) {
                int[] ts = targetsOf[order[r]];
                int[] at = new int[ts.length];
                for (int j = 0; j < ts.length; j++) {
                    at[j] = fill[ts[j]];
                    post[ts[j]][fill[ts[j]]++] = r;
                }
                self[order[r]] = at;
            }
        }
    }

    private void laterSimilar(Index index, int a, int[][] buf, int[][] later, double[][] laterW) {
        int[] count = buf[0];
        int[] touched = buf[1];
        int n = 0;
        int[] ts = index.targetsOf[a];
        int[] at = index.self[a];
        int limit = index.limit[a];
        for (int j = 0; j < ts.length; j++) {
            int[] p = index.post[ts[j]];
            for (int q = at[j] + 1; q < p.length && p[q] <= limit; q++) {
                if (count[p[q]]++ == 0) {
                    touched[n++] = p[q];
                }
            }
        }
        int[] js = new int[n];
        double[] ws = new double[n];
        int kept = 0;
        int[] size = index.size;
        for (int i = 0; i < n; i++) {
            int r = touched[i];
            int b = index.order[r];
            int inter = count[r];
            count[r] = 0;
            double sim = (double) inter / (size[a] + size[b] - inter);
            if (sim >= threshold) {
                js[kept] = b;
                ws[kept++] = sim;
            }
        }
        later[a] = Arrays.copyOf(js, kept);
        laterW[a] = Arrays.copyOf(ws, kept);
    }

    /** Per target word position, the ascending company indices whose set holds it. */
    private static int[][] postings(long[][] sets, int[] size) {
        int bits = sets.length == 0 ? 0 : sets[0].length << 6;
        int[] count = new int[bits];
        for (long[] set : sets) {
            forEachBit(set, t -> count[t]++);
        }
        int[][] post = new int[bits][];
        for (int t = 0; t < bits; t++) {
            post[t] = new int[count[t]];
        }
        int[] fill = new int[bits];
        for (int i = 0; i < sets.length; i++) {
            int company = i;
            forEachBit(sets[i], t -> post[t][fill[t]++] = company);
        }
        return post;
    }

    private static void forEachBit(long[] set, java.util.function.IntConsumer action) {
        for (int w = 0; w < set.length; w++) {
            for (long bits = set[w]; bits != 0; bits &= bits - 1) {
                action.accept((w << 6) + Long.numberOfTrailingZeros(bits));
            }
        }
    }

    static double jaccard(long[] a, long[] b, int sizeA, int sizeB) {
        int inter = 0;
        for (int w = 0; w < a.length; w++) {
            inter += Long.bitCount(a[w] & b[w]);
        }
        return (double) inter / (sizeA + sizeB - inter);
    }

    private static int[] propagate(int[][] nbr, double[][] wgt) {
        int k = nbr.length;
        int[] label = new int[k];
        Arrays.setAll(label, i -> i);
        double[] score = new double[k];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (int i = 0; i < k; i++) {
                if (nbr[i].length == 0) {
                    continue;
                }
                for (int p = 0; p < nbr[i].length; p++) {
                    score[label[nbr[i][p]]] += wgt[i][p];
                }
                double max = 0;
                for (int p = 0; p < nbr[i].length; p++) {
                    max = Math.max(max, score[label[nbr[i][p]]]);
                }
                int best = label[i];
                if (score[best] < max) {
                    best = Integer.MAX_VALUE;
                    for (int p = 0; p < nbr[i].length; p++) {
                        int l = label[nbr[i][p]];
                        if (score[l] == max && l < best) {
                            best = l;
                        }
                    }
                }
                for (int p = 0; p < nbr[i].length; p++) {
                    score[label[nbr[i][p]]] = 0;
                }
                score[label[i]] = 0;
                if (best != label[i]) {
                    label[i] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return label;
    }

    private GroupsResult groups(SupplyGraph g, int[] sources, int[] targets, long[][] sets, int[] label,
                                int[][] nbr, double[][] wgt) {
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
        List<WorkingGroup> out = new ArrayList<>();
        for (List<Integer> members : found) {
            out.add(group(g, out.size() + 1, sources, targets, sets, members, label, nbr, wgt));
        }
        alone.sort(Comparator.naturalOrder());
        return new GroupsResult(threshold, out, alone.size(), alone);
    }

    private WorkingGroup group(SupplyGraph g, int rank, int[] sources, int[] targets, long[][] sets,
                               List<Integer> members, int[] label, int[][] nbr, double[][] wgt) {
        double[] r = input.risk().raw();
        int[] count = new int[targets.length];
        for (int i : members) {
            for (int w = 0; w < sets[i].length; w++) {
                for (long bits = sets[i][w]; bits != 0; bits &= bits - 1) {
                    count[(w << 6) + Long.numberOfTrailingZeros(bits)]++;
                }
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
        return new WorkingGroup(rank, members.size(), ids, meanSimilarity(members, sets),
                shared.subList(0, Math.min(SHARED_LIMIT, shared.size())), hotspots(targets, sets, members));
    }

    /**
     * Mean Jaccard over all member pairs, summed in the pairwise order ({@code a < b} by selection index) but
     * counting intersections through the members' own inverted index (members in parallel), so pairs without a
     * common target cost nothing.
     */
    private static double meanSimilarity(List<Integer> members, long[][] sets) {
        int k = members.size();
        long[][] own = new long[k][];
        int[] size = new int[k];
        for (int i = 0; i < k; i++) {
            own[i] = sets[members.get(i)];
            for (long w : own[i]) {
                size[i] += Long.bitCount(w);
            }
        }
        int[][] postings = postings(own, size);
        double[][] sims = new double[k][];
        Parallel.run(k, () -> new int[2][k], (buf, a) -> sims[a] = similarities(own, size, postings, a, buf),
                (x, y) -> x);
        double sum = 0;
        for (double[] row : sims) {
            for (double sim : row) {
                sum += sim;
            }
        }
        long pairs = (long) k * (k - 1) / 2;
        return pairs == 0 ? 0 : sum / pairs;
    }

    /** Jaccard of member {@code a} with every later member sharing a target, in ascending member order. */
    private static double[] similarities(long[][] own, int[] size, int[][] postings, int a, int[][] buf) {
        int[] count = buf[0];
        int[] touched = buf[1];
        int n = 0;
        for (int w = 0; w < own[a].length; w++) {
            for (long bits = own[a][w]; bits != 0; bits &= bits - 1) {
                int[] p = postings[(w << 6) + Long.numberOfTrailingZeros(bits)];
                for (int q = Arrays.binarySearch(p, a) + 1; q < p.length; q++) {
                    if (count[p[q]]++ == 0) {
                        touched[n++] = p[q];
                    }
                }
            }
        }
        Arrays.sort(touched, 0, n);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int b = touched[i];
            out[i] = (double) count[b] / (size[a] + size[b] - count[b]);
            count[b] = 0;
        }
        return out;
    }

    private List<WorkingGroup.SharedHotspot> hotspots(int[] targets, long[][] sets, List<Integer> members) {
        List<WorkingGroup.SharedHotspot> out = new ArrayList<>();
        for (Hotspot h : input.risk().hotspots()) {
            int[] at = Arrays.stream(h.raw()).map(f -> Arrays.binarySearch(targets, f)).filter(t -> t >= 0).toArray();
            int reached = 0;
            for (int i : members) {
                for (int t : at) {
                    if ((sets[i][t >>> 6] & (1L << t)) != 0) {
                        reached++;
                        break;
                    }
                }
            }
            if (reached >= 2) {
                out.add(new WorkingGroup.SharedHotspot(h.key(), reached));
            }
        }
        out.sort(Comparator.comparingInt(WorkingGroup.SharedHotspot::members).reversed()
                .thenComparing(WorkingGroup.SharedHotspot::hotspotKey));
        return out;
    }
}
