package nl.ketenlens.graph.projection;

import java.util.ArrayList;
import java.util.List;
import nl.ketenlens.graph.EmbeddedGraph;
import nl.ketenlens.graph.GraphChange;
import nl.ketenlens.graph.GraphChanges;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.StoreWrites;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Builds the in-memory {@link GraphProjection} from flat Cypher rows streamed into the compact graph, and
 * reuses it across requests until the graph changes.
 *
 * <p>Consistency: a projection is read in one read transaction that reads the {@link Fingerprint} (revision and
 * counts) first and again last; if an import committed in between, the build is retried, so no projection mixes
 * two revisions. A change of counts under an unchanged revision is a write that bypassed the importer: it is
 * logged and counted, and the projection rebuilt, instead of being silently ignored. On the embedded store every
 * committed write is also counted by {@link StoreWrites}, which catches property-only edits through Bolt that leave
 * revision and counts alone; with a server URI such an edit is seen at the next revision bump (documented limit).
 *
 * <p>Failure: if a build fails (e.g. an id used by a company and a facility, written behind the importer's back),
 * the last good projection keeps being served and {@link #status()} says which revision and why; the cause is
 * logged once per store state, not once per request. Only with no good projection at all does a request fail.
 */
@Service
public class GraphProjector {

    private static final Logger log = LoggerFactory.getLogger(GraphProjector.class);
    static final int ATTEMPTS = 3;
    /** A failed build is retried when the store changes, or after this long (the fault may have been transient). */
    static final long RETRY_FAILED_AFTER_MS = 60_000;

    /** Index of the supply links' count in {@link Fingerprint#counts()}. */
    private static final int LINK_COUNT = 2;

    private final Driver driver;
    private final EmbeddedGraph embedded;
    private final GraphChanges changes;
    private final StoreWrites writes;
    private volatile Built served;
    private volatile Failure failure;
    private volatile long latestRevision = -1;
    private volatile long outsideWrites;
    private volatile long incrementalUpdates;

    /** A projector that reads through Bolt only (as with a server store). */
    GraphProjector(Driver driver, GraphChanges changes, StoreWrites writes) {
        this(driver, EmbeddedGraph.NONE, changes, writes);
    }

    /** With an embedded store present, full projections read through the engine's own API (ADR 0019). */
    @Autowired
    GraphProjector(Driver driver, EmbeddedGraph embedded, GraphChanges changes, StoreWrites writes) {
        this.driver = driver;
        this.embedded = embedded;
        this.changes = changes;
        this.writes = writes;
    }

    /** The revision and sizes a projection was built from. */
    record Fingerprint(long revision, List<Long> counts) {
        static Fingerprint read(SimpleQueryRunner tx) {
            return of(tx.run(ProjectionQueries.FINGERPRINT).single());
        }

        static Fingerprint of(MapAccessor r) {
            return new Fingerprint(r.get("revision").asLong(), r.get("counts").asList(Value::asLong));
        }
    }

    /** {@code writes}: the {@link StoreWrites} count read before the read transaction began (0 with a server). */
    private record Built(Fingerprint fingerprint, long writes, GraphProjection projection) {
        boolean current(Fingerprint now, long writesNow) {
            return fingerprint.equals(now) && writes == writesNow;
        }
    }

    private record Failure(Fingerprint fingerprint, String cause, long atMillis) {
        boolean covers(Fingerprint now) {
            return fingerprint.equals(now) && System.currentTimeMillis() - atMillis < RETRY_FAILED_AFTER_MS;
        }
    }

    /** The projection of the current graph, built on first use and after every write; the last good one if that fails. */
    public GraphProjection current() {
        long writesNow = writes.count(); // read first: every commit it counts is visible to the read below
        Fingerprint now;
        try (Session session = driver.session()) {
            now = session.executeRead(Fingerprint::read);
        }
        latestRevision = now.revision();
        Built b = served;
        if (b != null && b.current(now, writesNow)) {
            return b.projection();
        }
        synchronized (this) {
            b = served;
            if (b != null && b.current(now, writesNow)) {
                return b.projection();
            }
            Failure f = failure;
            if (b != null && f != null && f.covers(now)) {
                return b.projection();
            }
            return rebuild(b, now, writesNow);
        }
    }

    /** What is being served, for health checks and for answers that must say they are behind. */
    public ProjectionStatus status() {
        Built b = served;
        Failure f = failure;
        long servedRevision = b == null ? -1 : b.projection().revision();
        return new ProjectionStatus(servedRevision, latestRevision, f != null && b != null,
                f == null ? null : f.cause(), outsideWrites);
    }

    private GraphProjection rebuild(Built previous, Fingerprint seen, long writesNow) {
        if (previous != null && previous.fingerprint().revision() == seen.revision()) {
            outsideWrites++;
            log.warn("Graph revision {} changed without a revision bump (counts {} -> {}, committed writes {} -> {}): "
                    + "a write bypassed the importer; rebuilding the projection", seen.revision(),
                    previous.fingerprint().counts(), seen.counts(), previous.writes(), writes.count());
        }
        try {
            Built built = incremental(previous, seen, writesNow);
            boolean applied = built != null;
            built = applied ? built : buildConsistent();
            served = built;
            failure = null;
            log.info("Projected graph revision {}{}: {} in {} ms", built.fingerprint().revision(),
                    applied ? " (imported links added to the last projection)" : "", built.projection().graph(),
                    built.projection().buildMillis());
            return built.projection();
        } catch (RuntimeException e) {
            failure = new Failure(seen, e.toString(), System.currentTimeMillis());
            if (previous == null) {
                throw new IllegalStateException("cannot project graph revision " + seen.revision()
                        + " and there is no earlier projection to serve", e);
            }
            log.error("Cannot project graph revision {}; serving the last good projection of revision {} until the "
                    + "store changes", seen.revision(), previous.projection().revision(), e);
            return previous.projection();
        }
    }

    /**
     * The previous projection plus the links this process's imports created since, when that is provably the
     * whole difference: every revision in between was recorded as a links-only change, and the store's counts,
     * read in one transaction with the revision, are the previous counts plus exactly those links. Otherwise
     * null, and the caller rebuilds from the store. With the embedded store's write counter, the commits counted
     * since must be exactly those imports (one transaction each): a Bolt write in between forces a rebuild.
     */
    private Built incremental(Built previous, Fingerprint seen, long writesNow) {
        if (previous == null || seen.revision() <= previous.fingerprint().revision()) {
            return null;
        }
        List<GraphChange> chain = changes.between(previous.fingerprint().revision(), seen.revision()).orElse(List.of());
        if (chain.isEmpty() || !chain.stream().allMatch(GraphChange::linksOnly)) {
            return null;
        }
        long counted = writesNow - previous.writes();
        if (counted != 0 && counted != chain.size()) { // 0: no counter (a server); else one commit per import
            return null;
        }
        List<LinkRow> links = chain.stream().flatMap(c -> c.createdLinks().stream()).toList();
        List<Long> expected = new ArrayList<>(previous.fingerprint().counts());
        expected.set(LINK_COUNT, expected.get(LINK_COUNT) + links.size());
        if (!expected.equals(seen.counts())) {
            return null;
        }
        GraphProjection p = ProjectionDelta.apply(previous.projection(), links, seen.revision());
        if (p == null) {
            return null;
        }
        incrementalUpdates++;
        return new Built(seen, writesNow, p);
    }

    private Built readBolt(long writesBefore) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                Fingerprint before = Fingerprint.read(tx);
                GraphProjection p = BoltProjectionReader.build(tx, before);
                Fingerprint after = Fingerprint.read(tx);
                return before.equals(after) ? new Built(after, writesBefore, p) : null;
            });
        }
    }

    /** Read-only by use: nothing is written, and closing without commit rolls nothing back. */
    private Built readEmbedded(long writesBefore) {
        try (Transaction tx = embedded.database().beginTx()) {
            Fingerprint before = EmbeddedProjectionReader.fingerprint(tx);
            GraphProjection p = EmbeddedProjectionReader.build(tx, before);
            Fingerprint after = EmbeddedProjectionReader.fingerprint(tx);
            return before.equals(after) ? new Built(after, writesBefore, p) : null;
        }
    }

    /**
     * A full projection read now, by a projector of its own: through the embedded API when {@code embedded} is
     * present, else through Bolt. For benchmarks that compare the two paths on one store; the application uses
     * {@link #current()}.
     */
    public static GraphProjection readOnce(Driver driver, EmbeddedGraph embedded) {
        return new GraphProjector(driver, embedded, GraphChanges.NONE, new StoreWrites()).current();
    }

    /** How many times imported links were added to the last projection instead of rebuilding (for tests). */
    long incrementalUpdates() {
        return incrementalUpdates;
    }

    /**
     * One read transaction per attempt — the embedded engine's own when the store is embedded, else a Bolt one —
     * and the fingerprint read last in it must equal the one read first.
     */
    private Built buildConsistent() {
        for (int attempt = 1; ; attempt++) {
            long writesBefore = writes.count();
            Built built = embedded.present() ? readEmbedded(writesBefore) : readBolt(writesBefore);
            // a commit counted meanwhile may or may not be in what was read: read again rather than guess
            if (built != null && writes.count() == writesBefore) {
                return built;
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("the graph changed during each of " + ATTEMPTS + " projection attempts");
            }
            log.info("Graph changed while projecting (attempt {}), reading again", attempt);
        }
    }
}
