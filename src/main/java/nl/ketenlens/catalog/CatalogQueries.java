package nl.ketenlens.catalog;

import nl.ketenlens.risk.IndicatorView;

/** The catalog's Cypher, in one place so the graph model it relies on is easy to review. */
final class CatalogQueries {

    private CatalogQueries() {
    }

    private static final String COMPANY_MAP =
            "c {.id, .name, .sector, .size, .kind, .synthetic, .kvk, covenants: [(c)-[:MEMBER_OF]->(v) | v.code]}";

    static final String COMPANIES = """
            MATCH (c:Company)
            WHERE ($q IS NULL OR toLower(c.name) CONTAINS toLower($q) OR c.id = $q)
              AND ($sector IS NULL OR c.sector = $sector)
              AND ($covenant IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Covenant {code: $covenant}) })
            WITH c ORDER BY c.name, c.id
            WITH collect(c) AS matched
            RETURN size(matched) AS total, [c IN matched[$offset..($offset + $limit)] | %s] AS page
            """.formatted(COMPANY_MAP);

    static final String COMPANY = """
            MATCH (c:Company {id: $id})
            RETURN %s AS c,
                   COLLECT { MATCH (c)-[l:BUYS_FROM]->(f:Facility)
                             RETURN {facilityId: f.id, name: f.name, type: f.type, country: f.country,
                                     commodity: l.commodity, share: l.share, synthetic: l.synthetic} AS s
                             ORDER BY s.facilityId } AS suppliers,
                   COLLECT { MATCH (c)-[:FINANCES]->(x:Company)
                             RETURN {companyId: x.id, name: x.name, synthetic: x.synthetic} AS x
                             ORDER BY x.companyId } AS financed
            """.formatted(COMPANY_MAP);

    static final String FACILITY = """
            MATCH (f:Facility {id: $id})
            OPTIONAL MATCH (k:Country {iso2: f.country})
            RETURN f {.*} AS f, k {.iso2, .iso3, .name} AS k,
                   COLLECT { MATCH (m:Commodity) WHERE m.code IN f.commodities
                             RETURN m {.code, .name, .hs} AS m ORDER BY m.code } AS commodities,
                   COUNT { (f)<-[:BUYS_FROM]-() } AS buyers,
                   COUNT { (f)-[:BUYS_FROM]->() } AS suppliers,
                   COLLECT { MATCH (i:RiskIndicator {country: f.country})
                             WHERE %s
                             OPTIONAL MATCH (i)-[:FROM_SOURCE]->(s:Source)
                             RETURN %s AS ind ORDER BY ind.theme, ind.id } AS indicators
            """.formatted(IndicatorView.APPLIES_TO_FACILITY, IndicatorView.PROJECTION);

    static final String COUNTRY_RISKS = """
            MATCH (k:Country) WHERE k.iso2 = $code OR k.iso3 = $code
            RETURN k {.*} AS k,
                   COLLECT { MATCH (i:RiskIndicator {country: k.iso2})
                             WHERE $theme IS NULL OR i.theme = $theme
                             OPTIONAL MATCH (i)-[:FROM_SOURCE]->(s:Source)
                             RETURN %s AS ind ORDER BY ind.theme, ind.region, ind.commodity } AS indicators
            """.formatted(IndicatorView.PROJECTION);

    static final String COVENANTS = """
            MATCH (v:Covenant)
            OPTIONAL MATCH (v)-[:FOR_SECTOR]->(s:Sector)
            RETURN v {.*} AS v, s.code AS sector,
                   COLLECT { MATCH (c:Company)-[:MEMBER_OF]->(v) RETURN c.id ORDER BY c.id } AS members
            ORDER BY v.code
            """;
}
