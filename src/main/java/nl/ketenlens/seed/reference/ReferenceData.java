package nl.ketenlens.seed.reference;

import java.util.List;
import nl.ketenlens.graph.IndicatorRow;
import nl.ketenlens.graph.SourceRow;

/** Everything read from {@code seed-data/reference/}: what {@link ReferenceDataWriter} writes to the graph. */
public record ReferenceData(List<CountryRow> countries, List<RegionRow> regions, List<CommodityRow> commodities,
                            List<ThemeRow> themes, List<SourceRow> sources, List<IndicatorRow> indicators,
                            List<SectorRow> sectors, List<CovenantRow> covenants) {
    public ReferenceData {
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        commodities = List.copyOf(commodities);
        themes = List.copyOf(themes);
        sources = List.copyOf(sources);
        indicators = List.copyOf(indicators);
        sectors = List.copyOf(sectors);
        covenants = List.copyOf(covenants);
    }
}
