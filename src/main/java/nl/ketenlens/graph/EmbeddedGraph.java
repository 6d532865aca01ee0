package nl.ketenlens.graph;

import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The embedded store's database, for readers that may use the engine's own API when the store runs in this process
 * (ADR 0019: the projection; ADR 0018: the links write of a large file); {@link #NONE} with a server URI, where everything goes through Bolt.
 *
 * @param database the default database of the embedded DBMS, or null
 */
public record EmbeddedGraph(GraphDatabaseService database) {

    /** No embedded store: use Bolt. */
    public static final EmbeddedGraph NONE = new EmbeddedGraph(null);

    public boolean present() {
        return database != null;
    }
}
