package nl.ketenlens.graph.projection;

import java.util.List;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.projection.GraphProjector.Fingerprint;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Reads the projection as flat Cypher rows over Bolt, inside the caller's one read transaction: the path for a
 * Neo4j server ({@code NEO4J_URI}); the embedded store is read by {@link EmbeddedProjectionReader} (ADR 0019).
 * Node rows carry the internal node id, edge rows name their ends by it, joined through {@link NodeIds}.
 */
final class BoltProjectionReader {

    private BoltProjectionReader() {
    }

    static ProjectionRows rows(SimpleQueryRunner tx) {
        return cypher -> tx.run(cypher).stream();
    }

    static GraphProjection build(SimpleQueryRunner tx, Fingerprint fingerprint) {
        List<Long> counts = fingerprint.counts();
        int vertices = Math.toIntExact(counts.get(0) + counts.get(1));
        ProjectionBuilder builder = new ProjectionBuilder(vertices, Math.toIntExact(counts.get(2) + counts.get(3)));
        NodeIds ids = new NodeIds(vertices);
        ProjectionRows rows = rows(tx);
        rows.run(ProjectionQueries.COMPANIES).forEach(r -> ids.put(r.get("n").asLong(), builder.addCompany(
                new CompanyRow(r.get("id").asString(), ProjectionRows.str(r.get("name")),
                        ProjectionRows.str(r.get("sector")), null, null, ProjectionRows.strings(r.get("covenants")),
                        ProjectionRows.str(r.get("kind")), r.get("synthetic").asBoolean(false)))));
        rows.run(ProjectionQueries.FACILITIES).forEach(r -> ids.put(r.get("n").asLong(), builder.addFacility(
                new FacilityRow(r.get("id").asString(), ProjectionRows.str(r.get("name")),
                        ProjectionRows.str(r.get("type")), ProjectionRows.str(r.get("country")),
                        ProjectionRows.str(r.get("region")), ProjectionRows.strings(r.get("commodities")), null, null,
                        r.get("synthetic").asBoolean(false)))));
        rows.run(ProjectionQueries.LINKS).forEach(r -> builder.link(ids.get(r.get("b").asLong()),
                ids.get(r.get("s").asLong()), ProjectionRows.str(r.get("c")),
                r.get("share").isNull() ? Double.NaN : r.get("share").asDouble()));
        rows.run(ProjectionQueries.FINANCING).forEach(r -> builder.financing(ids.get(r.get("a").asLong()),
                ids.get(r.get("b").asLong())));
        rows.run(CarriedRows.COMPANY_LINKS).forEach(r -> builder.link(ids.get(r.get("b").asLong()),
                ids.get(r.get("s").asLong()), ProjectionRows.str(r.get("c")),
                r.get("share").isNull() ? Double.NaN : r.get("share").asDouble()));
        return ProjectionRows.finish(rows, builder, fingerprint.revision());
    }
}
