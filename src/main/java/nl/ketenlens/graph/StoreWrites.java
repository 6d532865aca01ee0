package nl.ketenlens.graph;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;

/**
 * Counts committed transactions that changed graph data, whoever wrote them: the importer, the seed, or someone's
 * {@code SET f.country = 'XX'} through Bolt. The projection compares this counter, not only the revision and the
 * count store, so a property-only edit behind the importer's back is never served stale (issue 10 item 3).
 *
 * <p>Only the embedded store can register it ({@link #exact()}); with a server URI the count is never bumped and
 * the projection falls back to revision plus counts, which cannot see a property-only edit (documented limit).
 * Writes that touch only accounts and the audit trail ({@value Schema.Label#USER}, {@value Schema.Label#AUDIT_EVENT})
 * are not counted: they happen on logins and audited actions and must not force a projection rebuild.
 * The relevance test stops at the first relevant change, so a large import costs a few lookups, not a scan.
 */
public final class StoreWrites implements TransactionEventListener<Boolean> {

    private static final Set<String> NOT_PROJECTED = Set.of(Schema.Label.USER, Schema.Label.AUDIT_EVENT);

    private final AtomicLong commits = new AtomicLong();
    private volatile boolean registered;

    /** Committed data-changing transactions since start; 0 forever when not registered on an embedded store. */
    public long count() {
        return commits.get();
    }

    /** Whether a store registered this listener, i.e. whether {@link #count()} sees every write. */
    public boolean exact() {
        return registered;
    }

    /** Called by the embedded store when it registers this listener. */
    public void markRegistered() {
        registered = true;
    }

    @Override
    public Boolean beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService db) {
        return relevant(data);
    }

    @Override
    public void afterCommit(TransactionData data, Boolean relevant, GraphDatabaseService db) {
        if (Boolean.TRUE.equals(relevant)) {
            commits.incrementAndGet();
        }
    }

    @Override
    public void afterRollback(TransactionData data, Boolean state, GraphDatabaseService db) {
        // nothing was written
    }

    static boolean relevant(TransactionData data) {
        if (data.createdRelationships().iterator().hasNext() || data.deletedRelationships().iterator().hasNext()
                || data.assignedRelationshipProperties().iterator().hasNext()
                || data.removedRelationshipProperties().iterator().hasNext()) {
            return true;
        }
        for (LabelEntry e : data.assignedLabels()) {
            if (!NOT_PROJECTED.contains(e.label().name())) {
                return true;
            }
        }
        for (LabelEntry e : data.removedLabels()) {
            if (!NOT_PROJECTED.contains(e.label().name())) {
                return true;
            }
        }
        return changedProjected(data, data.assignedNodeProperties()) || changedProjected(data, data.removedNodeProperties());
    }

    private static boolean changedProjected(TransactionData data, Iterable<PropertyEntry<Node>> entries) {
        for (PropertyEntry<Node> e : entries) {
            Node node = e.entity();
            if (data.isDeleted(node)) {
                continue; // its removed labels were looked at above
            }
            boolean onlyIgnored = node.getLabels().iterator().hasNext();
            for (Label label : node.getLabels()) {
                onlyIgnored &= NOT_PROJECTED.contains(label.name());
            }
            if (!onlyIgnored) {
                return true;
            }
        }
        return false;
    }
}
