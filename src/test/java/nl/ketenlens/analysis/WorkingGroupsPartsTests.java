package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The parallel construction of session 4 (ADR 0020): postings by column ranges, the light index by row and word
 * ranges, the adjacency by row ranges, the lexicographic order by packed keys. Test graphs are small, so the size
 * rule would keep them on one thread; here they are split into 2, 3 and 7 parts (uneven ranges, empty parts) and
 * must give exactly what the replaced sequential code gives.
 */
class WorkingGroupsPartsTests {
    @AfterEach
    void sizeRuleAgain() {
        Postings.forceParts(0);
    }

    @Test
    void splitConstructionGivesTheResultsOfTheReplacedImplementation() {
        LeverageInput in = WorkingGroupsRegressionTests.generated(42, 342);
        for (int parts : new int[] {2, 3, 7}) {
            Postings.forceParts(parts);
            for (double threshold : new double[] {0.1, WorkingGroups.DEFAULT_THRESHOLD}) {
                GroupsResult now = new WorkingGroups(in, threshold).result();
                GroupsResult before = new ReferenceWorkingGroups(in, threshold).result();
                assertThat(now.groups()).as("parts %d threshold %s", parts, threshold).isNotEmpty();
                assertThat(now).as("parts %d threshold %s", parts, threshold).isEqualTo(before);
            }
        }
    }

    @Test
    void splitPostingsAreTheTransposeOfTheLists() {
        Random rnd = new Random(7);
        for (int round = 0; round < 30; round++) {
            int rows = 1 + rnd.nextInt(60);
            int columns = 1 + rnd.nextInt(400);
            int[][] lists = randomLists(rnd, rows, columns);
            Postings.forceParts(1 + rnd.nextInt(6));
            int[] count = new int[columns];
            int[][] post = Postings.of(lists, columns, count, 0);
            for (int t = 0; t < columns; t++) {
                int col = t;
                int[] expected = IntStream.range(0, rows).filter(a -> Arrays.binarySearch(lists[a], col) >= 0).toArray();
                assertThat(post[t]).as("round %d column %d", round, t).containsExactly(expected);
                assertThat(count[t]).isEqualTo(expected.length);
            }
        }
    }

    /** Many equal postings, postings that are prefixes of others, and long ones sharing their first two rows. */
    @Test
    void packedKeyOrderIsTheComparatorOrder() {
        Random rnd = new Random(13);
        for (int round = 0; round < 40; round++) {
            int rows = 2 + rnd.nextInt(30);
            int columns = 1 + rnd.nextInt(600);
            int[][] post = new int[columns][];
            for (int t = 0; t < columns; t++) {
                int[] base = IntStream.range(0, rows).filter(a -> rnd.nextInt(4) == 0).toArray();
                post[t] = rnd.nextInt(3) == 0 ? Arrays.copyOf(base, Math.min(base.length, rnd.nextInt(4))) : base;
            }
            int mod = 2 + rnd.nextInt(3);
            int[] expected = IntStream.range(0, columns).filter(t -> post[t].length > 0 && t % mod != 0).boxed()
                    .sorted((x, y) -> Arrays.compare(post[x], post[y])).mapToInt(Integer::intValue).toArray();
            assertThat(Postings.lexOrder(post, t -> t % mod != 0, rows)).as("round %d", round)
                    .containsExactly(expected);
        }
    }

    private static int[][] randomLists(Random rnd, int rows, int columns) {
        int[][] lists = new int[rows][];
        for (int a = 0; a < rows; a++) {
            double density = rnd.nextDouble() * 0.3;
            lists[a] = IntStream.range(0, columns).filter(t -> rnd.nextDouble() < density).toArray();
        }
        return lists;
    }
}
