package nl.ketenlens.briefing;

import static nl.ketenlens.access.CompanyCount.exact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenlens.exposure.ExposureAnalyzer;
import nl.ketenlens.exposure.SectorExposure;
import nl.ketenlens.exposure.ExposureRequest;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.SupplyNetwork;
import nl.ketenlens.leverage.LeverageReports.CutReport;
import nl.ketenlens.leverage.LeverageReports.FacilityLeverage;
import nl.ketenlens.leverage.LeverageReports.FacilityRef;
import nl.ketenlens.leverage.LeverageReports.GroupView;
import nl.ketenlens.leverage.LeverageReports.GroupsReport;
import nl.ketenlens.leverage.LeverageReports.HotspotView;
import nl.ketenlens.leverage.LeverageReports.LeverageReport;
import nl.ketenlens.leverage.LeverageReports.PlanReport;
import nl.ketenlens.leverage.LeverageReports.PlanStepView;
import nl.ketenlens.leverage.LeverageReports.Sampling;
import nl.ketenlens.leverage.LeverageReports.Scope;
import nl.ketenlens.leverage.LeverageReports.Timings;
import nl.ketenlens.leverage.SelectionSummary;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.graph.projection.InMemoryProjection;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;

/**
 * A hand-built gold sector with known answers. Members C1..C5 (names "Juwelier Alfa" … so a scan can look for
 * them). C1–C4 buy from refinery R1 (CH), which buys from mines M1 (CD) and M2 (UG); C5 alone buys from
 * refinery R2 (AE) ← mine M3 (PE). C1 and C2 also buy from garment factory F1 (BD) that has no supplier on
 * record (garments ← cotton, produced in CN).
 * <pre>
 * issues (≥ 3 companies): 1 CD:gold:conflict (severity 1.00, 4 companies), 2 CD:gold:child_labour (0.80, lik. 0.8),
 *                         3 UG:gold:child_labour (0.80, lik. 0.6); below k: PE:gold:forced_labour (1 company)
 * chains: tier 1 = R1, R2, F1; tier 2 = M1, M2, M3; 5 of 10 links with a known share
 * blind spot: garments (2 companies → "fewer than 3"), forced labour in CN cotton 14/15 × 0.6 = 0.56
 * leverage: R1 (4 companies) ranks; R2 (1 company) is never named; plan R1 (0.8) then R2 (1.0)
 * </pre>
 */
final class Sector {

    static final List<String> COMPANY_IDS = List.of("C1", "C2", "C3", "C4", "C5");
    static final List<String> COMPANY_NAMES = List.of("Juwelier Alfa", "Juwelier Bravo", "Juwelier Charlie",
            "Juwelier Delta", "Juwelier Echo");
    static final SourceView ILAB = new SourceView("ilab2022", "U.S. Department of Labor (ILAB)",
            "List of Goods Produced by Child Labor or Forced Labor", "2022 edition", 2022, "public domain",
            "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods");
    static final SourceView CAHRA = new SourceView("cahra2026", "RAND Europe for the European Commission",
            "Indicative list of conflict-affected and high-risk areas", "June 2026", 2026, "EU publication",
            "https://www.cahraslist.net/");
    static final List<SourceView> REFERENCE = List.of(
            new SourceView("minbuza2020", "Ministry of Foreign Affairs of the Netherlands",
                    "Policy note Van voorlichten tot verplichten", "2020", 2020, "Facts with sources", null),
            new SourceView("imvo_ser", "SER", "Dutch IMVO sector covenants", "hand-compiled", null,
                    "Facts with sources", "https://www.ser.nl/"),
            new SourceView("kpmg_sra2014", "KPMG Advisory N.V.", "MVO Sector Risico Analyse", "September 2014", 2014,
                    "Facts with sources", null),
            ILAB, CAHRA);

    private Sector() {
    }

    static GraphProjection projection() {
        List<CompanyRow> companies = new ArrayList<>();
        for (int i = 0; i < COMPANY_IDS.size(); i++) {
            companies.add(new CompanyRow(COMPANY_IDS.get(i), COMPANY_NAMES.get(i), "retail", "sme", null,
                    List.of("gold"), "company", true));
        }
        List<FacilityRow> facilities = List.of(
                facility("R1", "Zurich Precious Refining", "refinery", "CH", "gold"),
                facility("R2", "Desert Bullion Works", "refinery", "AE", "gold"),
                facility("M1", "Kivu Hill Mine", "mine", "CD", "gold"),
                facility("M2", "Busia Artisanal Mine", "mine", "UG", "gold"),
                facility("M3", "Madre de Dios Mine", "mine", "PE", "gold"),
                facility("F1", "Dhaka Stitch Works", "factory", "BD", "garments"));
        List<LinkRow> links = List.of(
                link("C1", "R1", "gold", 0.5), link("C2", "R1", "gold", 0.5), link("C3", "R1", "gold", null),
                link("C4", "R1", "gold", null), link("C5", "R2", "gold", null),
                link("R1", "M1", "gold", 0.6), link("R1", "M2", "gold", 0.4), link("R2", "M3", "gold", 1.0),
                link("C1", "F1", "garments", null), link("C2", "F1", "garments", null));
        List<IndicatorView> indicators = List.of(
                indicator("conflict", "CD", "gold", 5, 5, 5, 0.7, CAHRA),
                indicator("child_labour", "CD", "gold", 4, 4, 4, 0.8, ILAB),
                indicator("child_labour", "UG", "gold", 4, 4, 4, 0.6, ILAB),
                indicator("forced_labour", "PE", "gold", 5, 4, 5, 0.5, ILAB),
                indicator("forced_labour", "CN", "cotton", 5, 5, 4, 0.6, ILAB));
        Map<String, CommodityInfo> commodities = Map.of(
                "gold", new CommodityInfo("gold", "Gold", null, List.of(), List.of("CD", "UG", "PE")),
                "garments", new CommodityInfo("garments", "Garments", null, List.of("cotton"), List.of("BD")),
                "cotton", new CommodityInfo("cotton", "Cotton", null, List.of(), List.of("CN")));
        return InMemoryProjection.of(7, new SupplyNetwork(companies, facilities, links, List.of()), indicators,
                commodities);
    }

    static BriefingInputs inputs(int k, Briefing previous) {
        GraphProjection p = projection();
        ExposureAnalyzer analyzer = new ExposureAnalyzer(p);
        SectorExposure exposure = analyzer.sector(COMPANY_IDS, ExposureRequest.DEFAULT_DEPTH, null);
        return new BriefingInputs("covenant", "gold", LocalDate.of(2026, 12, 1), "nl", null, k,
                new Briefing.CovenantFacts("gold", "Dutch Responsible Gold Agreement", "Convenant Verantwoord Goud",
                        "2017-06-19", "2017-06-19", null, "active", "2020", "medium-low", "About 70 companies.",
                        "https://www.ser.nl/nl/thema/imvo/wat-is-imvo/convenanten"),
                "retail", "Retail", "Detailhandel",
                List.of(new Briefing.KpmgRisk("labour", "arbeid", "unhealthy and unsafe working conditions",
                        "ongezonde en onveilige werkomstandigheden", true)),
                leverage(), plan(), cuts(), groups(), null, exposure, ChainCoverage.of(p, COMPANY_IDS), REFERENCE, previous,
                new nl.ketenlens.risk.Coverage(p.sourceIndicators()), "priority", List.of("child_labour", "conflict"));
    }

    static Briefing briefing() {
        return new BriefingAssembler(inputs(3, null)).assemble();
    }

    private static Scope scope() {
        return new Scope(new SelectionSummary("covenant", "gold", exact(5), exact(5), COMPANY_IDS), null, null, List.of(),
                List.of(), 7, true);
    }

    private static LeverageReport leverage() {
        return new LeverageReport(scope(), 4, 7.0, new Sampling(false, 0, 0), List.of(
                facilityLeverage(1, "R1", "Zurich Precious Refining", "refinery", "CH", 4, 0.8, true,
                        List.of("CD:gold:conflict")),
                facilityLeverage(2, "R2", "Desert Bullion Works", "refinery", "AE", 1, 0.2, true,
                        List.of("PE:gold:forced_labour")),
                facilityLeverage(3, "M1", "Kivu Hill Mine", "mine", "CD", 4, 0.5, false, List.of())),
                List.of(new HotspotView("CD:gold:conflict", 1, exact(4), 2.8, List.of("R1"), COMPANY_IDS.subList(0, 4)),
                        new HotspotView("PE:gold:forced_labour", 1, exact(1), 0.47, List.of("R2"), List.of("C5"))),
                new Timings(0, 1), List.of());
    }

    private static FacilityLeverage facilityLeverage(int rank, String id, String name, String type, String country,
                                                     int reach, double share, boolean chokepoint, List<String> hotspots) {
        return new FacilityLeverage(rank, id, name, type, country, null, List.of("gold"), true, 0.5, exact(reach),
                exact(reach), 0.5, 1.0, share, chokepoint, hotspots, share, List.of(), "explanation naming C1", null,
                COMPANY_IDS.subList(0, reach), List.of(), null);
    }

    private static PlanReport plan() {
        return new PlanReport(scope(), 2, 7.0, "(1-1/e)", List.of(
                new PlanStepView(1, "R1", "Zurich Precious Refining", "refinery", "CH", 5.6, 0.8, exact(4), 2,
                        "covers C1", COMPANY_IDS.subList(0, 4)),
                new PlanStepView(2, "R2", "Desert Bullion Works", "refinery", "AE", 1.4, 1.0, exact(1), 1,
                        "covers C5", List.of("C5"))), List.of(0.8, 1.0), new Timings(0, 1));
    }

    private static List<CutReport> cuts() {
        return List.of(
                new CutReport(scope(), "CD:gold:conflict", true, 1,
                        List.of(new FacilityRef("R1", "Zurich Precious Refining", "refinery", "CH", null)), exact(4), 1,
                        "cut", List.of(), new Timings(0, 1)),
                new CutReport(scope(), "PE:gold:forced_labour", true, 1,
                        List.of(new FacilityRef("R2", "Desert Bullion Works", "refinery", "AE", null)), exact(1), 1,
                        "cut", List.of(), new Timings(0, 1)));
    }

    private static GroupsReport groups() {
        return new GroupsReport(scope(), 0.2, List.of(
                new GroupView(1, exact(4), 0.9, List.of("CD:gold:conflict"), List.of("R1", "M1"), "C1, C2, C3, C4",
                        COMPANY_IDS.subList(0, 4)),
                new GroupView(2, exact(2), 0.5, List.of("BD:garments:health_safety"), List.of("F1"), "C1, C2",
                        List.of("C1", "C2"))), exact(1), List.of("C5"), new Timings(0, 1));
    }

    private static FacilityRow facility(String id, String name, String type, String country, String commodity) {
        return new FacilityRow(id, name, type, country, null, List.of(commodity), null, null, true);
    }

    private static LinkRow link(String buyer, String supplier, String commodity, Double share) {
        return new LinkRow(buyer, supplier, commodity, share, true);
    }

    private static IndicatorView indicator(String theme, String country, String commodity, int scale, int scope,
                                           int irr, double likelihood, SourceView source) {
        return InMemoryProjection.indicator(source.id() + ":" + theme + ":" + country + ":" + commodity, theme,
                country, null, commodity, scale, scope, irr, likelihood, source);
    }
}
