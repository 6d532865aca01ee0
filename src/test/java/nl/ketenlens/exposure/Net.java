package nl.ketenlens.exposure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.SupplyNetwork;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.graph.projection.InMemoryProjection;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;

/** A small hand-built network for tests: companies, facilities, links, indicators and commodity facts. */
final class Net {

    static final SourceView ILAB = new SourceView("ilab2022",
            "U.S. Department of Labor, Bureau of International Labor Affairs (ILAB)",
            "List of Goods Produced by Child Labor or Forced Labor", "2022 edition", 2022,
            "U.S. government work, public domain", "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods");

    private final List<CompanyRow> companies = new ArrayList<>();
    private final List<FacilityRow> facilities = new ArrayList<>();
    private final List<LinkRow> links = new ArrayList<>();
    private final List<FinancingRow> financing = new ArrayList<>();
    private final List<IndicatorView> indicators = new ArrayList<>();
    private final Map<String, CommodityInfo> commodities = new HashMap<>();

    Net company(String id, String sector) {
        companies.add(new CompanyRow(id, "Company " + id, sector, "sme", null, List.of(), "company", false));
        return this;
    }

    Net bank(String id) {
        companies.add(new CompanyRow(id, "Bank " + id, "financial", "large", null, List.of(), "bank", false));
        return this;
    }

    Net facility(String id, String type, String country, String... commodityCodes) {
        facilities.add(new FacilityRow(id, "Facility " + id, type, country, null, List.of(commodityCodes), null,
                null, false));
        return this;
    }

    Net link(String buyer, String supplier, String commodity, Double share) {
        links.add(new LinkRow(buyer, supplier, commodity, share, false));
        return this;
    }

    Net finances(String institution, String company) {
        financing.add(new FinancingRow(institution, company, false));
        return this;
    }

    Net indicator(String theme, String country, String commodity, int scale, int scope, int irr, double likelihood) {
        String id = "ilab2022:" + theme + ":" + country + ":" + (commodity == null ? "*" : commodity);
        indicators.add(InMemoryProjection.indicator(id, theme, country, null, commodity, scale, scope, irr,
                likelihood, ILAB));
        return this;
    }

    Net commodity(String code, String name, List<String> upstream, List<String> producers) {
        commodities.put(code, new CommodityInfo(code, name, null, upstream, producers));
        return this;
    }

    /** A commodity that is a kind or form of {@code parent} (the taxonomy). */
    Net commodity(String code, String name, List<String> upstream, List<String> producers, String parent) {
        commodities.put(code, new CommodityInfo(code, name, null, upstream, producers, parent));
        return this;
    }

    /** An indicator limited to chain stages ({@code extraction}, {@code processing}, …). */
    Net staged(String theme, String country, String commodity, int scale, int scope, int irr, double likelihood,
               String... stages) {
        indicator(theme, country, commodity, scale, scope, irr, likelihood);
        indicators.set(indicators.size() - 1, indicators.get(indicators.size() - 1).withStages(List.of(stages)));
        return this;
    }

    GraphProjection projection() {
        return InMemoryProjection.of(new SupplyNetwork(companies, facilities, links, financing), indicators,
                commodities);
    }

    ExposureAnalyzer analyzer() {
        return new ExposureAnalyzer(projection());
    }
}
