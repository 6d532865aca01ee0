package nl.ketenlens.synthetic;

import java.util.ArrayList;
import java.util.List;

import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.NetworkSink;
import nl.ketenlens.graph.SupplyNetwork;

/** Keeps every row in memory and hands them over as one {@link SupplyNetwork}. */
final class CollectingSink implements NetworkSink {
    private final List<CompanyRow> companies = new ArrayList<>();
    private final List<FacilityRow> facilities = new ArrayList<>();
    private final List<LinkRow> links = new ArrayList<>();
    private final List<FinancingRow> financing = new ArrayList<>();

    @Override
    public void company(CompanyRow company) {
        companies.add(company);
    }

    @Override
    public void facility(FacilityRow facility) {
        facilities.add(facility);
    }

    @Override
    public void link(LinkRow link) {
        links.add(link);
    }

    @Override
    public void financing(FinancingRow row) {
        financing.add(row);
    }

    SupplyNetwork network() {
        return new SupplyNetwork(companies, facilities, links, financing);
    }
}
