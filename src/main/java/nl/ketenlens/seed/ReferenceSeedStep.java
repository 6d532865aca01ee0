package nl.ketenlens.seed;

import nl.ketenlens.seed.reference.ReferenceData;
import nl.ketenlens.seed.reference.ReferenceDataReader;
import nl.ketenlens.seed.reference.ReferenceDataWriter;
import nl.ketenlens.store.SeedStep;
import org.neo4j.driver.Driver;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the real, sourced reference data: countries, commodities, themes, indicators, sectors, covenants. */
@Component
@Order(1)
class ReferenceSeedStep implements SeedStep {

    @Override
    public String name() {
        return "reference data";
    }

    @Override
    public String load(Driver driver) {
        ReferenceData data = new ReferenceDataReader().read();
        new ReferenceDataWriter(driver).write(data);
        return data.countries().size() + " countries, " + data.regions().size() + " regions, "
                + data.commodities().size() + " commodities, " + data.indicators().size() + " indicators from "
                + data.sources().size() + " sources, " + data.sectors().size() + " sectors, "
                + data.covenants().size() + " covenants";
    }
}
