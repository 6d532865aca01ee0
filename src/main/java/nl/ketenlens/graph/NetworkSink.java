package nl.ketenlens.graph;

import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.LinkRow;

/**
 * Receives a generated network row by row, so that networks far larger than the heap can be written.
 * The generator calls it in this order: all companies (institutions last), then all facilities, then all
 * supply links, then all financing links; so every link arrives after both of its ends.
 */
public interface NetworkSink {
    void company(CompanyRow company);

    void facility(FacilityRow facility);

    void link(LinkRow link);

    void financing(FinancingRow financing);
}
