package nl.ketenlens.briefing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sector briefing ({@code ketenlens.briefing.*}).
 *
 * @param k                 counts of companies below k are shown as "fewer than k" and facilities or hotspots
 *                          reached by fewer than k companies are not named (the aggregate-only rule)
 * @param planBudget        facilities in the engagement plan and its coverage curve
 * @param cutHotspots       hotspots for which the minimum cut is shown
 * @param maxGroupCompanies working groups compare companies pairwise; above this many they are left out
 */
@ConfigurationProperties("ketenlens.briefing")
public record BriefingProperties(@DefaultValue("3") int k, @DefaultValue("5") int planBudget,
                                 @DefaultValue("3") int cutHotspots,
                                 @DefaultValue("" + MAX_GROUP_COMPANIES) int maxGroupCompanies) {

    /**
     * Default of {@code maxGroupCompanies}: with the inverted index of shared risk-bearing facilities (issue 14)
     * working groups for the 1,327 textile companies of the 100k-facility generated network take 2–3 s on 2 cores
     * ({@code bench-briefing}); above this many a briefing leaves them out and says so.
     */
    public static final int MAX_GROUP_COMPANIES = 2_000;
}
