package nl.ketenlens.overview;

import java.util.List;

/**
 * What the graph holds, in counts only (no company is named, so anyone may read it).
 *
 * @param companies   companies and financial institutions in the graph
 * @param facilities  facilities (suppliers at any tier)
 * @param countries   distinct countries of facilities and indicators
 * @param links       supply and financing links
 * @param themes      per theme: indicators, countries with one, share of facilities with one that applies
 * @param financingLinks      of {@code links}, those from a bank, insurer or pension fund to a company it finances
 * @param certifiedFacilities facilities declaring at least one certification (ADR 0017)
 */
public record Overview(long graphRevision, int companies, int facilities, int countries, int links,
                       int indicators, boolean syntheticData, List<ThemeCoverage> themes, int financingLinks,
                       int certifiedFacilities) {

    /** @param facilityCoverage share of facilities to which at least one indicator of the theme applies, 0..1 */
    public record ThemeCoverage(String theme, int indicators, int countries, double facilityCoverage) {
    }
}
