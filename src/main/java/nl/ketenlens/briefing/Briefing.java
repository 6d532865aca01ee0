package nl.ketenlens.briefing;

import java.time.LocalDate;
import java.util.List;
import nl.ketenlens.risk.SourceView;

/**
 * A sector briefing as data: aggregate figures only. It holds no company id or name (covenant facts are
 * public) and every count of companies is a {@link Count}, empty when below the threshold k, so no renderer
 * can show who is behind a figure. Facilities are production locations, not members: they appear by id and name.
 * Prose is not stored: renderers word the figures in the briefing's language.
 */
public record Briefing(Cover cover, Context context, Issues issues, Chains chains, DataGaps dataGaps,
                       Leverage leverage, List<Step> nextSteps, Changes changes, Methods methods) {

    /** A number of companies; {@code value} is null when it was below k ("fewer than k"). */
    public record Count(Integer value) {
        static Count of(int n, int k) {
            return new Count(n >= k ? n : null);
        }

        public boolean suppressed() {
            return value == null;
        }
    }

    /**
     * @param scope  {@code covenant} or {@code sector}
     * @param k      counts of companies below k are suppressed
     */
    public record Cover(String scope, String code, String name, String nameNl, LocalDate date, long graphRevision,
                        String lang, String theme, boolean syntheticData, int k) {
    }

    /** A covenant's public facts, with its status as of {@code statusAsOf} per the policy letters. */
    public record CovenantFacts(String code, String name, String nameNl, String signed, String inForce,
                                String ended, String status, String statusAsOf, String marketShareClass,
                                String facts, String sourceUrl) {
    }

    /** A risk the KPMG sector risk analysis (2014) highlights for the sector or for all sectors. */
    public record KpmgRisk(String categoryEn, String categoryNl, String riskEn, String riskNl, boolean allSectors) {
    }

    public record Context(CovenantFacts covenant, String sector, String sectorName, String sectorNameNl,
                          int companiesInGraph, int membersInGraph, List<KpmgRisk> kpmgRisks) {
    }

    /**
     * A salient issue of the sector: theme × country × commodity, with how many companies reach it, and what the
     * figure behind it is worth (of its strongest indicator).
     *
     * @param proxy        the source's figure stands in for the theme without measuring it
     * @param observedYear the year the figure describes, or null when the source gives none
     * @param stale        the observation is older than the source's edition by more than risk.Staleness.YEARS
     *                     (its likelihood was lowered for it)
     * @param unknown      the severity dimensions the source has no figure for (rated by the conservative rule)
     */
    public record IssueRow(int rank, String key, String theme, String country, String commodity, double severity,
                           double likelihood, double riskWeight, Count companies, int facilities,
                           List<String> sourceIds, boolean proxy, Integer observedYear, boolean stale,
                           List<String> unknown) {
    }

    /** One heat-map cell: the most severe issue of a theme in a country, and how many companies reach it. */
    public record HeatCell(String theme, String country, double severity, Count companies) {
    }

    /**
     * @param belowK issues reached by fewer than k companies: counted, not listed
     */
    public record Issues(List<IssueRow> ranked, int belowK, List<String> heatThemes, List<String> heatCountries,
                         List<HeatCell> heatMap) {
    }

    public record TierRow(int tier, int facilities, Count companies) {
    }

    public record Reached(String code, int facilities, Count companies) {
    }

    /** How many companies map their chain down to at most {@code deepestTier}. */
    public record DepthBucket(int deepestTier, Count companies) {
    }

    /** A commodity whose upstream the companies have not mapped, weighted by the worst risk it may hide. */
    public record BlindSpotRow(String commodity, Count companies, int facilities, Double expectedRisk,
                               String expectedTheme, String expectedCountry, String expectedCommodity,
                               String sourceId) {
    }

    /**
     * @param knownShare share of the reached supply links that carry a known volume share (null: no links)
     */
    public record Chains(int facilities, List<TierRow> tiers, int countries, int commodities,
                         List<Reached> topCountries, List<Reached> topCommodities, Double knownShare,
                         List<DepthBucket> mappedDepth, List<BlindSpotRow> blindSpots) {
    }

    /**
     * @param certifications what the facility declares (self-declared in import), each with its effect
     * @param output         the companies' estimated share of its annual output, or why it is not shown
     */
    public record FacilityRow(int rank, String facilityId, String name, String type, String country,
                              Count reach, double betweennessShare, double riskWeight, boolean chokepoint,
                              List<String> hotspots, List<Certification> certifications, Output output) {
    }

    /**
     * A certification a facility declares. {@code scheme} is the scheme Ketenlens recognises in it (null: unknown,
     * no effect); the likelihood of the indicators of {@code themes} there was multiplied by {@code factor}
     * (risk.Certifications, ADR 0017).
     */
    public record Certification(String declared, String scheme, List<String> themes, Double factor) {
    }

    /**
     * The companies' estimated share of a facility's annual output (leverage's OutputShare, a lower bound). The
     * figures are set only when at least k companies give a volume towards the facility: a share of one or two
     * companies' purchases over a published throughput is their volume. Otherwise {@code reason} says why not.
     *
     * @param reason       {@code known}, {@code too_few_companies}, {@code no_throughput}, {@code no_volume},
     *                     {@code zero_throughput}, or {@code not_computed}
     * @param contributors companies giving a volume towards the facility (null when none does)
     */
    public record Output(String reason, Double share, Double volume, Double throughput, String unit,
                         Count contributors) {

        public boolean shown() {
            return share != null;
        }
    }

    /**
     * Where the data is missing (issue 11): for each theme asked about, the countries of the companies' chains
     * where no source has a figure, only proxies have one, or every figure is stale. Missing data is unknown,
     * never low risk; these cells simply have no issue row.
     *
     * @param basis     which themes: {@code theme} (the briefing's filter), {@code priority} (the covenant's or the
     *                  sector's covenants' priority themes per the letters) or {@code all}
     * @param countries how many countries the chains reach (those without a country on record are left out)
     * @param rows      one per theme × country with a gap, theme in {@code themes} order, then by companies
     */
    public record DataGaps(String basis, List<String> themes, int countries, List<GapRow> rows) {
    }

    /**
     * @param noData           no source has a figure for the theme in the country
     * @param proxyOnly        every source with a figure there is a proxy
     * @param staleOnly        every figure there is stale (observed more than risk.Staleness.YEARS before its
     *                         source's edition)
     * @param lastObservedYear the newest observation year there, or null
     */
    public record GapRow(String theme, String country, boolean noData, boolean proxyOnly, boolean staleOnly,
                         Integer lastObservedYear, int facilities, Count companies) {
    }

    public record PlanRow(int rank, String facilityId, String name, String type, String country, Count companies,
                          double coveredShare) {
    }

    /**
     * @param facilityIds   the cut's facilities that at least k companies reach (the others are only counted)
     * @param unnamed       facilities of the cut that fewer than k companies reach
     */
    public record CutRow(String hotspot, double exposure, Count exposedCompanies, boolean separable, int cutSize,
                         List<String> facilityIds, List<String> facilityNames, int unnamed) {
    }

    public record GroupRow(int rank, Count companies, double similarity, List<String> sharedHotspots,
                           int sharedFacilities) {
    }

    /**
     * @param curve covered share of the risk-weighted exposure after 1, 2, … plan steps
     */
    /**
     * @param groupsLeftOutAbove when working groups were not computed because the selection has more companies
     *                           than a briefing compares pairwise: that limit; null when they were computed
     */
    public record Leverage(double totalExposure, int riskBearingFacilities, List<FacilityRow> facilities,
                           List<PlanRow> plan, List<Double> curve, List<CutRow> cuts, List<GroupRow> groups,
                           Integer groupsLeftOutAbove) {
    }

    /** A recommended next step: OECD due-diligence step 1..6, a message key and its arguments (figures). */
    public record Step(int oecdStep, String key, List<Object> args) {
    }

    public record RankMove(String facilityId, String name, Integer before, Integer after) {
    }

    /** What changed since a previous briefing of the same scope. */
    public record Changes(LocalDate previousDate, long previousRevision, List<String> newIssues,
                          List<String> resolvedIssues, List<RankMove> moves, Double coverageBefore,
                          Double coverageAfter, Double knownShareBefore, Double knownShareAfter) {
    }

    public record Methods(List<SourceView> sources) {
    }
}
