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

    record SupplierLink(String facilityId, String name, String type, String country, String commodity,
                        Double share, boolean synthetic) {
    }

    record FinancedCompany(String companyId, String name, boolean synthetic) {
    }

    record CompanyDetail(CompanySummary company, String kvk, int supplierCount, List<SupplierLink> suppliers,
                         int financedCount, List<FinancedCompany> financed) {
    }

    record CountryRef(String iso2, String iso3, String name) {
    }

    record CommodityRef(String code, String name, String hs) {
    }

    /**
     * {@code buyerCount} counts buying companies and facilities together, so only the admin sees it; {@code stage}
     * is the chain stage of its type (null for a type without one), which decides its indicators (docs/adr/0013).
     */
    record FacilityDetail(String facilityId, String name, String type, String stage, CountryRef country,
                          String region, List<CommodityRef> commodities, String osId, String rmiCid, boolean synthetic,
                          @JsonInclude(Include.NON_NULL) Integer buyerCount, int supplierCount,
                          List<IndicatorView> indicators) {
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
