package nl.ketenlens.graph;

import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The embedded store's own Java API, for the one write that is too large for Cypher over Bolt: a links file of
 * millions of rows (ADR 0018). Absent ({@link #NONE}) when the application talks to a server through
 * {@code NEO4J_URI}; every caller then keeps the Bolt path, which is the one access path of everything else
 * (ADR 0001).
 *
 * @param service the default database of the embedded DBMS, or null with a server
 */
public record EmbeddedDatabase(GraphDatabaseService service) {

    /** No embedded store: use the driver. */
    public static final EmbeddedDatabase NONE = new EmbeddedDatabase(null);

    public boolean present() {
        return service != null;
    }
}
