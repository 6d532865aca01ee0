package nl.ketenlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The packed key table of the streamed links import: first lines survive growth; missing ids count as "null". */
class LinkKeysTests {

    @Test
    void remembersTheFirstLineOfEachKeyThroughGrowth() {
        LinkKeys keys = new LinkKeys();
        for (int i = 0; i < 50_000; i++) {
            assertThat(keys.putIfAbsent("B" + (i % 700), "S" + i, i % 2 == 0 ? "gold" : "tin", i + 2)).isEqualTo(-1);
        }
        assertThat(keys.putIfAbsent("B3", "S3", "tin", 99_999)).isEqualTo(5);
        assertThat(keys.firstLine("B3", "S3", "tin")).isEqualTo(5);
        assertThat(keys.firstLine("B3", "S3", "gold")).isEqualTo(-1);
        assertThat(keys.firstLine("B3", "unknown", "tin")).isEqualTo(-1);
    }

    @Test
    void missingValuesAreKeysToo() {
        LinkKeys keys = new LinkKeys();
        assertThat(keys.putIfAbsent(null, "S", "gold", 2)).isEqualTo(-1);
        assertThat(keys.putIfAbsent(null, "S", "gold", 3)).isEqualTo(2);
        assertThat(keys.putIfAbsent("B", "S", null, 4)).isEqualTo(-1);
        assertThat(keys.firstLine("B", "S", null)).isEqualTo(4);
    }
}
