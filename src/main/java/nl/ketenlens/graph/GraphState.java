package nl.ketenlens.graph;

import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionContext;

/**
 * The single {@code :GraphState {key:'main'}} node: whether the store was seeded and a revision that every
 * write increments, so in-memory projections know when to rebuild.
 */
public final class GraphState {

    private static final String NODE = "(s:%s {%s: '%s'})".formatted(Label.GRAPH_STATE, Prop.KEY, Prop.MAIN);

    public static final String BUMP_REVISION = "MERGE %s SET s.%s = coalesce(s.%2$s, 0) + 1 RETURN s.%2$s"
            .formatted(NODE, Prop.REVISION);

    /** Marks the store seeded and bumps the revision, in one statement. */
    public static final String MARK_SEEDED = "MERGE %s SET s.%s = datetime(), s.%s = coalesce(s.%3$s, 0) + 1"
            .formatted(NODE, Prop.SEEDED_AT, Prop.REVISION);

    private static final String REVISION = "MATCH %s RETURN s.%s AS r".formatted(NODE, Prop.REVISION);

    private static final String SEEDED = "MATCH %s WHERE s.%s IS NOT NULL RETURN count(s) AS n"
            .formatted(NODE, Prop.SEEDED_AT);

    private GraphState() {
    }

    /** Increments the revision inside the caller's write transaction, so it commits or rolls back with it. */
    public static long bumpRevision(TransactionContext tx) {
        return tx.run(BUMP_REVISION).single().get(0).asLong();
    }

    /** The revision as seen inside the caller's transaction (0 before the first write). */
    public static long revision(SimpleQueryRunner tx) {
        return tx.run(REVISION).list().stream().findFirst()
                .map(r -> r.get("r").isNull() ? 0L : r.get("r").asLong()).orElse(0L);
    }

    public static long revision(Driver driver) {
        return driver.executableQuery(REVISION)
                .execute().records().stream().findFirst()
                .map(r -> r.get("r").isNull() ? 0L : r.get("r").asLong()).orElse(0L);
    }

    /** Whether the seed steps have all run on this store. */
    public static boolean seeded(Driver driver) {
        return driver.executableQuery(SEEDED).execute().records().get(0).get("n").asLong() > 0;
    }

    /** Sets the seeded marker after every seed step ran, and bumps the revision. */
    public static void markSeeded(Driver driver) {
        driver.executableQuery(MARK_SEEDED).execute();
    }
}
