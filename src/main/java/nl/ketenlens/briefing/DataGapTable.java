package nl.ketenlens.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.ketenlens.briefing.Briefing.Count;
import nl.ketenlens.risk.Coverage;
import nl.ketenlens.risk.Staleness;

/**
 * The "where data is missing" table (issue 11): for each theme asked about and each country the companies' chains
 * reach, whether the graph has no figure there, only proxies, or only stale figures — from {@link Coverage}, the
 * rule the coverage endpoint uses, and {@link Staleness#stale}, the rule that lowered those figures' likelihood.
 * A country reached by fewer than k companies is still listed (countries are no company's secret; the chains
 * section names them too) but its company count is suppressed.
 */
final class DataGapTable {

    private DataGapTable() {
    }

    /**
     * @param countries country → {distinct facilities, distinct companies} reached ({@link ChainCoverage.Figures})
     */
    static Briefing.DataGaps of(Coverage coverage, String basis, List<String> themes, Map<String, int[]> countries,
                                int k) {
        List<String> reached = countries.keySet().stream().filter(DataGapTable::isCountry)
                .sorted(Comparator.<String>comparingInt(c -> -countries.get(c)[1]).thenComparing(c -> c)).toList();
        List<Briefing.GapRow> rows = new ArrayList<>();
        for (String theme : themes) {
            for (String country : reached) {
                Briefing.GapRow row = row(coverage.cell(theme, country), countries.get(country), k);
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        return new Briefing.DataGaps(basis, List.copyOf(themes), reached.size(), List.copyOf(rows));
    }

    /** The gap in one cell, or null when at least one current, direct figure is there. */
    static Briefing.GapRow row(Coverage.Cell cell, int[] reach, int k) {
        Integer last = null;
        boolean allProxy = true;
        boolean allStale = true;
        for (Coverage.SourceCoverage s : cell.sources()) {
            allProxy &= s.proxy();
            allStale &= Staleness.stale(s.lastObservedYear(), s.editionYear());
            if (s.lastObservedYear() != null) {
                last = last == null ? s.lastObservedYear() : Math.max(last, s.lastObservedYear());
            }
        }
        boolean noData = !cell.hasData();
        boolean proxyOnly = !noData && allProxy;
        boolean staleOnly = !noData && allStale;
        if (!noData && !proxyOnly && !staleOnly) {
            return null;
        }
        return new Briefing.GapRow(cell.theme(), cell.country(), noData, proxyOnly, staleOnly, last, reach[0],
                Count.of(reach[1], k));
    }

    private static boolean isCountry(String code) {
        return code != null && !code.isBlank() && !"unknown".equals(code);
    }
}
