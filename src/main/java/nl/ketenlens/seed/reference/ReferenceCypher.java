package nl.ketenlens.seed.reference;

import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Rel;
/**
 * The Cypher statements of {@link ReferenceDataWriter}, each run as {@code UNWIND $rows AS row}. Keys are MERGEd and
 * properties SET explicitly (so a property whose value became null is removed); relationships to a node other than
 * the row's current target are deleted first, so a changed row moves its links instead of adding new ones.
 * Sources and indicators are written by {@link nl.ketenlens.graph.IndicatorWriter}.
 */
final class ReferenceCypher {
    private ReferenceCypher() {
    }

    /**
     * Indicators of the reference sources that the current reference set no longer has, e.g. the 12,789
     * per-commodity EDGAR agriculture rows a store seeded before ADR 0023 holds: a re-seed replaces its own sources'
     * indicators instead of leaving retired ids to match beside their successors. Imported sources are not touched.
     */
    static final String RETIRED_INDICATORS = """
            MATCH (i:%s) WHERE i.sourceId IN $sources AND NOT i.id IN $ids
            DETACH DELETE i
            RETURN count(*) AS retired""".formatted(Label.RISK_INDICATOR);

    static final String COUNTRIES = """
            UNWIND $rows AS row
            MERGE (c:%s {iso2: row.iso2})
            SET c.iso3 = row.iso3, c.numeric = row.numeric, c.name = row.name, c.m49Region = row.m49Region,
                c.m49SubRegion = row.m49SubRegion, c.eudrRisk = row.eudrRisk,
                c.wgiVa = row.wgiVa, c.wgiPv = row.wgiPv, c.wgiGe = row.wgiGe, c.wgiRq = row.wgiRq,
                c.wgiRl = row.wgiRl, c.wgiCc = row.wgiCc, c.wgiSource = row.wgiSource
            """.formatted(Label.COUNTRY);

    static final String REGIONS = """
            UNWIND $rows AS row
            MATCH (c:%1$s {iso2: row.country})
            MERGE (r:%2$s {code: row.code})
            SET r.name = row.name, r.country = row.country
            WITH r, c
            CALL (r, c) {
              MATCH (r)-[old:%3$s]->(other:%1$s) WHERE other <> c
              DELETE old }
            MERGE (r)-[:%3$s]->(c)
            """.formatted(Label.COUNTRY, Label.REGION, Rel.PART_OF);

    static final String COMMODITIES = """
            UNWIND $rows AS row
            MERGE (m:%s {code: row.code})
            SET m.name = row.name, m.hs = row.hs, m.category = row.category, m.eudr = row.eudr,
                m.upstream = row.upstream, m.mainProducers = row.mainProducers, m.parent = row.parent,
                m.ancestors = row.ancestors
            """.formatted(Label.COMMODITY);

    static final String THEMES = """
            UNWIND $rows AS row
            MERGE (t:%s {code: row.code})
            SET t.name = row.name
            """.formatted(Label.RISK_THEME);

    static final String SECTORS = """
            UNWIND $rows AS row
            MERGE (s:%s {code: row.code})
            SET s.name = row.name, s.nameNl = row.nameNl, s.kpmgPage = row.kpmgPage
            """.formatted(Label.SECTOR);

    static final String COVENANTS = """
            UNWIND $rows AS row
            MATCH (s:%1$s {code: row.sector})
            MERGE (v:%2$s {code: row.code})
            SET v.name = row.name, v.nameNl = row.nameNl, v.signed = row.signed, v.inForce = row.inForce,
                v.ended = row.ended, v.status = row.status, v.marketShareClass = row.marketShareClass,
                v.facts = row.facts, v.sourceUrl = row.sourceUrl, v.statusAsOf = row.statusAsOf,
                v.statusSource = row.statusSource, v.statusHistory = row.statusHistory,
                v.priorityThemes = row.priorityThemes
            WITH v, s
            CALL (v, s) {
              MATCH (v)-[old:%3$s]->(other:%1$s) WHERE other <> s
              DELETE old }
            MERGE (v)-[:%3$s]->(s)
            """.formatted(Label.SECTOR, Label.COVENANT, Rel.FOR_SECTOR);
}
