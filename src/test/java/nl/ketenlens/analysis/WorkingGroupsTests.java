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
