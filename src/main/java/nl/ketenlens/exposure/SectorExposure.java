package nl.ketenlens.exposure;

import java.util.BitSet;
import java.util.List;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;

/**
 * The exposure of a set of companies as counts, for a sector briefing: per salient-issue key and per unmapped
 * commodity how many of the companies reach it and through how many distinct facilities. The same figures as
 * aggregating every company's full {@link ExposureReport} (its salient issues and {@code no_supplier} blind spots),
 * computed by one depth-limited breadth-first search per company and integer counters: no path enumeration, no
 * per-company report objects, no wording. Names no company.
 *
 * @param issues        one per issue key reached by at least one company, in order of first reach
 * @param blindSpots    one per commodity of a reached facility without a supplier on record although that
 *                      commodity is made from upstream ones, in order of first reach
 * @param syntheticData whether any company or reached facility is synthetic
 */
public record SectorExposure(List<Issue> issues, List<BlindSpotFigures> blindSpots, boolean syntheticData) {

    /**
     * One issue key over the companies: the strongest indicator behind it (severity, likelihood, risk weight)
     * among all facilities reached, the companies and facilities reaching it, the sources behind it (in order of
     * first reach, as a per-company report lists them).
     *
     * @param members   which of the companies reach it, as positions in the list asked for (a bit set, so counts
     *                  over several issues are unions): the caller knows the list, this record names no company
     * @param strongest the indicator behind severity and likelihood, for what its figure is worth (proxy,
     *                  observation year, unknown dimensions)
     */
    public record Issue(String key, String theme, String country, String commodity, double severity,
                        double likelihood, double riskWeight, BitSet members, int facilities,
                        List<SourceView> sources, IndicatorView strongest) {

        /** How many of the companies reach the issue. */
        public int companies() {
            return members.cardinality();
        }
    }

    /**
     * An unmapped commodity over the companies: how many reach a facility of it without a supplier on record,
     * how many such facilities, and the worst expected risk among them ({@link BlindSpot}'s expected fields).
     */
    public record BlindSpotFigures(String commodity, int companies, int facilities, Double expectedRiskWeight,
                                   String expectedTheme, String expectedCountry, String expectedCommodity,
                                   SourceView expectedSource) {
    }
}
