package nl.ketenlens.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The last few writes this process committed, newest last, so the projection can catch up by applying them instead
 * of rebuilding. Only a chain without gaps is handed out: a write by anyone who does not record here (another
 * application instance, a seed step, cypher-shell) leaves a gap in the revisions and the projection rebuilds.
 */
@Component
public class GraphChanges {

    /** Writers that record nothing (benchmarks, tests that build their own importer). */
    public static final GraphChanges NONE = new GraphChanges() {
        @Override
        public synchronized void record(GraphChange change) {
        }
    };

    static final int KEEP = 16;
    /** Created links kept per change; a larger import is recorded as opaque (the rebuild reads it from the store). */
    public static final int MAX_LINKS = 50_000;

    private final Deque<GraphChange> recent = new ArrayDeque<>();

    public synchronized void record(GraphChange change) {
        if (change.linksOnly() && change.createdLinks().size() > MAX_LINKS) {
            change = GraphChange.opaque(change.fromRevision(), change.toRevision());
        }
        recent.addLast(change);
        while (recent.size() > KEEP) {
            recent.removeFirst();
        }
    }

    /** The changes leading from revision {@code from} to {@code to}, in order, if this process saw every one. */
    public synchronized Optional<List<GraphChange>> between(long from, long to) {
        List<GraphChange> chain = new ArrayList<>();
        long at = from;
        for (GraphChange c : recent) {
            if (c.fromRevision() == at && at < to) {
                chain.add(c);
                at = c.toRevision();
            }
        }
        return at == to && !chain.isEmpty() ? Optional.of(chain) : Optional.empty();
    }
}
