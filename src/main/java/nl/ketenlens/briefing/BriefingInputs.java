package nl.ketenlens.briefing;

import java.time.LocalDate;
import java.util.List;
import nl.ketenlens.exposure.SectorExposure;
import nl.ketenlens.leverage.LeverageReports.CutReport;
import nl.ketenlens.leverage.LeverageReports.GroupsReport;
import nl.ketenlens.leverage.LeverageReports.LeverageReport;
import nl.ketenlens.leverage.LeverageReports.PlanReport;
import nl.ketenlens.risk.Coverage;
import nl.ketenlens.risk.SourceView;

/**
 * Everything a briefing is assembled from. These inputs still hold company identities (the services' WHO
 * fields); {@link BriefingAssembler} is the one place that reads them and keeps only counts.
 *
 * @param groupsLeftOutAbove when groups were left out for the selection's size, the limit; else null
 * @param exposure          the companies' salient issues and blind spots, as counts
 * @param groups            null when working groups were not computed (too many companies)
 * @param referenceSources  the reference sources (publisher, title, edition …) by which figures are cited
 * @param previous          the previous briefing for the changes section, or null
 * @param coverage          which theme × country the graph's indicators cover (the coverage module's rule)
 * @param gapBasis          which themes the data-gap section reports: {@code theme}, {@code priority} or {@code all}
 * @param gapThemes         those themes
 */
record BriefingInputs(String scope, String code, LocalDate date, String lang, String theme, int k,
                      Briefing.CovenantFacts covenant, String sector, String sectorName, String sectorNameNl,
                      List<Briefing.KpmgRisk> kpmgRisks, LeverageReport leverage, PlanReport plan,
                      List<CutReport> cuts, GroupsReport groups, Integer groupsLeftOutAbove,
                      SectorExposure exposure,
                      ChainCoverage.Figures chains, List<SourceView> referenceSources, Briefing previous,
                      Coverage coverage, String gapBasis, List<String> gapThemes) {
}
