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
 * <p>Sets {@code T(c)} come from word-parallel upward propagation over blocks of 64 targets
 * ({@code O(⌈|T|/64⌉ (n + m))}), similarities from pairwise popcounts ({@code O(|S|² ⌈|T|/64⌉ / threads)}).
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

    /** Row per selected company: bitset over {@code targets} of the targets it reaches. */
    static long[][] targetSets(SupplyGraph g, Condensation cond, int[] sources, int[] targets) {
        int words = (targets.length + 63) >>> 6;
        long[][] sets = new long[sources.length][words];
        Parallel.run(words, () -> new long[cond.count], (mask, b) -> {
            Arrays.fill(mask, 0);
            for (int j = 0; j < 64 && (b << 6) + j < targets.length; j++) {
                mask[cond.comp[targets[(b << 6) + j]]] |= 1L << j;
            }
            cond.propagateUp(g, mask);
            for (int i = 0; i < sources.length; i++) {
                sets[i][b] = mask[cond.comp[sources[i]]];
            }
        }, (a, b) -> a);
        return sets;
    }

    private void similarityGraph(long[][] sets, int[][] nbr, double[][] wgt) {
        int k = sets.length;
        int[] size = new int[k];
        for (int i = 0; i < k; i++) {
            for (long w : sets[i]) {
                size[i] += Long.bitCount(w);
            }
        }
        Parallel.run(k, () -> Boolean.TRUE, (unused, i) -> {
            int[] js = new int[k];
            double[] ws = new double[k];
            int count = 0;
            for (int j = 0; j < k; j++) {
                double sim = j != i && size[i] > 0 && size[j] > 0 ? jaccard(sets[i], sets[j], size[i], size[j]) : 0;
                if (sim >= threshold) {
                    js[count] = j;
                    ws[count++] = sim;
                }
            }
            nbr[i] = Arrays.copyOf(js, count);
            wgt[i] = Arrays.copyOf(ws, count);
        }, (a, b) -> a);
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

    private static double meanSimilarity(List<Integer> members, long[][] sets) {
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                long[] x = sets[members.get(a)];
                long[] y = sets[members.get(b)];
                int sx = Arrays.stream(x).mapToInt(Long::bitCount).sum();
                int sy = Arrays.stream(y).mapToInt(Long::bitCount).sum();
                sum += sx + sy == 0 ? 0 : jaccard(x, y, sx, sy);
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    private List<WorkingGroup.SharedHotspot> hotspots(int[] targets, long[][] sets, List<Integer> members) {
        List<WorkingGroup.SharedHotspot> out = new ArrayList<>();
        for (Hotspot h : input.risk().hotspots()) {
            int reached = 0;
            for (int i : members) {
                boolean any = false;
                for (int f : h.raw()) {
                    int t = Arrays.binarySearch(targets, f);
                    any |= t >= 0 && (sets[i][t >>> 6] & (1L << t)) != 0;
                }
                reached += any ? 1 : 0;
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
