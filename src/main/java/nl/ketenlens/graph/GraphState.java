package nl.ketenlens.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * The single {@code :GraphState {key:'main'}} node: whether the store was seeded and a revision that every
 * write increments, so in-memory projections know when to rebuild.
 */
public final class GraphState {

    public static final String BUMP_REVISION =
            "MERGE (s:GraphState {key:'main'}) SET s.revision = coalesce(s.revision, 0) + 1 RETURN s.revision";

    private GraphState() {
    }

    /** Increments the revision inside the caller's write transaction, so it commits or rolls back with it. */
    public static long bumpRevision(TransactionContext tx) {
        return tx.run(BUMP_REVISION).single().get(0).asLong();
    }

    public static long revision(Driver driver) {
        return driver.executableQuery("MATCH (s:GraphState {key:'main'}) RETURN s.revision AS r")
                .execute().records().stream().findFirst()
                .map(r -> r.get("r").isNull() ? 0L : r.get("r").asLong()).orElse(0L);
    }
}
