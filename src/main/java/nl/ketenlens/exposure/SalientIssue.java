package nl.ketenlens.exposure;

import java.util.List;
import nl.ketenlens.access.CompanyCount;
import nl.ketenlens.risk.SourceView;

/**
 * A salient issue: one risk theme in one commodity from one country, over all facilities the company reaches
 * that carry it. Ranked by severity, then likelihood, then the company's link (share, then tier).
 *
 * @param key                    {@code COUNTRY:COMMODITY:THEME}
 * @param commodity              the indicator's commodity, or for an all-commodity indicator the facility's
 *                               first commodity
 * @param severity               of the most severe indicator behind the issue, (scale+scope+irremediability)/15
 * @param riskWeight             severity × likelihood of that indicator
 * @param tier                   the shortest tier at which the company reaches the issue
 * @param pathCount              paths enumerated to the issue's facilities (summed)
 * @param share                  sum of the facilities' total shares, at most 1; null = unknown
 * @param facilityIds            WHO: the facilities carrying the issue
 * @param facilityCount          HOW MANY: {@code facilityIds.size()}
 * @param sources                the sources of the indicators behind the issue
 * @param reason                 the rank in plain language
 * @param otherCompaniesInSector how many other companies of the same sector reach a facility with this issue
 *                               (within the same depth); a count only, never who, suppressed for a non-admin
 *                               below k and within k of the sector's size
 * @param proxy                  the strongest indicator is a proxy (its source's figure stands in for the theme,
 *                               e.g. a poverty rate for living wage); the reason says so too
 * @param observedYear           the year that indicator's figure describes, or null when its source gives none
 * @param unknown                the dimensions that indicator's source has no figure for (e.g. {@code scope}),
 *                               rated by the conservative rule; the reason says so
 */
public record SalientIssue(int rank, String key, String theme, String country, String commodity,
                           double severity, int scale, int scope, int irremediability, double likelihood,
                           double riskWeight, int tier, int pathCount, Double share,
                           List<String> facilityIds, int facilityCount, List<SourceView> sources, String reason,
                           CompanyCount otherCompaniesInSector, boolean proxy, Integer observedYear,
                           List<String> unknown) {
}
