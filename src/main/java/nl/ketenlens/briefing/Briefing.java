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
public record Briefing(Cover cover, Context context, Issues issues, Chains chains, Leverage leverage,
                       List<Step> nextSteps, Changes changes, Methods methods) {

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

    /** A salient issue of the sector: theme × country × commodity, with how many companies reach it. */
    public record IssueRow(int rank, String key, String theme, String country, String commodity, double severity,
                           double likelihood, double riskWeight, Count companies, int facilities,
                           List<String> sourceIds) {
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

    public record FacilityRow(int rank, String facilityId, String name, String type, String country,
                              Count reach, double betweennessShare, double riskWeight, boolean chokepoint,
                              List<String> hotspots) {
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
