package nl.ketenlens.seed.reference;

/**
 * The Cypher statements of {@link ReferenceDataWriter}, each run as {@code UNWIND $rows AS row}. Keys are MERGEd and
 * properties SET explicitly (so a property whose value became null is removed); relationships to a node other than
 * the row's current target are deleted first, so a changed row moves its links instead of adding new ones.
 */
final class ReferenceCypher {
    private ReferenceCypher() {
    }

    static final String COUNTRIES = """
            UNWIND $rows AS row
            MERGE (c:Country {iso2: row.iso2})
            SET c.iso3 = row.iso3, c.numeric = row.numeric, c.name = row.name, c.m49Region = row.m49Region,
                c.m49SubRegion = row.m49SubRegion, c.eudrRisk = row.eudrRisk,
                c.wgiVa = row.wgiVa, c.wgiPv = row.wgiPv, c.wgiGe = row.wgiGe, c.wgiRq = row.wgiRq,
                c.wgiRl = row.wgiRl, c.wgiCc = row.wgiCc, c.wgiSource = row.wgiSource
            """;

    static final String REGIONS = """
            UNWIND $rows AS row
            MATCH (c:Country {iso2: row.country})
            MERGE (r:Region {code: row.code})
            SET r.name = row.name, r.country = row.country
            WITH r, c
            CALL (r, c) {
              MATCH (r)-[old:PART_OF]->(other:Country) WHERE other <> c
              DELETE old }
            MERGE (r)-[:PART_OF]->(c)
            """;

    static final String COMMODITIES = """
            UNWIND $rows AS row
            MERGE (m:Commodity {code: row.code})
            SET m.name = row.name, m.hs = row.hs, m.category = row.category, m.eudr = row.eudr,
                m.upstream = row.upstream, m.mainProducers = row.mainProducers
            """;

    static final String THEMES = """
            UNWIND $rows AS row
            MERGE (t:RiskTheme {code: row.code})
            SET t.name = row.name
            """;

    static final String SECTORS = """
            UNWIND $rows AS row
            MERGE (s:Sector {code: row.code})
            SET s.name = row.name, s.nameNl = row.nameNl, s.kpmgPage = row.kpmgPage
            """;

    static final String COVENANTS = """
            UNWIND $rows AS row
            MATCH (s:Sector {code: row.sector})
            MERGE (v:Covenant {code: row.code})
            SET v.name = row.name, v.nameNl = row.nameNl, v.signed = row.signed, v.inForce = row.inForce,
                v.ended = row.ended, v.status = row.status, v.marketShareClass = row.marketShareClass,
                v.facts = row.facts, v.sourceUrl = row.sourceUrl
            WITH v, s
            CALL (v, s) {
              MATCH (v)-[old:FOR_SECTOR]->(other:Sector) WHERE other <> s
              DELETE old }
            MERGE (v)-[:FOR_SECTOR]->(s)
            """;

    static final String SOURCES = """
            UNWIND $rows AS row
            MERGE (s:Source {id: row.id})
            SET s.publisher = row.publisher, s.title = row.title, s.edition = row.edition, s.year = row.year,
                s.licence = row.licence, s.url = row.url
            """;

    /** Returns {id, missing} for every row whose theme, country, region, commodity or source node is absent. */
    static final String MISSING_REFERENCES = """
            UNWIND $rows AS row
            OPTIONAL MATCH (t:RiskTheme {code: row.theme})
            OPTIONAL MATCH (c:Country {iso2: row.country})
            OPTIONAL MATCH (r:Region {code: row.region})
            OPTIONAL MATCH (m:Commodity {code: row.commodity})
            OPTIONAL MATCH (s:Source {id: row.sourceId})
            WITH row, [x IN [
                CASE WHEN t IS NULL THEN 'theme ' + row.theme END,
                CASE WHEN c IS NULL THEN 'country ' + row.country END,
                CASE WHEN row.region IS NOT NULL AND r IS NULL THEN 'region ' + row.region END,
                CASE WHEN row.commodity IS NOT NULL AND m IS NULL THEN 'commodity ' + row.commodity END,
                CASE WHEN s IS NULL THEN 'source ' + row.sourceId END] WHERE x IS NOT NULL] AS missing
            WHERE size(missing) > 0
            RETURN row.id AS id, missing
            """;

    static final String INDICATORS = """
            UNWIND $rows AS row
            MATCH (t:RiskTheme {code: row.theme})
            MATCH (c:Country {iso2: row.country})
            MATCH (s:Source {id: row.sourceId})
            OPTIONAL MATCH (r:Region {code: row.region})
            OPTIONAL MATCH (m:Commodity {code: row.commodity})
            MERGE (i:RiskIndicator {id: row.id})
            SET i.theme = row.theme, i.country = row.country, i.region = row.region, i.commodity = row.commodity,
                i.scale = row.scale, i.scope = row.scope, i.irremediability = row.irremediability,
                i.likelihood = row.likelihood, i.basis = row.basis, i.sourceId = row.sourceId
            WITH i, t, c, s, r, m
            CALL (i, t, c, s, r, m) {
              MATCH (i)-[old:OF_THEME|APPLIES_IN|FOR_COMMODITY|FROM_SOURCE]->(x)
              WHERE NOT x IN [y IN [t, c, s, r, m] WHERE y IS NOT NULL]
              DELETE old }
            MERGE (i)-[:OF_THEME]->(t)
            MERGE (i)-[:APPLIES_IN]->(c)
            MERGE (i)-[:FROM_SOURCE]->(s)
            FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (i)-[:APPLIES_IN]->(r))
            FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | MERGE (i)-[:FOR_COMMODITY]->(m))
            """;
}
