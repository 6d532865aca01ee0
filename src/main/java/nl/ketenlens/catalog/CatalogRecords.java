package nl.ketenlens.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import nl.ketenlens.access.CompanyCount;
import nl.ketenlens.risk.IndicatorView;

/**
 * Read-model records of the catalog API. Lists of identities ("who") are kept in their own fields next to
 * counts ("how many"); for a viewer who may not see identities they are null and left out of the JSON.
 */
final class CatalogRecords {

    private CatalogRecords() {
    }

    record CompanySummary(String companyId, String name, String sector, String size, String kind,
                          boolean synthetic, List<String> covenants) {
    }

    record CompanyPage(long total, int offset, int limit, List<CompanySummary> companies) {
    }

    /** A facility the company buys from; {@code annualVolume} in {@code volumeUnit} (kg, t, EUR) when imported. */
    record SupplierLink(String facilityId, String name, String type, String country, String commodity,
                        Double share, boolean synthetic, Double annualVolume, String volumeUnit) {
    }

    /** A company the company finances (for a financial institution); {@code amount} in EUR when imported. */
    record FinancedCompany(String companyId, String name, boolean synthetic, Double amount) {
    }

    /**
     * Another Dutch company this company buys from (ADR 0017). Its id and name are another company's identity, so
     * only the admin gets them (aggregate-only rule); the company itself sees the link's figures.
     */
    record SupplierCompany(@JsonInclude(Include.NON_NULL) String companyId, @JsonInclude(Include.NON_NULL) String name,
                           String commodity, Double share, Double annualVolume, String volumeUnit, boolean synthetic) {
    }

    /**
     * A bank, insurer or pension fund that finances this company; {@code amount} in EUR when imported. Id and name
     * only for the admin, as for {@link SupplierCompany}.
     */
    record Financier(@JsonInclude(Include.NON_NULL) String companyId, @JsonInclude(Include.NON_NULL) String name,
                     String kind, Double amount, boolean synthetic) {
    }

    /**
     * {@code supplierCompanies}: company → company supply links; {@code financedBy}: who finances this company (only
     * the admin and the company itself see a company's details).
     */
    record CompanyDetail(CompanySummary company, String kvk, int supplierCount, List<SupplierLink> suppliers,
                         int financedCount, List<FinancedCompany> financed, List<SupplierCompany> supplierCompanies,
                         List<Financier> financedBy) {
    }

    record CountryRef(String iso2, String iso3, String name) {
    }

    record CommodityRef(String code, String name, String hs) {
    }

    /**
     * {@code buyerCount} counts buying companies and facilities together, so only the admin sees it; {@code stage}
     * is the chain stage of its type (null for a type without one), which decides its indicators (docs/adr/0013).
     * Indicators carry the certification rule's lowered likelihood (their basis says why); {@code
     * certificationStatement} says what the facility declares and what it changes (ADR 0017), null when it declares
     * nothing.
     */
    record FacilityDetail(String facilityId, String name, String type, String stage, CountryRef country,
                          String region, List<CommodityRef> commodities, String osId, String rmiCid, boolean synthetic,
                          @JsonInclude(Include.NON_NULL) Integer buyerCount, int supplierCount,
                          List<IndicatorView> indicators, List<String> certifications, String certificationStatement,
                          Double annualThroughput, String throughputUnit) {
    }

    record CountryRisks(CountryRef country, String m49Region, String eudrRisk, Governance governance,
                        int indicatorCount, List<IndicatorView> indicators) {
    }

    /** World Bank WGI 2023 estimates (about −2.5 … +2.5), context for a country's risks. */
    record Governance(Double voiceAccountability, Double politicalStability, Double governmentEffectiveness,
                      Double regulatoryQuality, Double ruleOfLaw, Double controlOfCorruption, String source) {
    }

    record CovenantView(String code, String name, String nameNl, String sector, String signed, String inForce,
                        String ended, String status, String marketShareClass, String facts, String sourceUrl,
                        CompanyCount memberCount, @JsonInclude(Include.NON_NULL) List<String> memberIds,
                        String statusAsOf, String statusSource, List<String> statusHistory,
                        List<String> priorityThemes) {
    }
}
