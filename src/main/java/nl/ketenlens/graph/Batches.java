package nl.ketenlens.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.SimpleQueryRunner;

/** Runs one parameterized {@code UNWIND $rows} statement per slice of at most {@code size} rows. */
public final class Batches {
    private Batches() {
    }

    public static <T> void each(List<T> items, int size, Consumer<List<T>> action) {
        for (int i = 0; i < items.size(); i += size) {
            action.accept(items.subList(i, Math.min(items.size(), i + size)));
        }
    }

    /** A parameter row that, unlike {@link Map#of}, accepts null values (they remove the property). */
    public static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    public static void write(SimpleQueryRunner tx, String cypher, List<Map<String, Object>> rows, int size) {
        each(rows, size, batch -> tx.run(cypher, Map.of("rows", batch)).consume());
    }
}
