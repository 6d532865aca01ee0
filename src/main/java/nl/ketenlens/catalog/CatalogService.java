package nl.ketenlens.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.access.AggregatePolicy;
import nl.ketenlens.access.Disclosure;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.api.NotFoundException;
import nl.ketenlens.catalog.CatalogRecords.CommodityRef;
import nl.ketenlens.catalog.CatalogRecords.CompanyDetail;
import nl.ketenlens.catalog.CatalogRecords.CompanyPage;
import nl.ketenlens.catalog.CatalogRecords.CompanySummary;
import nl.ketenlens.catalog.CatalogRecords.CountryRef;
import nl.ketenlens.catalog.CatalogRecords.CountryRisks;
import nl.ketenlens.catalog.CatalogRecords.CovenantView;
import nl.ketenlens.catalog.CatalogRecords.FacilityDetail;
import nl.ketenlens.catalog.CatalogRecords.FinancedCompany;
import nl.ketenlens.catalog.CatalogRecords.Governance;
import nl.ketenlens.catalog.CatalogRecords.Financier;
import nl.ketenlens.catalog.CatalogRecords.SupplierCompany;
import nl.ketenlens.catalog.CatalogRecords.SupplierLink;
import nl.ketenlens.graph.Schema.Prop;
import nl.ketenlens.risk.Certifications;
import nl.ketenlens.risk.ChainStage;
import nl.ketenlens.risk.IndicatorView;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Read access to the graph for browsing: companies, facilities, country risks, covenants. Per viewer: the company
 * search lists only the companies the viewer may read (admin: all, a company user: itself, others: none), a
 * company's suppliers only for the admin and the company itself, covenant members as a count of at least k.
 * The methods without a viewer are the admin's.
 */
@Service
public class CatalogService {

    private final Neo4jClient client;
    private final CodeLookup codes;
    private final AggregatePolicy policy;

    CatalogService(Neo4jClient client, CodeLookup codes, AggregatePolicy policy) {
        this.client = client;
        this.codes = codes;
        this.policy = policy;
    }

    public CompanyPage companies(String query, String sector, String covenant, int offset, int limit) {
        return companies(Viewer.admin(), query, sector, covenant, offset, limit);
    }

    /**
     * The search as {@code viewer} may see it. Not the admin: at most the viewer's own company, when it matches;
     * {@code total} counts what is listed, so it cannot be used to count other companies by name or sector.
     */
    public CompanyPage companies(Viewer viewer, String query, String sector, String covenant, int offset, int limit) {
        if (viewer.isAdmin()) {
            return search(query, sector, covenant, offset, limit);
        }
        check(offset, limit, sector, covenant);
        if (viewer.companyId() == null) {
            return new CompanyPage(0, offset, limit, List.of());
        }
        String q = query == null || query.isBlank() ? null : query.strip().toLowerCase(java.util.Locale.ROOT);
        List<CompanySummary> own = search(viewer.companyId(), sector, covenant, 0, 1000).companies().stream()
                .filter(c -> c.companyId().equals(viewer.companyId()))
                .filter(c -> q == null || c.companyId().toLowerCase(java.util.Locale.ROOT).equals(q)
                        || (c.name() != null && c.name().toLowerCase(java.util.Locale.ROOT).contains(q)))
                .toList();
        return new CompanyPage(own.size(), offset, limit, offset == 0 ? own : List.of());
    }

    private void check(int offset, int limit, String sector, String covenant) {
        if (offset < 0) {
            throw new BadRequestException("offset", "must be ≥ 0, was " + offset);
        }
        if (limit < 1 || limit > 1000) {
            throw new BadRequestException("limit", "must be 1..1000, was " + limit);
        }
        codes.requireSector(sector);
        codes.requireCovenant(covenant);
    }

    private CompanyPage search(String query, String sector, String covenant, int offset, int limit) {
        check(offset, limit, sector, covenant);
        Map<String, Object> params = new HashMap<>();
        params.put("q", query == null || query.isBlank() ? null : query.strip());
        params.put("sector", sector);
        params.put("covenant", covenant);
        params.put("offset", offset);
        params.put("limit", limit);
        return client.query(CatalogQueries.COMPANIES).bindAll(params).fetchAs(CompanyPage.class)
                .mappedBy((types, r) -> new CompanyPage(r.get("total").asLong(), offset, limit,
                        r.get("page").asList(CatalogService::companySummary)))
                .one().orElseThrow();
    }

    public CompanyDetail company(String id) {
        return company(Viewer.admin(), id);
    }

    /** One company with its suppliers; another company's id is "unknown" to a viewer who may not read its chain. */
    public CompanyDetail company(Viewer viewer, String id) {
        if (!viewer.mayReadChainOf(id)) {
            throw new NotFoundException("company", id);
        }
        return client.query(CatalogQueries.COMPANY).bind(id).to("id").fetchAs(CompanyDetail.class)
                .mappedBy((types, r) -> {
                    List<SupplierLink> suppliers = r.get("suppliers").asList(CatalogService::supplierLink);
                    List<FinancedCompany> financed = r.get("financed").asList(v -> new FinancedCompany(
                            v.get("companyId").asString(), v.get("name").asString(), v.get("synthetic").asBoolean(false),
                            dbl(v.get("amount"))));
                    // another company's identity only for the admin (aggregate-only rule, ADR 0017)
                    boolean admin = viewer.isAdmin();
                    List<SupplierCompany> supplierCompanies = r.get("supplierCompanies").asList(v -> new SupplierCompany(
                            admin ? v.get("companyId").asString() : null, admin ? str(v.get("name")) : null,
                            str(v.get("commodity")),
                            dbl(v.get("share")), dbl(v.get("annualVolume")), str(v.get("volumeUnit")),
                            v.get("synthetic").asBoolean(false)));
                    List<Financier> financedBy = r.get("financedBy").asList(v -> new Financier(
                            admin ? v.get("companyId").asString() : null, admin ? str(v.get("name")) : null,
                            str(v.get("kind")),
                            dbl(v.get("amount")), v.get("synthetic").asBoolean(false)));
                    return new CompanyDetail(companySummary(r.get("c")), str(r.get("c").get("kvk")),
                            suppliers.size(), suppliers, financed.size(), financed, supplierCompanies, financedBy);
                })
                .one().orElseThrow(() -> new NotFoundException("company", id));
    }

    public FacilityDetail facility(String id) {
        return facility(Viewer.admin(), id);
    }

    /** A facility; its buyer count (which includes companies) only for the admin. */
    public FacilityDetail facility(Viewer viewer, String id) {
        boolean admin = viewer.isAdmin();
        return client.query(CatalogQueries.FACILITY).bind(id).to("id").fetchAs(FacilityDetail.class)
                .mappedBy((types, r) -> {
                    Value f = r.get("f");
                    List<String> certifications = f.get(Prop.CERTIFICATIONS).isNull() ? List.of()
                            : f.get(Prop.CERTIFICATIONS).asList(Value::asString);
                    String type = str(f.get("type"));
                    ChainStage stage = ChainStage.ofFacilityType(type);
                    return new FacilityDetail(f.get("id").asString(), str(f.get("name")), type,
                            stage == null ? null : stage.code(), countryRef(r.get("k")), str(f.get("region")),
                            r.get("commodities").asList(v -> new CommodityRef(str(v.get("code")), str(v.get("name")),
                                    str(v.get("hs")))),
                            str(f.get("osId")), str(f.get("rmiCid")), f.get("synthetic").asBoolean(false),
                            admin ? r.get("buyers").asInt() : null, r.get("suppliers").asInt(),
                            Certifications.apply(r.get("indicators").asList(IndicatorView::from), certifications),
                            certifications, Certifications.statement(certifications),
                            dbl(f.get(Prop.ANNUAL_THROUGHPUT)), str(f.get(Prop.THROUGHPUT_UNIT)));
                })
                .one().orElseThrow(() -> new NotFoundException("facility", id));
    }

    public CountryRisks countryRisks(String code, String theme) {
        codes.requireTheme(theme);
        Map<String, Object> params = new HashMap<>();
        params.put("code", code.strip().toUpperCase());
        params.put("theme", theme);
        return client.query(CatalogQueries.COUNTRY_RISKS).bindAll(params).fetchAs(CountryRisks.class)
                .mappedBy((types, r) -> {
                    Value k = r.get("k");
                    List<IndicatorView> indicators = r.get("indicators").asList(IndicatorView::from);
                    return new CountryRisks(countryRef(k), str(k.get("m49Region")), str(k.get("eudrRisk")),
                            governance(k), indicators.size(), indicators);
                })
                .one().orElseThrow(() -> new NotFoundException("country", code));
    }

    public List<CovenantView> covenants() {
        return covenants(Viewer.admin());
    }

    /** The covenants; members in the graph as a count (suppressed below k), their ids for the admin only. */
    public List<CovenantView> covenants(Viewer viewer) {
        Disclosure disclosure = policy.disclosureFor(viewer);
        return List.copyOf(client.query(CatalogQueries.COVENANTS).fetchAs(CovenantView.class)
                .mappedBy((types, r) -> covenant(r.get("v"), r.get("sector"), r.get("members"), disclosure)).all());
    }

    public CovenantView covenant(String code) {
        return covenant(Viewer.admin(), code);
    }

    public CovenantView covenant(Viewer viewer, String code) {
        return covenants(viewer).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("covenant", code));
    }

    private static CompanySummary companySummary(Value c) {
        return new CompanySummary(c.get("id").asString(), str(c.get("name")), str(c.get("sector")),
                str(c.get("size")), str(c.get("kind")), c.get("synthetic").asBoolean(false),
                c.get("covenants").isNull() ? List.of() : c.get("covenants").asList(Value::asString));
    }

    private static SupplierLink supplierLink(Value v) {
        return new SupplierLink(v.get("facilityId").asString(), str(v.get("name")), str(v.get("type")),
                str(v.get("country")), str(v.get("commodity")),
                v.get("share").isNull() ? null : v.get("share").asDouble(), v.get("synthetic").asBoolean(false),
                dbl(v.get("annualVolume")), str(v.get("volumeUnit")));
    }

    private static CovenantView covenant(Value v, Value sector, Value members, Disclosure disclosure) {
        List<String> ids = members.asList(Value::asString);
        return new CovenantView(v.get("code").asString(), str(v.get("name")), str(v.get("nameNl")), str(sector),
                str(v.get("signed")), str(v.get("inForce")), str(v.get("ended")), str(v.get("status")),
                str(v.get("marketShareClass")), str(v.get("facts")), str(v.get("sourceUrl")),
                disclosure.count(ids.size()), disclosure.ids(ids),
                str(v.get("statusAsOf")), str(v.get("statusSource")),
                v.get("statusHistory").isNull() ? List.of() : v.get("statusHistory").asList(Value::asString),
                v.get("priorityThemes").isNull() ? List.of() : v.get("priorityThemes").asList(Value::asString));
    }

    private static CountryRef countryRef(Value k) {
        return k.isNull() ? null : new CountryRef(str(k.get("iso2")), str(k.get("iso3")), str(k.get("name")));
    }

    private static Governance governance(Value k) {
        return new Governance(dbl(k.get("wgiVa")), dbl(k.get("wgiPv")), dbl(k.get("wgiGe")), dbl(k.get("wgiRq")),
                dbl(k.get("wgiRl")), dbl(k.get("wgiCc")), str(k.get("wgiSource")));
    }

    static String str(Value v) {
        return v == null || v.isNull() ? null : v.asObject().toString();
    }

    private static Double dbl(Value v) {
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
