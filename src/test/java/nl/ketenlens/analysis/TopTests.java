package nl.ketenlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bounded-heap top of a ranking is the fully sorted list's prefix, ties and all. */
class TopTests {

    @Test
    void isThePrefixOfTheSortedCandidates() {
        Random rnd = new Random(5);
        for (int round = 0; round < 50; round++) {
            int n = 1 + rnd.nextInt(300);
            int[] key = rnd.ints(n, 0, 6).toArray();   // many ties, broken by the vertex number
            Comparator<Integer> order = Comparator.<Integer>comparingInt(v -> -key[v]).thenComparingInt(v -> v);
            for (int limit : new int[] {0, 1, 7, n, n + 10}) {
                int[] expected = IntStream.range(0, n).filter(v -> key[v] > 0).boxed().sorted(order).limit(limit)
                        .mapToInt(Integer::intValue).toArray();
                assertThat(Top.of(n, v -> key[v] > 0, order, limit)).as("n %d limit %d", n, limit)
                        .containsExactly(expected);
            }
        }
    }
}
