package nl.ketenlens.graph.projection;

import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.RiskWeight;
import nl.ketenlens.graph.SupplyNetwork;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;

/**
 * A {@link GraphProjection} built straight from rows, without Neo4j: for unit tests, benchmarks and anything that
 * holds a {@link SupplyNetwork} in memory (a generator's output, an import preview).
 *
 * <p>Vertices are numbered as {@link GraphProjector} numbers them: companies first, then facilities, each in the
 * order given. A company is a covenant member when it lists at least one covenant. Indicators are matched to
 * facilities by the same rule as the Neo4j projection ({@link IndicatorMatcher}).
 */
public final class InMemoryProjection {

    private InMemoryProjection() {
    }

    /** A projection at revision 0 of {@code network} with these indicators and commodity facts. */
    public static GraphProjection of(SupplyNetwork network, List<IndicatorView> indicators,
                                     Map<String, CommodityInfo> commodityInfo) {
        return of(0, network, indicators, commodityInfo);
    }

    /** As {@link #of(SupplyNetwork, List, Map)}, stamped with a revision. */
    public static GraphProjection of(long revision, SupplyNetwork network, List<IndicatorView> indicators,
                                     Map<String, CommodityInfo> commodityInfo) {
        ProjectionBuilder builder = new ProjectionBuilder(network.companies().size() + network.facilities().size(),
                network.links().size() + network.financing().size());
        network.companies().forEach(builder::company);
        network.facilities().forEach(builder::facility);
        network.links().forEach(builder::link);
        network.financing().forEach(builder::financing);
        return builder.build(revision, indicators, commodityInfo);
    }

    /**
     * An indicator view with severity and risk weight derived by {@link RiskWeight}, as the Neo4j projection
     * derives them; {@code region} and {@code commodity} may be null (whole country, all commodities).
     */
    public static IndicatorView indicator(String id, String theme, String country, String region, String commodity,
                                          int scale, int scope, int irremediability, double likelihood,
                                          SourceView source) {
        return new IndicatorView(id, theme, country, region, commodity, scale, scope, irremediability, likelihood,
                RiskWeight.severity(scale, scope, irremediability),
                RiskWeight.weight(scale, scope, irremediability, likelihood), "", source);
    }
}
