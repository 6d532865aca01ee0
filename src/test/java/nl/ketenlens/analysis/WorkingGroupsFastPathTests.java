package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.MaskSubgraph;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@link WorkingGroups} (BFS target lists, {@link PairCounter} with hubs as dense bitsets, label
 * propagation that skips settled companies) against a naive one written from the definition: target sets as
 * {@code java.util.Set}s from JGraphT traversal on the masked view, Jaccard for every pair, every company visited in
 * every round. Random sectors with hub suppliers (so the cost model picks dense columns), cycles, hotspots and an
 * engaged facility; the whole {@link GroupsResult} must be equal, doubles included.
 */
class WorkingGroupsFastPathTests {

    @Test
    void fastPathGivesTheNaiveResultOnRandomSectors() {
        for (long seed = 0; seed < 40; seed++) {
            for (double threshold : new double[] {0.1, 0.2, 0.45}) {
                LeverageInput in = hubSector(new Random(seed), seed % 3 == 0);
                assertThat(new WorkingGroups(in, threshold).result()).as("seed %d threshold %s", seed, threshold)
                        .isEqualTo(naive(in, threshold));
            }
        }
    }

    @Test
    void skippingSettledCompaniesKeepsTheLabelsOfVisitingEveryone() {
        for (long seed = 0; seed < 40; seed++) {
            LeverageInput in = hubSector(new Random(seed), false);
            double[][] sim = jaccardMatrix(targetSets(in));
            int k = sim.length;
            int[][] nbr = new int[k][];
            double[][] wgt = new double[k][];
            adjacency(sim, 0.15, nbr, wgt);
            assertThat(WorkingGroups.propagate(nbr, wgt)).as("seed %d", seed).containsExactly(naiveLabels(nbr, wgt));
        }
    }

    @Test
    void everyDenseSplitCountsTheSameIntersections() {
        Random rnd = new Random(7);
        for (int round = 0; round < 30; round++) {
            int rows = 1 + rnd.nextInt(60);
            int columns = 1 + rnd.nextInt(300);
            int[][] lists = new int[rows][];
            for (int a = 0; a < rows; a++) {
                double density = rnd.nextDouble();
                lists[a] = java.util.stream.IntStream.range(0, columns)
                        .filter(t -> rnd.nextDouble() < density * (t < 20 ? 1 : 0.1)).toArray();
            }
            int[] limit = new int[rows];
            for (int a = 0; a < rows; a++) {
                limit[a] = a + rnd.nextInt(rows - a);
            }
            for (int heavy : new int[] {-1, 0, 1, 63, 64, 65, 130, columns}) {
                PairCounter pc = new PairCounter(lists, columns, limit, heavy);
                int[] counts = pc.buffer();
                for (int a = 0; a < rows; a++) {
                    pc.count(a, counts, 0);
                    for (int b = a + 1; b <= limit[a]; b++) {
                        assertThat(counts[b]).as("heavy %d pair %d,%d", heavy, a, b)
                                .isEqualTo(intersection(lists[a], lists[b]));
                    }
                    pc.reset(a, counts);
                    assertThat(counts).containsOnly(0);
                }
            }
        }
    }

    private static int intersection(int[] a, int[] b) {
        return (int) Arrays.stream(a).filter(t -> Arrays.binarySearch(b, t) >= 0).count();
    }

    /**
     * 40–120 companies; a few hub facilities most of them reach, plus tiers of ordinary suppliers with some back
     * edges; 70 % risk-bearing; three hotspots; optionally one engaged facility.
     */
    static LeverageInput hubSector(Random rnd, boolean engageOne) {
        int companies = 40 + rnd.nextInt(81);
        int facilities = 60 + rnd.nextInt(140);
        int hubs = 1 + rnd.nextInt(6);
        SupplyGraph.Builder b = SupplyGraph.builder(companies + facilities, 2000);
        for (int i = 0; i < companies; i++) {
            b.addCompany("C" + i, rnd.nextBoolean());
        }
        for (int i = 0; i < facilities; i++) {
            b.addFacility("F" + i);
        }
        Set<Long> seen = new HashSet<>();
        long n = companies + facilities;
        for (int c = 0; c < companies; c++) {
            for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
                int to = companies + (rnd.nextInt(3) == 0 ? rnd.nextInt(hubs) : rnd.nextInt(facilities / 2));
                if (seen.add(c * n + to)) {
                    b.addEdge(c, to, 0, Double.NaN, false);
                }
            }
        }
        for (int i = 0; i < facilities; i++) {
            for (int k = rnd.nextInt(i < hubs ? 8 : 3); k > 0; k--) {
                int j = rnd.nextInt(12) == 0 ? rnd.nextInt(facilities) : i + 1 + rnd.nextInt(Math.max(1, facilities - i));
                int u = companies + i;
                int v = companies + j;
                if (j < facilities && j != i && seen.add(u * n + v)) {
                    b.addEdge(u, v, 0, Double.NaN, false);
                }
            }
        }
        SupplyGraph g = b.build();
        double[] w = new double[g.vertexCount()];
        List<Integer> risky = new ArrayList<>();
        for (int v = companies; v < n; v++) {
            if (rnd.nextDouble() < 0.7) {
                w[v] = 0.1 * (1 + rnd.nextInt(10));
                risky.add(v);
            }
        }
        List<Hotspot> hotspots = new ArrayList<>();
        for (int h = 0; h < 3; h++) {
            int[] members = rnd.ints(1 + rnd.nextInt(4), 0, risky.size()).map(risky::get).distinct().toArray();
            hotspots.add(new Hotspot("H" + h, members));
        }
        Engagement mask = engageOne ? Engagement.ofVertices(g, companies + hubs + rnd.nextInt(facilities - hubs))
                : Engagement.none();
        return new LeverageInput(g, Selection.all(g), new RiskProfile(g, w, hotspots), mask);
    }

    /** Per selected company, its risk-bearing unmasked targets (itself included), by JGraphT traversal. */
    private static List<Set<Integer>> targetSets(LeverageInput in) {
        SupplyGraph g = in.graph();
        boolean[] mask = in.mask();
        Graph<Integer, Integer> view = new MaskSubgraph<>(g.asJGraphT(), v -> mask[v], e -> false);
        List<Set<Integer>> out = new ArrayList<>();
        for (int c : in.sources()) {
            Set<Integer> s = new HashSet<>(OracleTests.reachable(view, c));
            s.removeIf(v -> in.risk().raw()[v] <= 0);
            out.add(s);
        }
        return out;
    }

    private static double[][] jaccardMatrix(List<Set<Integer>> sets) {
        int k = sets.size();
        double[][] sim = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                Set<Integer> inter = new HashSet<>(sets.get(a));
                inter.retainAll(sets.get(b));
                if (!inter.isEmpty()) {
                    sim[a][b] = sim[b][a] = (double) inter.size() / (sets.get(a).size() + sets.get(b).size() - inter.size());
                }
            }
        }
        return sim;
    }

    private static void adjacency(double[][] sim, double threshold, int[][] nbr, double[][] wgt) {
        for (int a = 0; a < sim.length; a++) {
            int row = a;
            nbr[a] = java.util.stream.IntStream.range(0, sim.length).filter(b -> b != row && sim[row][b] >= threshold)
                    .toArray();
            wgt[a] = Arrays.stream(nbr[a]).mapToDouble(b -> sim[row][b]).toArray();
        }
    }

    /** Label propagation visiting every company in every round (the definition in the class javadoc). */
    private static int[] naiveLabels(int[][] nbr, double[][] wgt) {
        int k = nbr.length;
        int[] label = new int[k];
        Arrays.setAll(label, i -> i);
        for (int round = 0; round < 100; round++) {
            boolean changed = false;
            for (int i = 0; i < k; i++) {
                if (nbr[i].length == 0) {
                    continue;
                }
                Map<Integer, Double> score = new TreeMap<>();
                for (int p = 0; p < nbr[i].length; p++) {
                    score.merge(label[nbr[i][p]], wgt[i][p], Double::sum);
                }
                double max = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
                int best = score.getOrDefault(label[i], 0.0) == max ? label[i]
                        : score.entrySet().stream().filter(e -> e.getValue() == max).findFirst().orElseThrow().getKey();
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

    /** The whole result from the definitions, without any index. */
    private static GroupsResult naive(LeverageInput in, double threshold) {
        SupplyGraph g = in.graph();
        int[] sources = in.sources();
        List<Set<Integer>> sets = targetSets(in);
        double[][] sim = jaccardMatrix(sets);
        int k = sources.length;
        int[][] nbr = new int[k][];
        double[][] wgt = new double[k][];
        adjacency(sim, threshold, nbr, wgt);
        int[] label = naiveLabels(nbr, wgt);
        Map<Integer, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < k; i++) {
            byLabel.computeIfAbsent(label[i], x -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> found = new ArrayList<>(byLabel.values().stream().filter(l -> l.size() >= 2).toList());
        found.sort(Comparator.<List<Integer>>comparingInt(l -> -l.size()).thenComparingInt(l -> l.get(0)));
        List<String> alone = new ArrayList<>(byLabel.values().stream().filter(l -> l.size() == 1)
                .map(l -> g.id(sources[l.get(0)])).sorted().toList());
        List<WorkingGroup> groups = new ArrayList<>();
        for (List<Integer> members : found) {
            groups.add(naiveGroup(in, groups.size() + 1, sets, sim, members));
        }
        return new GroupsResult(threshold, groups, alone.size(), alone);
    }

    private static WorkingGroup naiveGroup(LeverageInput in, int rank, List<Set<Integer>> sets, double[][] sim,
                                           List<Integer> members) {
        SupplyGraph g = in.graph();
        double[] r = in.risk().raw();
        Map<Integer, Integer> reached = new TreeMap<>();
        members.forEach(i -> sets.get(i).forEach(t -> reached.merge(t, 1, Integer::sum)));
        List<WorkingGroup.SharedFacility> shared = reached.entrySet().stream().filter(e -> e.getValue() >= 2)
                .map(e -> new WorkingGroup.SharedFacility(g.id(e.getKey()), e.getValue(), r[e.getKey()]))
                .sorted(Comparator.<WorkingGroup.SharedFacility>comparingDouble(s -> -s.members() * s.riskWeight())
                        .thenComparing(WorkingGroup.SharedFacility::facilityId)).limit(10).toList();
        List<WorkingGroup.SharedHotspot> hotspots = new ArrayList<>();
        for (Hotspot h : in.risk().hotspots()) {
            long n = members.stream().filter(i -> Arrays.stream(h.raw()).anyMatch(sets.get(i)::contains)).count();
            if (n >= 2) {
                hotspots.add(new WorkingGroup.SharedHotspot(h.key(), (int) n));
            }
        }
        hotspots.sort(Comparator.comparingInt(WorkingGroup.SharedHotspot::members).reversed()
                .thenComparing(WorkingGroup.SharedHotspot::hotspotKey));
        double sum = 0;
        for (int x = 0; x < members.size(); x++) {
            for (int y = x + 1; y < members.size(); y++) {
                sum += sim[members.get(x)][members.get(y)];
            }
        }
        double mean = sum / ((long) members.size() * (members.size() - 1) / 2);
        List<String> ids = members.stream().map(i -> g.id(in.sources()[i])).sorted().toList();
        return new WorkingGroup(rank, members.size(), ids, mean, shared, hotspots);
    }
}
