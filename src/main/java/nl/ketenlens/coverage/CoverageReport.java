package nl.ketenlens.coverage;

import java.util.List;
import nl.ketenlens.risk.Coverage;

/**
 * What the graph knows per theme: how many countries have data and from which sources, and — when a theme or a
 * country is asked for — one cell per theme × country saying whether there is data, from which source and year,
 * or "no data" (unknown, never low risk).
 *
 * @param theme    the theme asked for, or null for all
 * @param country  the country asked for (ISO alpha-2), or null for all
 * @param themes   one summary per theme in the graph
 * @param cells    theme × country cells: all themes × {@code country}, or {@code theme} × all countries, or both
 *                 given: one cell; empty when neither is given
 * @param revision graph revision the report was computed on
 */
public record CoverageReport(String theme, String country, List<ThemeSummary> themes, List<Coverage.Cell> cells,
                             long revision) {

    /** One theme: countries with and without data of the {@code countryCount} countries, and its sources. */
    public record ThemeSummary(String theme, int countriesWithData, int countriesWithoutData,
                               List<Coverage.SourceCoverage> sources) {
    }
}
