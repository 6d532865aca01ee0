package nl.ketenlens.ingest;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.QueryRunner;

/** Runs one parameterized {@code UNWIND $rows} statement per slice of at most {@code size} rows. */
final class Batches {
    private Batches() {
    }

    static <T> void each(List<T> items, int size, Consumer<List<T>> action) {
        for (int i = 0; i < items.size(); i += size) {
            action.accept(items.subList(i, Math.min(items.size(), i + size)));
        }
    }

    static void write(QueryRunner tx, String cypher, List<Map<String, Object>> rows, int size) {
        each(rows, size, batch -> tx.run(cypher, Map.of("rows", batch)).consume());
    }
}
