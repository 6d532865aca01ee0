package nl.ketenlens.graph.projection;

/**
 * What the analyses are being served from.
 *
 * @param servedRevision revision of the projection analyses currently get (-1 before the first build)
 * @param latestRevision revision of the store when last looked at
 * @param stale          true when the store has moved on but its projection could not be built, so the last good
 *                       one is served
 * @param lastFailure    why the newest build failed (null when the served projection is current)
 * @param outsideWrites  how often the graph changed without a revision bump (a write that bypassed the importer)
 */
public record ProjectionStatus(long servedRevision, long latestRevision, boolean stale, String lastFailure,
                               long outsideWrites) {
}
