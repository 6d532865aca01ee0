package nl.ketenlens.catalog;

import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import nl.ketenlens.graph.Schema.Rel;
import nl.ketenlens.risk.IndicatorView;

/**
 * The catalog's Cypher, in one place so the graph model it relies on is easy to review. Labels and types come from
 * {@link nl.ketenlens.graph.Schema}; each query lists its format arguments in the order they appear.
 */
final class CatalogQueries {

    private CatalogQueries() {
    }

    private static final String COMPANY_MAP =
            "c {.id, .name, .sector, .size, .kind, .synthetic, .kvk, covenants: [(c)-[:%s]->(v) | v.code]}"
                    .formatted(Rel.MEMBER_OF);

    static final String COMPANIES = """
            MATCH (c:%s)
            WHERE ($q IS NULL OR toLower(c.name) CONTAINS toLower($q) OR c.id = $q)
              AND ($sector IS NULL OR c.sector = $sector)
              AND ($covenant IS NULL OR EXISTS { (c)-[:%s]->(:%s {code: $covenant}) })
            WITH c ORDER BY c.name, c.id
            WITH collect(c) AS matched
            RETURN size(matched) AS total, [c IN matched[$offset..($offset + $limit)] | %s] AS page
            """.formatted(Label.COMPANY, Rel.MEMBER_OF, Label.COVENANT, COMPANY_MAP);

    static final String COMPANY = """
            MATCH (c:%1$s {id: $id})
            RETURN %2$s AS c,
                   COLLECT { MATCH (c)-[l:%3$s]->(f:%4$s)
                             RETURN {facilityId: f.id, name: f.name, type: f.type, country: f.country,
                                     commodity: l.commodity, share: l.share, synthetic: l.synthetic,
                                     annualVolume: l.%6$s, volumeUnit: l.%7$s} AS s
                             ORDER BY s.facilityId } AS suppliers,
                   COLLECT { MATCH (c)-[m:%5$s]->(x:%1$s)
                             RETURN {companyId: x.id, name: x.name, synthetic: x.synthetic, amount: m.%8$s} AS x
                             ORDER BY x.companyId } AS financed,
                   COLLECT { MATCH (c)-[l:%3$s]->(x:%1$s)
                             RETURN {companyId: x.id, name: x.name, commodity: l.commodity, share: l.share,
                                     annualVolume: l.%6$s, volumeUnit: l.%7$s, synthetic: l.synthetic} AS x
                             ORDER BY x.companyId, x.commodity } AS supplierCompanies,
                   COLLECT { MATCH (x:%1$s)-[m:%5$s]->(c)
                             RETURN {companyId: x.id, name: x.name, kind: x.kind, amount: m.%8$s,
                                     synthetic: m.synthetic} AS x
                             ORDER BY x.companyId } AS financedBy
            """.formatted(Label.COMPANY, COMPANY_MAP, Rel.BUYS_FROM, Label.FACILITY, Rel.FINANCES, Prop.ANNUAL_VOLUME,
            Prop.VOLUME_UNIT, Prop.AMOUNT);

    static final String FACILITY = """
            MATCH (f:%1$s {id: $id})
            OPTIONAL MATCH (k:%2$s {iso2: f.country})
            RETURN f {.*} AS f, k {.iso2, .iso3, .name} AS k,
                   COLLECT { MATCH (m:%3$s) WHERE m.code IN f.commodities
                             RETURN m {.code, .name, .hs} AS m ORDER BY m.code } AS commodities,
                   COUNT { (f)<-[:%4$s]-() } AS buyers,
                   COUNT { (f)-[:%4$s]->() } AS suppliers,
                   COLLECT { MATCH (i:%5$s {country: f.country})
                             WHERE %6$s
                             OPTIONAL MATCH (i)-[:%7$s]->(s:%8$s)
                             RETURN %9$s AS ind ORDER BY ind.theme, ind.id } AS indicators
            """.formatted(Label.FACILITY, Label.COUNTRY, Label.COMMODITY, Rel.BUYS_FROM, Label.RISK_INDICATOR,
            IndicatorView.appliesToFacility(Label.COMMODITY), Rel.FROM_SOURCE, Label.SOURCE, IndicatorView.PROJECTION);

    static final String COUNTRY_RISKS = """
            MATCH (k:%s) WHERE k.iso2 = $code OR k.iso3 = $code
            RETURN k {.*} AS k,
                   COLLECT { MATCH (i:%s {country: k.iso2})
                             WHERE $theme IS NULL OR i.theme = $theme
                             OPTIONAL MATCH (i)-[:%s]->(s:%s)
                             RETURN %s AS ind ORDER BY ind.theme, ind.region, ind.commodity } AS indicators
            """.formatted(Label.COUNTRY, Label.RISK_INDICATOR, Rel.FROM_SOURCE, Label.SOURCE, IndicatorView.PROJECTION);

    static final String COVENANTS = """
            MATCH (v:%s)
            OPTIONAL MATCH (v)-[:%s]->(s:%s)
            RETURN v {.*} AS v, s.code AS sector,
                   COLLECT { MATCH (c:%s)-[:%s]->(v) RETURN c.id ORDER BY c.id } AS members
            ORDER BY v.code
            """.formatted(Label.COVENANT, Rel.FOR_SECTOR, Label.SECTOR, Label.COMPANY, Rel.MEMBER_OF);
}
