package nl.ketenlens.exposure;

import java.util.List;

/**
 * A company's exposure: what it reaches, what matters most, where it cannot see, and (on request) what a
 * what-if changes. Lists of ids (who) and counts (how many) are separate fields.
 *
 * @param syntheticData         true when the company or any facility reached is synthetic (demo / generated data)
 * @param financialInstitution  true when the asker reaches chains through financing links
 * @param financedCompanyIds    WHO: companies followed through financing (empty for a company)
 * @param financedCompanyCount  HOW MANY
 * @param reachedFacilityCount  facilities reached within the depth limit
 * @param riskBearingCount      of which at least one indicator applies
 * @param pathsTruncated        true when some facility's path count hit the cap
 * @param salientIssues         ranked, most salient first
 * @param facilities            the risk-bearing facilities, most severe first
 * @param blindSpots            ranked by expected risk weight
 * @param whatIf                null unless the request engaged or replaced something; the report itself shows
 *                              the situation after the what-if
 * @param revision              graph revision the report was computed on
 * @param dataGaps              countries reached where a theme has no data at all: unknown, never low risk
 *                              (see {@code /api/themes/coverage})
 */
public record ExposureReport(String companyId, String companyName, String sector, boolean financialInstitution,
                             List<String> financedCompanyIds, int financedCompanyCount, int depth, String theme,
                             int reachedFacilityCount, int riskBearingCount, boolean pathsTruncated,
                             List<SalientIssue> salientIssues, List<FacilityExposure> facilities, Totals totals,
                             List<BlindSpot> blindSpots, int blindSpotCount, WhatIf whatIf, long revision,
                             boolean syntheticData, List<nl.ketenlens.risk.Coverage.Gap> dataGaps) {
}
