package nl.ketenlens.graph.projection;

import java.util.Arrays;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.CursorFactory;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipScanCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.io.pagecache.context.CursorContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.memory.MemoryTracker;
import org.neo4j.storageengine.api.PropertySelection;

/**
 * The one place that uses Neo4j's <b>internal</b> kernel API (ADR 0019, session 4): store scans with reusable
 * cursors inside the caller's embedded transaction, token ids resolved once, the properties asked for copied into
 * an {@code Object[]} per entity — no {@code Node}/{@code Relationship} objects, no token lookup and no
 * {@code HashMap} per entity, which were a third of the projection's time through the public API.
 *
 * <p>The kernel API ({@code org.neo4j.internal.kernel.api}, {@code KernelTransaction}) carries no compatibility
 * promise between Neo4j versions; keeping it behind this class means a version bump touches one file, and
 * {@code ProjectionReadersIT} (embedded vs Bolt, field by field) says whether it still reads the same graph.
 * Reads run in the caller's transaction, which Neo4j isolates read-committed, not as a snapshot: consistency comes,
 * as on the Cypher path, from the fingerprint read first and last and the writes counter (ADR 0011/0014).
 *
 * <p>Values come back as plain Java objects ({@code String}, {@code String[]}, {@code Double}, {@code Boolean}…,
 * {@code Value.asObjectCopy()}), {@code null} where the entity lacks the property. Not thread-safe: the
 * transaction's thread only.
 */
final class KernelCursors implements AutoCloseable {

    /** A node carrying at least one of the labels asked for. */
    @FunctionalInterface
    interface NodeVisitor {
        /** {@code labels[i]} true when the node has the i-th label; {@code values} is reused for the next node. */
        void node(long id, boolean[] labels, Object[] values);
    }

    /** A relationship of one of the types asked for. */
    @FunctionalInterface
    interface RelationshipVisitor {
        /** {@code type} is the index into the types asked for; {@code values} is reused for the next one. */
        void relationship(int type, long start, long end, Object[] values);
    }

    private final Read read;
    private final TokenRead tokens;
    private final NodeCursor nodes;
    private final RelationshipScanCursor relationships;
    private final PropertyCursor properties;

    KernelCursors(Transaction tx) {
        KernelTransaction ktx = ((InternalTransaction) tx).kernelTransaction();
        read = ktx.dataRead();
        tokens = ktx.tokenRead();
        CursorFactory cursors = ktx.cursors();
        CursorContext context = ktx.cursorContext();
        MemoryTracker memory = ktx.memoryTracker();
        nodes = cursors.allocateNodeCursor(context, memory);
        relationships = cursors.allocateRelationshipScanCursor(context, memory);
        properties = cursors.allocatePropertyCursor(context, memory);
    }

    /**
     * One scan of the node store, in store order: each node with any of {@code labels}, with the values of
     * {@code keys} (same positions). A label or key the store has never seen matches nothing.
     */
    void scanNodes(String[] labels, String[] keys, NodeVisitor visitor) {
        int[] labelIds = Arrays.stream(labels).mapToInt(tokens::nodeLabel).toArray();
        Keys k = keys(keys);
        boolean[] has = new boolean[labels.length];
        Object[] values = new Object[keys.length];
        read.allNodesScan(nodes);
        while (nodes.next()) {
            boolean any = false;
            for (int i = 0; i < labelIds.length; i++) {
                has[i] = labelIds[i] >= 0 && nodes.hasLabel(labelIds[i]);
                any |= has[i];
            }
            if (any) {
                nodes.properties(properties, k.selection);
                k.read(properties, values);
                visitor.node(nodes.nodeReference(), has, values);
            }
        }
    }

    /** One scan of the relationship store, in store order: each relationship of one of {@code types}. */
    void scanRelationships(String[] types, String[] keys, RelationshipVisitor visitor) {
        int[] typeAt = positions(Arrays.stream(types).mapToInt(tokens::relationshipType).toArray());
        Keys k = keys(keys);
        Object[] values = new Object[keys.length];
        read.allRelationshipsScan(relationships);
        while (relationships.next()) {
            int type = position(typeAt, relationships.type());
            if (type < 0) {
                continue;
            }
            if (k.selection == PropertySelection.NO_PROPERTIES) {
                Arrays.fill(values, null);
            } else {
                relationships.properties(properties, k.selection);
                k.read(properties, values);
            }
            visitor.relationship(type, relationships.sourceNodeReference(), relationships.targetNodeReference(),
                    values);
        }
    }

    private Keys keys(String[] names) {
        int[] ids = Arrays.stream(names).mapToInt(tokens::propertyKey).toArray();
        int[] known = Arrays.stream(ids).filter(id -> id >= 0).toArray();
        return new Keys(positions(ids), known.length == 0 ? PropertySelection.NO_PROPERTIES
                : PropertySelection.selection(known));
    }

    /** Position by token id (-1: not asked for), so each property or record costs one array load, not a search. */
    private static int[] positions(int[] ids) {
        int[] at = new int[Arrays.stream(ids).max().orElse(-1) + 1];
        Arrays.fill(at, -1);
        for (int i = ids.length - 1; i >= 0; i--) {
            if (ids[i] >= 0) {
                at[ids[i]] = i;
            }
        }
        return at;
    }

    private static int position(int[] positions, int id) {
        return id >= 0 && id < positions.length ? positions[id] : -1;
    }

    /** Position by property key id, and the selection of the keys the store knows. */
    private record Keys(int[] positions, PropertySelection selection) {
        void read(PropertyCursor cursor, Object[] values) {
            Arrays.fill(values, null);
            while (cursor.next()) {
                int at = position(positions, cursor.propertyKey());
                if (at >= 0) {
                    values[at] = cursor.propertyValue().asObjectCopy();
                }
            }
        }
    }

    @Override
    public void close() {
        properties.close();
        relationships.close();
        nodes.close();
    }
}
