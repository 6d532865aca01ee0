package nl.ketenlens.risk;

import java.util.List;
import nl.ketenlens.analysis.RiskWeight;
import org.neo4j.driver.Value;

/**
 * A risk indicator as the product shows it: theme, place, commodity, OECD severity dimensions,
 * likelihood, the derived severity and risk weight, the rule that produced the figures, and its source;
 * {@code proxy} says the source's figure stands in for the theme without measuring it, {@code observedYear} which
 * year the figure describes (null when the source gives none); {@code unknown} the dimensions the source has no
 * figure for, rated by the conservative rule of docs/seed-data.md (unknown scope ranks as 5); {@code stages} the
 * {@link ChainStage} codes the source's finding describes (empty: every stage), see docs/adr/0013.
 */
public record IndicatorView(String id, String theme, String country, String region, String commodity,
                            int scale, int scope, int irremediability, double likelihood,
                            double severity, double riskWeight, String basis, SourceView source,
                            boolean proxy, Integer observedYear, List<String> unknown,
                            List<String> stages) {

    public IndicatorView {
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** A direct (non-proxy) indicator without an observation year. */
    public IndicatorView(String id, String theme, String country, String region, String commodity,
                         int scale, int scope, int irremediability, double likelihood,
                         double severity, double riskWeight, String basis, SourceView source) {
        this(id, theme, country, region, commodity, scale, scope, irremediability, likelihood, severity, riskWeight,
                basis, source, false, null, List.of(), List.of());
    }

    /** This indicator limited to {@code stages} (codes of {@link ChainStage}); empty means every stage. */
    public IndicatorView withStages(List<String> stages) {
        return new IndicatorView(id, theme, country, region, commodity, scale, scope, irremediability, likelihood,
                severity, riskWeight, basis, source, proxy, observedYear, unknown, stages);
    }

    /** Cypher map projection that {@link #from(Value)} reads; {@code i} is the indicator, {@code s} its source. */
    public static final String PROJECTION = """
            {id: i.id, theme: i.theme, country: i.country, region: i.region, commodity: i.commodity,
             scale: i.scale, scope: i.scope, irremediability: i.irremediability, likelihood: i.likelihood,
             basis: i.basis, proxy: coalesce(i.proxy, false), observedYear: i.observedYear,
             unknown: coalesce(i.unknown, []), stages: coalesce(i.stages, []),
             source: s {.id, .publisher, .title, .edition, .year, .licence, .url}}""";

    /**
     * Cypher predicate: indicator {@code i} applies to facility {@code f} — its place; its commodity, a kind of it
     * (through {@code Commodity.ancestors}) or all commodities; and its stage ({@link ChainStage#cypherStageOf}).
     * The Neo4j form of {@link #appliesTo}; the caller passes the Commodity label (Schema lives in graph, which
     * depends on this package).
     */
    public static String appliesToFacility(String commodityLabel) {
        return """
            i.country = f.country AND (i.region IS NULL OR i.region = f.region)
             AND (i.commodity IS NULL OR i.commodity IN f.commodities
                  OR EXISTS { MATCH (fm:%1$s) WHERE fm.code IN f.commodities AND i.commodity IN fm.ancestors })
             AND (size(coalesce(i.stages, [])) = 0 OR %2$s IS NULL OR %2$s IN i.stages)"""
            .formatted(commodityLabel, ChainStage.cypherStageOf("f.type"));
    }

    /**
     * Whether this indicator applies to a facility of {@code facilityType} in {@code facilityCountry}/{@code
     * facilityRegion} handling {@code commodities}: same country, same region or a country-wide indicator; one of the
     * facility's commodities, a kind of it in the {@code taxonomy}, or an all-commodities indicator; and a stage
     * the facility works at ({@link #describes}). The one Java form of {@link #appliesToFacility}, used by the
     * projection for seeded indicators and by leverage for what-if ones.
     */
    public boolean appliesTo(String facilityCountry, String facilityRegion, List<String> commodities,
                             String facilityType, CommodityTaxonomy taxonomy) {
        return appliesInPlaceAndGoods(facilityCountry, facilityRegion, commodities, taxonomy)
                && describes(ChainStage.ofFacilityType(facilityType));
    }

    /** Place and commodity of {@link #appliesTo} without the stage: what a facility at another stage may hide upstream. */
    public boolean appliesInPlaceAndGoods(String facilityCountry, String facilityRegion, List<String> commodities,
                                          CommodityTaxonomy taxonomy) {
        return country.equals(facilityCountry)
                && (region == null || region.equals(facilityRegion))
                && (commodity == null || taxonomy.coversAny(commodity, commodities));
    }

    /** Whether this indicator describes {@code stage}; an unknown stage (null) or an indicator without stages fits. */
    public boolean describes(ChainStage stage) {
        return stages.isEmpty() || stage == null || stages.contains(stage.code());
    }

    /** Whether this indicator describes any of {@code stages} (an indicator without stages describes all). */
    public boolean describesAny(java.util.Set<ChainStage> stages) {
        return this.stages.isEmpty() || stages.stream().anyMatch(s -> this.stages.contains(s.code()));
    }

    public static IndicatorView from(Value v) {
        int scale = v.get("scale").asInt();
        int scope = v.get("scope").asInt();
        int irr = v.get("irremediability").asInt();
        double likelihood = v.get("likelihood").asDouble();
        Value s = v.get("source");
        SourceView source = s.isNull() ? null : new SourceView(str(s, "id"), str(s, "publisher"), str(s, "title"),
                str(s, "edition"), s.get("year").isNull() ? null : s.get("year").asInt(), str(s, "licence"), str(s, "url"));
        return new IndicatorView(str(v, "id"), str(v, "theme"), str(v, "country"), str(v, "region"),
                str(v, "commodity"), scale, scope, irr, likelihood, RiskWeight.severity(scale, scope, irr),
                RiskWeight.weight(scale, scope, irr, likelihood), str(v, "basis"), source,
                !v.get("proxy").isNull() && v.get("proxy").asBoolean(),
                v.get("observedYear").isNull() ? null : v.get("observedYear").asInt(),
                v.get("unknown").isNull() ? List.of() : v.get("unknown").asList(Value::asString),
                v.get("stages").isNull() ? List.of() : v.get("stages").asList(Value::asString));
    }

    static String str(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? null : x.asString();
    }
}
