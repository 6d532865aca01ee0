package nl.ketenlens.graph.projection;

import nl.ketenlens.risk.IndicatorView;

/** Flat rows for the projection: one pass per label, no traversals (keys are denormalized on the nodes). */
final class ProjectionQueries {

    private ProjectionQueries() {
    }

    static final String COUNTS = """
            CALL () { MATCH (n) WHERE n:Company OR n:Facility RETURN count(n) AS vertices }
            CALL () { MATCH ()-[r:BUYS_FROM|FINANCES]->() RETURN count(r) AS edges }
            RETURN vertices, edges""";

    static final String COMPANIES = """
            MATCH (c:Company)
            RETURN c.id AS id, c.name AS name, c.sector AS sector, c.kind AS kind, c.synthetic AS synthetic,
                   [(c)-[:MEMBER_OF]->(v:Covenant) | v.code] AS covenants
            ORDER BY c.id""";

    static final String FACILITIES = """
            MATCH (f:Facility)
            RETURN f.id AS id, f.name AS name, f.type AS type, f.country AS country, f.region AS region,
                   f.commodities AS commodities, f.synthetic AS synthetic
            ORDER BY f.id""";

    static final String LINKS = """
            MATCH (b)-[l:BUYS_FROM]->(s:Facility)
            RETURN b.id AS b, s.id AS s, l.commodity AS c, l.share AS share""";

    static final String FINANCING = """
            MATCH (a:Company)-[:FINANCES]->(b:Company)
            RETURN a.id AS a, b.id AS b""";

    static final String INDICATORS = """
            MATCH (i:RiskIndicator)
            OPTIONAL MATCH (i)-[:FROM_SOURCE]->(s:Source)
            RETURN %s AS ind ORDER BY i.id""".formatted(IndicatorView.PROJECTION);

    static final String COMMODITIES = """
            MATCH (m:Commodity)
            RETURN m.code AS code, m.name AS name, m.hs AS hs, m.upstream AS upstream, m.mainProducers AS producers""";
}
