package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import nl.ketenlens.bench.ReferenceRisk;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.ProjectionBuilder;
import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.Test;

/**
 * The faster working groups (ADR 0020: target lists without sorting, blocked dense bound with early exit) against
 * the implementation they replaced ({@link ReferenceWorkingGroups}, frozen), on generated sector networks of a few
 * hundred companies: the whole {@link GroupsResult} must be equal (doubles included), and so must its hash, which
 * is what {@code KernelTimer} prints to compare runs on the 100k network.
 */
class WorkingGroupsRegressionTests {
    private static final ReferenceRisk RISK = ReferenceRisk.load();

    @Test
    void generatedNetworksGiveTheResultsOfTheReplacedImplementation() {
        for (long seed : new long[] {3, 42, 2026}) {
            LeverageInput in = generated(seed, 300 + (int) (seed % 100));
            for (double threshold : new double[] {0.1, WorkingGroups.DEFAULT_THRESHOLD, 0.5}) {
                GroupsResult now = new WorkingGroups(in, threshold).result();
                GroupsResult before = new ReferenceWorkingGroups(in, threshold).result();
                assertThat(now.groups()).as("seed %d threshold %s", seed, threshold).isNotEmpty();
                assertThat(now).as("seed %d threshold %s", seed, threshold).isEqualTo(before);
                assertThat(now.hashCode()).isEqualTo(before.hashCode());
            }
        }
    }

    /**
     * With a threshold the counter may leave a count short, but only for a pair whose Jaccard is below it: every
     * pair at or above the threshold gets its exact intersection, and no short count reaches the threshold.
     */
    @Test
    void filteredCountsAreExactForEverySimilarPairAndShortOnlyBelowTheThreshold() {
        Random rnd = new Random(11);
        for (int round = 0; round < 40; round++) {
            int rows = 2 + rnd.nextInt(80);
            int columns = 1 + rnd.nextInt(1500);
            int[][] lists = new int[rows][];
            for (int a = 0; a < rows; a++) {
                double density = rnd.nextDouble();
                lists[a] = java.util.stream.IntStream.range(0, columns)
                        .filter(t -> rnd.nextDouble() < density * (t < 600 ? 0.8 : 0.05)).toArray();
            }
            double threshold = 0.05 + 0.9 * rnd.nextDouble();
            for (int heavy : new int[] {-1, PairCounter.ALL_PAIRS, 0, 64, 512, 513, 1100, columns}) {
                PairCounter pc = new PairCounter(lists, columns, null, heavy);
                int[] counts = pc.buffer();
                for (int a = 0; a < rows; a++) {
                    pc.count(a, counts, threshold);
                    for (int b = a + 1; b < rows; b++) {
                        int exact = intersection(lists[a], lists[b]);
                        int union = lists[a].length + lists[b].length;
                        if ((double) exact / (union - exact) >= threshold) {
                            assertThat(counts[b]).as("heavy %d pair %d,%d", heavy, a, b).isEqualTo(exact);
                        } else {
                            assertThat(counts[b]).isLessThanOrEqualTo(exact);
                            assertThat((double) counts[b] / (union - counts[b])).isLessThan(threshold);
                        }
                    }
                    pc.reset(a, counts);
                    assertThat(counts).containsOnly(0);
                }
            }
        }
    }

    @Test
    void targetListsAreTheSortedTargetsOfTheReplacedImplementation() {
        LeverageInput in = generated(5, 250);
        SupplyGraph g = in.graph();
        double[] r = in.risk().raw();
        int[] targets = java.util.stream.IntStream.range(0, g.vertexCount())
                .filter(v -> r[v] > 0 && in.condensation().comp[v] >= 0).toArray();
        int[][] now = TargetLists.of(g, in.mask(), in.sources(), targets);
        int[][] before = ReferenceWorkingGroups.targetLists(g, in.mask(), in.sources(), targets);
        assertThat(now).hasSameDimensionsAs(before);
        for (int i = 0; i < now.length; i++) {
            assertThat(now[i]).as("company %d", i).containsExactly(before[i]);
        }
        assertThat(Arrays.stream(now).mapToInt(l -> l.length).sum()).isPositive();
    }

    private static int intersection(int[] a, int[] b) {
        return (int) Arrays.stream(a).filter(t -> Arrays.binarySearch(b, t) >= 0).count();
    }

    static LeverageInput generated(long seed, int companies) {
        ProjectionBuilder builder = new ProjectionBuilder(companies * 16, companies * 64);
        new SyntheticNetworkGenerator(seed).generate(companies, builder);
        GraphProjection p = builder.build(0, RISK.indicators(), RISK.commodities());
        return LeverageInput.of(p.graph(), Selection.all(p.graph()), LeverageService.riskProfile(p));
    }
}
