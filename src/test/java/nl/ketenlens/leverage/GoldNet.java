package nl.ketenlens.leverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.SupplyNetwork;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.graph.projection.InMemoryProjection;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;

/**
 * A hand-built gold covenant with known answers for the sector graph. Members C1..C5 ("Juwelier …"); X1 is a
 * non-member that also buys from R1.
 * <pre>
 * C1 C2 C3 C4 → R1 (CH) → M1 (CD, region CD-NK: CAHRA conflict + child labour)
 *                       → M2 (UG: child labour)
 * C5 → R2 (AE) → M3 (PE: forced labour)          (1 company: withheld below k = 3)
 * C1 C2 → F1 (BD, no indicator)                   (2 companies: withheld)
 * X1 → R1                                         (not in the covenant)
 * </pre>
 * Advisor: reached 6, nameable R1 M1 M2, withheld 3; tiers R1 = 1, M1 = M2 = 2; members → R1 direct 4 of 5
 * ("all but fewer than 3"). Admin: 6 facilities, 6 edges.
 */
public final class GoldNet {

    static final List<String> MEMBER_IDS = List.of("C1", "C2", "C3", "C4", "C5");
    public static final List<String> NAMES = List.of("Juwelier Alfa", "Juwelier Bravo", "Juwelier Charlie",
            "Juwelier Delta", "Juwelier Echo", "Xeno Foods");
    static final SourceView ILAB = new SourceView("ilab2022", "ILAB", "List of Goods", "2022", 2022, "public domain", null);
    static final SourceView CAHRA = new SourceView("cahra2026", "RAND Europe", "CAHRA list", "June 2026", 2026, "EU", null);

    private GoldNet() {
    }

    public static GraphProjection projection() {
        List<CompanyRow> companies = new ArrayList<>();
        for (int i = 0; i < MEMBER_IDS.size(); i++) {
            companies.add(new CompanyRow(MEMBER_IDS.get(i), NAMES.get(i), "retail", "sme", null, List.of("gold"),
                    "company", true));
        }
        companies.add(new CompanyRow("X1", NAMES.get(5), "food", "sme", null, List.of(), "company", true));
        List<FacilityRow> facilities = List.of(
                facility("R1", "refinery", "CH", null, "gold"), facility("R2", "refinery", "AE", null, "gold"),
                facility("M1", "mine", "CD", "CD-NK", "gold"), facility("M2", "mine", "UG", null, "gold"),
                facility("M3", "mine", "PE", null, "gold"), facility("F1", "factory", "BD", null, "garments"));
        List<LinkRow> links = List.of(
                link("C1", "R1", 0.5), link("C2", "R1", 0.5), link("C3", "R1", null), link("C4", "R1", null),
                link("C5", "R2", null), link("X1", "R1", null),
                link("R1", "M1", 0.6), link("R1", "M2", 0.4), link("R2", "M3", 1.0),
                new LinkRow("C1", "F1", "garments", null, true), new LinkRow("C2", "F1", "garments", null, true));
        List<IndicatorView> indicators = List.of(
                InMemoryProjection.indicator("cahra:CD-NK", "conflict", "CD", "CD-NK", null, 5, 5, 5, 0.7, CAHRA),
                InMemoryProjection.indicator("ilab:CD", "child_labour", "CD", null, "gold", 4, 4, 4, 0.8, ILAB),
                InMemoryProjection.indicator("ilab:UG", "child_labour", "UG", null, "gold", 4, 4, 4, 0.6, ILAB),
                InMemoryProjection.indicator("ilab:PE", "forced_labour", "PE", null, "gold", 5, 4, 5, 0.5, ILAB));
        Map<String, CommodityInfo> commodities = Map.of(
                "gold", new CommodityInfo("gold", "Gold", null, List.of(), List.of("CD", "UG", "PE")),
                "garments", new CommodityInfo("garments", "Garments", null, List.of(), List.of("BD")));
        return InMemoryProjection.of(3, new SupplyNetwork(companies, facilities, links, List.of()), indicators,
                commodities);
    }

    private static FacilityRow facility(String id, String type, String country, String region, String commodity) {
        return new FacilityRow(id, id + " " + type, type, country, region, List.of(commodity), null, null, true);
    }

    private static LinkRow link(String buyer, String supplier, Double share) {
        return new LinkRow(buyer, supplier, "gold", share, true);
    }
}
