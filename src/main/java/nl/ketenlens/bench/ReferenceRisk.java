package nl.ketenlens.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.IndicatorRow;
import nl.ketenlens.graph.SourceRow;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.graph.projection.InMemoryProjection;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;
import nl.ketenlens.seed.reference.ReferenceData;
import nl.ketenlens.seed.reference.ReferenceDataReader;

/** The real seeded indicators and commodity facts, read from the classpath, for benchmarks without a store. */
public record ReferenceRisk(List<IndicatorView> indicators, Map<String, CommodityInfo> commodities) {

    public static ReferenceRisk load() {
        ReferenceData data = new ReferenceDataReader().read();
        Map<String, SourceView> sources = new HashMap<>();
        for (SourceRow s : data.sources()) {
            sources.put(s.id(), new SourceView(s.id(), s.publisher(), s.title(), s.edition(), s.year(), s.licence(),
                    s.url()));
        }
        List<IndicatorView> indicators = data.indicators().stream().map(i -> view(i, sources)).toList();
        Map<String, CommodityInfo> commodities = new HashMap<>();
        data.commodities().forEach(c -> commodities.put(c.code(),
                new CommodityInfo(c.code(), c.name(), c.hs(), c.upstream(), c.mainProducers(), c.parent())));
        return new ReferenceRisk(indicators, commodities);
    }

    private static IndicatorView view(IndicatorRow i, Map<String, SourceView> sources) {
        return InMemoryProjection.indicator(i.id(), i.theme(), i.country(), i.region(), i.commodity(), i.scale(),
                i.scope(), i.irremediability(), i.likelihood(), sources.get(i.sourceId())).withStages(i.stages())
                .withGoodsAndTypes(i.commodities(), i.facilityTypes());
    }
}
