package nl.ketenlens.graph;

import java.util.List;

/**
 * What one committed write changed, as far as the in-memory projection cares: the revision it moved the graph
 * from and to, and — when the write did nothing but create supply links — those links, so the projection can add
 * them to the last one instead of reading the whole graph again.
 *
 * @param fromRevision the revision the write started from
 * @param toRevision   the revision it committed ({@code fromRevision + 1})
 * @param createdLinks the links created, when they are the whole change; null when anything else changed
 */
public record GraphChange(long fromRevision, long toRevision, List<LinkRow> createdLinks) {

    public GraphChange {
        createdLinks = createdLinks == null ? null : List.copyOf(createdLinks);
    }

    /** A change the projection can only follow by rebuilding. */
    public static GraphChange opaque(long fromRevision, long toRevision) {
        return new GraphChange(fromRevision, toRevision, null);
    }

    public boolean linksOnly() {
        return createdLinks != null;
    }
}
