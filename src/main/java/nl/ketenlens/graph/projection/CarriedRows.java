package nl.ketenlens.graph.projection;

import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import nl.ketenlens.graph.Schema.Rel;
import org.neo4j.driver.Value;

/**
 * Reads the projection's part of ADR 0017: company → company supply links, link volumes, facility throughputs and
 * certifications. The last three are optional and rare, so each is read through its V0006 index and costs nothing
 * on a graph without them.
 */
final class CarriedRows {

    static final String COMPANY_LINKS = """
            MATCH (b:%1$s)-[l:%2$s]->(s:%1$s)
            RETURN id(b) AS b, id(s) AS s, l.commodity AS c, l.share AS share""".formatted(Label.COMPANY, Rel.BUYS_FROM);
    static final String VOLUMES = """
            MATCH (b)-[l:%1$s]->(s) WHERE l.%2$s IS NOT NULL
            RETURN b.id AS b, s.id AS s, l.%2$s AS v, l.%3$s AS u""".formatted(Rel.BUYS_FROM, Prop.ANNUAL_VOLUME,
            Prop.VOLUME_UNIT);
    static final String THROUGHPUTS = """
            MATCH (f:%1$s) WHERE f.%2$s IS NOT NULL
            RETURN f.id AS id, f.%2$s AS v, f.%3$s AS u""".formatted(Label.FACILITY, Prop.ANNUAL_THROUGHPUT,
            Prop.THROUGHPUT_UNIT);
    static final String CERTIFICATIONS = """
            MATCH (f:%1$s) WHERE f.%2$s IS NOT NULL
            RETURN f.id AS id, f.%2$s AS c""".formatted(Label.FACILITY, Prop.CERTIFICATIONS);

    private CarriedRows() {
    }

    /**
     * Volumes, throughputs and certifications; call after every vertex was added to {@code builder}. The company
     * links ({@link #COMPANY_LINKS}, by internal node id) are read with the other links by each reader.
     */
    static void facts(ProjectionRows rows, ProjectionBuilder builder) {
        rows.run(VOLUMES).forEach(r -> builder.volume(r.get("b").asString(), r.get("s").asString(),
                r.get("v").asDouble(), ProjectionRows.str(r.get("u"))));
        rows.run(THROUGHPUTS).forEach(r -> builder.throughput(r.get("id").asString(), r.get("v").asDouble(),
                ProjectionRows.str(r.get("u"))));
        rows.run(CERTIFICATIONS).forEach(r -> builder.certifications(r.get("id").asString(),
                r.get("c").asList(Value::asString)));
    }
}
