package nl.ketenlens.leverage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import nl.ketenlens.access.CompanyCount;
import nl.ketenlens.risk.IndicatorView;

/**
 * Results of the leverage engine as the API and CLI show them. Ranked lists are in rank order; every facility
 * carries its {@code facilityId}; company identities ({@code *Ids}, who) sit apart from counts (how many).
 * Every company count is a {@link CompanyCount} and every {@code *Ids} field is null (left out of the JSON) unless
 * the viewer may see it: the service builds these records through one {@code Disclosure} per request.
 */
public final class LeverageReports {

    private LeverageReports() {
    }

    /** The question as understood: selection, filters, what-if (engaged facilities, added indicators), revision. */
    public record Scope(SelectionSummary selection, String theme, String commodity, List<String> engaged,
                        List<String> addedIndicators, long graphRevision, boolean syntheticData) {
    }

    /**
     * One facility's leverage over the selection's risk exposure.
     *
     * @param inOwnChain     for a company user: whether its own company reaches the facility; null for other viewers
     * @param certifications what the facility declares (self-declared in import; ADR 0017), empty for none
     * @param memberOutput   the selection's estimated share of the facility's annual output, or why it is unknown
     */
    public record FacilityLeverage(int rank, String facilityId, String name, String type, String country,
                                   String region, List<String> commodities, boolean synthetic, double riskWeight,
                                   CompanyCount reachCompanies, CompanyCount reachMembers, double shareFlow,
                                   double betweenness, double betweennessShare, boolean chokepoint,
                                   List<String> dominatedHotspots, double exposureShare,
                                   List<IndicatorView> indicators, String explanation,
                                   @JsonInclude(Include.NON_NULL) Boolean inOwnChain,
                                   @JsonInclude(Include.NON_NULL) List<String> companyIds,
                                   List<String> certifications, OutputShare memberOutput) {
    }

    /**
     * The selection's estimated share of a facility's annual output (ADR 0017): a sum over the selection, never per
     * company. All numbers null when unknown; {@code statement} then says why.
     *
     * @param volume       the selection's estimated annual purchase arriving there, in {@code unit}
     * @param throughput   the facility's annual output, in {@code unit}
     * @param reason       why the share is (not) known, for renderers that word it themselves: {@code known},
     *                     {@code no_throughput}, {@code no_volume}, {@code zero_throughput} or {@code too_few_companies}
     *                     (fewer than k selected companies give a volume towards it: the share would show what one or
     *                     two of them buy)
     * @param contributors how many selected companies give a volume towards the facility, as the viewer may see it;
     *                     null when no volume arrives
     */
    public record OutputShare(Double share, Double volume, Double throughput, String unit, String statement,
                              String reason, CompanyCount contributors) {
        public static final String KNOWN = "known";
        public static final String NO_THROUGHPUT = "no_throughput";
        public static final String NO_VOLUME = "no_volume";
        public static final String ZERO_THROUGHPUT = "zero_throughput";
        public static final String TOO_FEW_COMPANIES = "too_few_companies";

        static OutputShare unknown(String reason, String why, CompanyCount contributors) {
            return new OutputShare(null, null, null, null, why, reason, contributors);
        }
    }

    /** How exact the betweenness figures are. */
    public record Sampling(boolean sampled, int pivots, double errorBound) {
    }

    /**
     * @param riskBearingFacilities risk-bearing facilities (under the filter) that the selection reaches
     * @param totalExposure         Σ over reached risk-bearing facilities of risk weight × companies reaching it
     * @param dataGaps              reached countries where a theme (the filter's, or every theme with data
     *                              somewhere) has no data at all: unknown, never low risk
     */
    public record LeverageReport(Scope scope, int riskBearingFacilities, double totalExposure, Sampling betweenness,
                                 List<FacilityLeverage> facilities, List<HotspotView> hotspots, Timings timings,
                                 List<nl.ketenlens.risk.Coverage.Gap> dataGaps) {
    }

    /** A hotspot reached by the selection, with its chokepoints (facility ids, hotspot side first). */
    public record HotspotView(String hotspot, int targets, CompanyCount exposedCompanies, double exposure,
                              List<String> chokepointIds,
                              @JsonInclude(Include.NON_NULL) List<String> exposedCompanyIds) {
    }

    /** A step; for a viewer who may not name it (fewer than k companies reach it) id, name, type and country are null. */
    public record PlanStepView(int rank, String facilityId, String name, String type, String country,
                               double gain, double coveredShare, CompanyCount companies, int targets,
                               String explanation, @JsonInclude(Include.NON_NULL) List<String> companyIds) {
    }

    public record PlanReport(Scope scope, int budget, double totalExposure, String guarantee,
                             List<PlanStepView> steps, List<Double> curve, Timings timings) {
    }

    public record FacilityRef(String facilityId, String name, String type, String country, String region) {
    }

    /** {@code cut} lists the facilities the viewer may name; {@code cutSize} counts them all. */
    public record CutReport(Scope scope, String hotspot, boolean separable, int cutSize, List<FacilityRef> cut,
                            CompanyCount exposedCompanies, int targets, String explanation,
                            @JsonInclude(Include.NON_NULL) List<String> blockingCompanyIds, Timings timings) {
    }

    public record GroupView(int rank, CompanyCount companies, double meanSimilarity, List<String> sharedHotspots,
                            List<String> sharedFacilityIds, String explanation,
                            @JsonInclude(Include.NON_NULL) List<String> companyIds) {
    }

    public record GroupsReport(Scope scope, double threshold, List<GroupView> groups, CompanyCount ungrouped,
                               @JsonInclude(Include.NON_NULL) List<String> ungroupedIds, Timings timings) {
    }

    /** Where the time went: building the in-memory projection (0 when cached) and the analysis itself. */
    public record Timings(long projectionMillis, long analysisMillis) {
    }
}
