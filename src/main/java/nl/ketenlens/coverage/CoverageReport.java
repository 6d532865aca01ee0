package nl.ketenlens.coverage;

import java.util.List;
import nl.ketenlens.risk.Coverage;
import nl.ketenlens.risk.SourceView;

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
 * @param staleAfterYears a source's figure is stale when its last observation is more than this many years before
 *                 the source's edition ({@code risk.Staleness.YEARS}, the rule that also lowers its likelihood);
 *                 given here so the coverage matrix marks stale cells by the same rule instead of a copy of it
 * @param sources  every source the cells and summaries name by id, with publisher, edition, year and link (the
 *                 matrix's tooltips cite them; one list instead of a copy in every cell), sorted by id
 */
public record CoverageReport(String theme, String country, List<ThemeSummary> themes, List<Coverage.Cell> cells,
                             long revision, int staleAfterYears, List<SourceView> sources) {

    /** One theme: countries with and without data of the {@code countryCount} countries, and its sources. */
    public record ThemeSummary(String theme, int countriesWithData, int countriesWithoutData,
                               List<Coverage.SourceCoverage> sources) {
    }
}
