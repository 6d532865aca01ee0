package nl.ketenlens.graph;

import java.util.List;

/** Companies, facilities and the links between them: what a generator or an import produces. */
public record SupplyNetwork(List<CompanyRow> companies, List<FacilityRow> facilities,
                            List<LinkRow> links, List<FinancingRow> financing) {
    public SupplyNetwork {
        companies = List.copyOf(companies);
        facilities = List.copyOf(facilities);
        links = List.copyOf(links);
        financing = List.copyOf(financing);
    }
}
