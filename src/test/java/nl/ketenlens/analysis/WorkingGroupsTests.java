package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/**
 * Three clusters of companies, each cluster buying (via its own trader) from its own mines, plus one company with no
 * risk in reach: three groups, one ungrouped, each group bound by its own mines; JGraphT's label propagation on the
 * same similarity graph finds the same partition.
 */
class WorkingGroupsTests {

    @Test
    void separateSupplyBasesGiveSeparateGroupsLikeJGraphT() {
        SupplyGraph.Builder b = SupplyGraph.builder(40, 80);
        List<List<Integer>> clusters = new ArrayList<>();
        List<Hotspot> hotspots = new ArrayList<>();
        List<Integer> mines = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int trader = b.addFacility("T" + k);
            int[] own = new int[3];
            for (int m = 0; m < 3; m++) {
                own[m] = b.addFacility("M" + k + m);
                mines.add(own[m]);
                b.addEdge(trader, own[m], 0, Double.NaN, false);
            }
            hotspots.add(new Hotspot("H" + k, own));
            List<Integer> members = new ArrayList<>();
            for (int c = 0; c < 2 + k; c++) {
                int company = b.addCompany("C" + k + c, false);
                members.add(company);
                b.addEdge(company, trader, 0, Double.NaN, false);
            }
            clusters.add(members);
        }
        int lonely = b.addCompany("Z", false);
        b.addEdge(lonely, b.addFacility("Q"), 0, Double.NaN, false);
        SupplyGraph g = b.build();
        double[] w = new double[g.vertexCount()];
        mines.forEach(m -> w[m] = 0.5);
        LeverageInput in = LeverageInput.of(g, Selection.all(g), new RiskProfile(g, w, hotspots));
        GroupsResult result = new WorkingGroups(in).result();

        assertThat(result.groups()).extracting(WorkingGroup::companyIds).containsExactly(
                List.of("C20", "C21", "C22", "C23"), List.of("C10", "C11", "C12"), List.of("C00", "C01"));
        assertThat(result.ungroupedIds()).containsExactly("Z");
        WorkingGroup first = result.groups().get(0);
        assertThat(first.meanSimilarity()).isEqualTo(1.0);
        assertThat(first.sharedHotspots()).containsExactly(new WorkingGroup.SharedHotspot("H2", 4));
        assertThat(first.sharedFacilities()).extracting(WorkingGroup.SharedFacility::facilityId)
                .containsExactly("M20", "M21", "M22");

        Set<Set<String>> ours = new HashSet<>();
        result.groups().forEach(gr -> ours.add(Set.copyOf(gr.companyIds())));
        ours.add(Set.of("Z"));
        assertThat(jgraphtClusters(g, in)).isEqualTo(ours);
    }

    /**
     * The size filter and the pair counter (with the cost model's split, no dense columns, a few, and all) build
     * exactly the similarity graph of the all-pairs comparison: same neighbours in the same order, bit-identical
     * Jaccard values, on random graphs with cycles and several thresholds; the target lists are the BFS sets; mean
     * similarity per group equals the brute-force mean over all member pairs, to the last bit.
     */
    @Test
    void pairCounterBuildsTheAllPairsSimilarityGraph() {
        for (long seed = 0; seed < 60; seed++) {
            LeverageInput in = randomSector(new Random(seed));
            SupplyGraph g = in.graph();
            double[] r = in.risk().raw();
            int[] sources = in.sources();
            int[] targets = java.util.stream.IntStream.range(0, g.vertexCount()).filter(v -> r[v] > 0).toArray();
            int[][] lists = WorkingGroups.targetLists(g, in.mask(), sources, targets);
            for (int i = 0; i < sources.length; i++) {
                Set<Integer> reached = OracleTests.reachable(g.asJGraphT(), sources[i]);
                assertThat(lists[i]).containsExactly(java.util.stream.IntStream.range(0, targets.length)
                        .filter(t -> reached.contains(targets[t])).toArray());
            }
            for (double threshold : new double[] {0.05, 0.2, 0.5, 1.0}) {
                for (int heavy : new int[] {-1, 0, 5, targets.length}) {
                    int[][] nbr = new int[sources.length][];
                    double[][] wgt = new double[sources.length][];
                    new WorkingGroups(in, threshold).similarityGraph(lists, targets.length, heavy, nbr, wgt);
                    for (int a = 0; a < sources.length; a++) {
                        List<Integer> js = new ArrayList<>();
                        List<Double> ws = new ArrayList<>();
                        for (int b = 0; b < sources.length; b++) {
                            double sim = b != a ? jaccard(lists[a], lists[b]) : 0;
                            if (sim >= threshold) {
                                js.add(b);
                                ws.add(sim);
                            }
                        }
                        assertThat(nbr[a]).as("seed %d threshold %s heavy %d company %d", seed, threshold, heavy, a)
                                .containsExactly(js.stream().mapToInt(Integer::intValue).toArray());
                        assertThat(wgt[a]).containsExactly(ws.stream().mapToDouble(Double::doubleValue).toArray());
                    }
                }
            }
            for (WorkingGroup group : new WorkingGroups(in).result().groups()) {
                List<Integer> members = group.companyIds().stream().mapToInt(g::find)
                        .map(v -> java.util.Arrays.binarySearch(sources, v)).sorted().boxed().toList();
                double sum = 0;
                for (int x = 0; x < members.size(); x++) {
                    for (int y = x + 1; y < members.size(); y++) {
                        sum += jaccard(lists[members.get(x)], lists[members.get(y)]);
                    }
                }
                double pairs = members.size() * (members.size() - 1) / 2.0;
                assertThat(group.meanSimilarity()).as("seed %d", seed).isEqualTo(sum / pairs);
                for (int heavy : new int[] {0, 3, targets.length}) {
                    assertThat(WorkingGroups.meanSimilarity(members, lists, targets.length, heavy))
                            .isEqualTo(group.meanSimilarity());
                }
            }
        }
    }

    /** Jaccard of two sorted lists; 0 without a common element (as the pairwise comparison never saw the pair). */
    private static double jaccard(int[] a, int[] b) {
        int inter = (int) java.util.Arrays.stream(a).filter(t -> java.util.Arrays.binarySearch(b, t) >= 0).count();
        return inter == 0 ? 0 : (double) inter / (a.length + b.length - inter);
    }

    /** 20–40 companies buying from 30–90 facilities in loose tiers, some back edges (cycles), half risk-bearing. */
    private static LeverageInput randomSector(Random rnd) {
        int companies = 20 + rnd.nextInt(21);
        int facilities = 30 + rnd.nextInt(61);
        SupplyGraph.Builder b = SupplyGraph.builder(companies + facilities, 400);
        int[] c = new int[companies];
        int[] f = new int[facilities];
        for (int i = 0; i < companies; i++) {
            c[i] = b.addCompany("C" + i, rnd.nextBoolean());
        }
        for (int i = 0; i < facilities; i++) {
            f[i] = b.addFacility("F" + i);
        }
        java.util.Set<Long> seen = new HashSet<>();
        long n = companies + facilities;
        for (int i = 0; i < companies; i++) {
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                int to = f[rnd.nextInt(Math.max(1, facilities / 3))];
                if (seen.add(c[i] * n + to)) {
                    b.addEdge(c[i], to, 0, Double.NaN, false);
                }
            }
        }
        for (int i = 0; i < facilities; i++) {
            for (int k = rnd.nextInt(3); k > 0; k--) {
                int j = rnd.nextInt(10) == 0 ? rnd.nextInt(facilities) : i + 1 + rnd.nextInt(Math.max(1, facilities - i));
                if (j < facilities && j != i && seen.add(f[i] * n + f[j])) {
                    b.addEdge(f[i], f[j], 0, Double.NaN, false);
                }
            }
        }
        SupplyGraph g = b.build();
        double[] w = new double[g.vertexCount()];
        for (int v : f) {
            w[v] = rnd.nextBoolean() ? 0.1 + rnd.nextDouble() : 0;
        }
        return LeverageInput.of(g, Selection.all(g), new RiskProfile(g, w, List.of()));
    }

    /** Oracle: JGraphT label propagation over the Jaccard graph built from plain BFS sets. */
    private static Set<Set<String>> jgraphtClusters(SupplyGraph g, LeverageInput in) {
        Graph<String, DefaultWeightedEdge> sim = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        List<Set<Integer>> sets = new ArrayList<>();
        int[] companies = in.selection().vertices();
        for (int c : companies) {
            sim.addVertex(g.id(c));
            Set<Integer> s = new HashSet<>(OracleTests.reachable(g.asJGraphT(), c));
            s.removeIf(v -> in.risk().weight(v) == 0);
            sets.add(s);
        }
        for (int i = 0; i < companies.length; i++) {
            for (int j = i + 1; j < companies.length; j++) {
                Set<Integer> inter = new HashSet<>(sets.get(i));
                inter.retainAll(sets.get(j));
                Set<Integer> union = new HashSet<>(sets.get(i));
                union.addAll(sets.get(j));
                if (!union.isEmpty() && (double) inter.size() / union.size() >= WorkingGroups.DEFAULT_THRESHOLD) {
                    sim.setEdgeWeight(sim.addEdge(g.id(companies[i]), g.id(companies[j])),
                            (double) inter.size() / union.size());
                }
            }
        }
        Set<Set<String>> out = new HashSet<>();
        new LabelPropagationClustering<>(sim, new Random(1)).getClustering().getClusters()
                .forEach(cl -> out.add(Set.copyOf(cl)));
        return out;
    }
}
