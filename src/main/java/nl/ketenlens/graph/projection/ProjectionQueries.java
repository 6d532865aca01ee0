package nl.ketenlens.graph.projection;

import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import nl.ketenlens.graph.Schema.Rel;
import nl.ketenlens.risk.IndicatorView;

/**
 * Flat rows for the projection: one pass per label, no traversals (keys are denormalized on the nodes). Node rows
 * carry the node's internal id, edge rows name their ends by it; the projection joins them in memory.
 */
final class ProjectionQueries {

    private ProjectionQueries() {
    }

    /**
     * Revision plus the sizes the projection depends on, all from Neo4j's count store (constant time). A change of
     * the counts without a change of the revision means someone wrote through Bolt, bypassing the importer.
     */
    static final String FINGERPRINT = """
            OPTIONAL MATCH (s:%s {%s: '%s'})
            CALL () { MATCH (n:%s) RETURN count(n) AS companies }
            CALL () { MATCH (n:%s) RETURN count(n) AS facilities }
            CALL () { MATCH ()-[r:%s]->() RETURN count(r) AS links }
            CALL () { MATCH ()-[r:%s]->() RETURN count(r) AS financing }
            CALL () { MATCH (n:%s) RETURN count(n) AS indicators }
            RETURN coalesce(s.%s, 0) AS revision, [companies, facilities, links, financing, indicators] AS counts"""
            .formatted(Label.GRAPH_STATE, Prop.KEY, Prop.MAIN, Label.COMPANY, Label.FACILITY, Rel.BUYS_FROM,
                    Rel.FINANCES, Label.RISK_INDICATOR, Prop.REVISION);

    static final String COMPANIES = """
            MATCH (c:%s)
            RETURN id(c) AS n, c.id AS id, c.name AS name, c.sector AS sector, c.kind AS kind, c.synthetic AS synthetic,
                   [(c)-[:%s]->(v:%s) | v.code] AS covenants
            ORDER BY c.id""".formatted(Label.COMPANY, Rel.MEMBER_OF, Label.COVENANT);

    static final String FACILITIES = """
            MATCH (f:%s)
            RETURN id(f) AS n, f.id AS id, f.name AS name, f.type AS type, f.country AS country, f.region AS region,
                   f.commodities AS commodities, f.synthetic AS synthetic
            ORDER BY f.id""".formatted(Label.FACILITY);

    /**
     * Links by the internal ids of their ends, joined in memory to the node rows: no property read per end and
     * integers instead of id strings on the wire (measured in ADR 0011). {@code id()} is deprecated in Neo4j 5 in
     * favour of {@code elementId()}, but it is valid within the one read transaction the projection uses, and an
     * element id is a string several times the size of the business id it would replace.
     */
    static final String LINKS = """
            MATCH (b)-[l:%s]->(s:%s)
            RETURN id(b) AS b, id(s) AS s, l.commodity AS c, l.share AS share""".formatted(Rel.BUYS_FROM, Label.FACILITY);

    static final String FINANCING = """
            MATCH (a:%1$s)-[:%2$s]->(b:%1$s)
            RETURN id(a) AS a, id(b) AS b""".formatted(Label.COMPANY, Rel.FINANCES);

    static final String INDICATORS = """
            MATCH (i:%s)
            OPTIONAL MATCH (i)-[:%s]->(s:%s)
            RETURN %s AS ind ORDER BY i.id""".formatted(Label.RISK_INDICATOR, Rel.FROM_SOURCE, Label.SOURCE,
            IndicatorView.PROJECTION);

    static final String COMMODITIES = """
            MATCH (m:%s)
            RETURN m.code AS code, m.name AS name, m.hs AS hs, m.upstream AS upstream, m.mainProducers AS producers,
                   m.parent AS parent"""
            .formatted(Label.COMMODITY);
}
