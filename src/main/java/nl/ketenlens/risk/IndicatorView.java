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
 * {@link ChainStage} codes the source's finding describes (empty: every stage), see docs/adr/0013;
 * {@code commodities} (with {@code commodity} null) the list of commodities one row is written for, and
 * {@code facilityTypes} the facility types it describes (both empty: no such limit), see docs/adr/0023.
 */
public record IndicatorView(String id, String theme, String country, String region, String commodity,
                            int scale, int scope, int irremediability, double likelihood,
                            double severity, double riskWeight, String basis, SourceView source,
                            boolean proxy, Integer observedYear, List<String> unknown,
                            List<String> stages, List<String> commodities, List<String> facilityTypes) {

    public IndicatorView {
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
        stages = stages == null ? List.of() : List.copyOf(stages);
        commodities = commodity != null || commodities == null ? List.of() : List.copyOf(commodities);
        facilityTypes = facilityTypes == null ? List.of() : List.copyOf(facilityTypes);
    }

    /** An indicator for one commodity or all, for every facility type (every source but EDGAR agriculture). */
    public IndicatorView(String id, String theme, String country, String region, String commodity,
                         int scale, int scope, int irremediability, double likelihood,
                         double severity, double riskWeight, String basis, SourceView source,
                         boolean proxy, Integer observedYear, List<String> unknown, List<String> stages) {
        this(id, theme, country, region, commodity, scale, scope, irremediability, likelihood, severity, riskWeight,
                basis, source, proxy, observedYear, unknown, stages, List.of(), List.of());
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
                severity, riskWeight, basis, source, proxy, observedYear, unknown, stages, commodities, facilityTypes);
    }

    /** This indicator written for the list {@code commodities} and limited to {@code facilityTypes} (ADR 0023). */
    public IndicatorView withGoodsAndTypes(List<String> commodities, List<String> facilityTypes) {
        return new IndicatorView(id, theme, country, region, commodity, scale, scope, irremediability, likelihood,
                severity, riskWeight, basis, source, proxy, observedYear, unknown, stages, commodities, facilityTypes);
    }

    /** This indicator with another likelihood, risk weight and basis, every limit kept. */
    public IndicatorView withLikelihood(double likelihood, double riskWeight, String basis) {
        return new IndicatorView(id, theme, country, region, commodity, scale, scope, irremediability, likelihood,
                severity, riskWeight, basis, source, proxy, observedYear, unknown, stages, commodities, facilityTypes);
    }

    /** Cypher map projection that {@link #from(Value)} reads; {@code i} is the indicator, {@code s} its source. */
    public static final String PROJECTION = """
            {id: i.id, theme: i.theme, country: i.country, region: i.region, commodity: i.commodity,
             scale: i.scale, scope: i.scope, irremediability: i.irremediability, likelihood: i.likelihood,
             basis: i.basis, proxy: coalesce(i.proxy, false), observedYear: i.observedYear,
             unknown: coalesce(i.unknown, []), stages: coalesce(i.stages, []),
             commodities: coalesce(i.commodities, []), facilityTypes: coalesce(i.facilityTypes, []),
             source: s {.id, .publisher, .title, .edition, .year, .licence, .url}}""";

    /**
     * Cypher predicate: indicator {@code i} applies to facility {@code f} — its place; its commodity (or one of its
     * commodity list), a kind of it (through {@code Commodity.ancestors}) or all commodities; its stage
     * ({@link ChainStage#cypherStageOf}); and its facility types. The Neo4j form of {@link #appliesTo}; the caller
     * passes the Commodity label (Schema lives in graph, which depends on this package).
     */
    public static String appliesToFacility(String commodityLabel) {
        return """
            i.country = f.country AND (i.region IS NULL OR i.region = f.region)
             AND (CASE WHEN i.commodity IS NOT NULL THEN i.commodity IN f.commodities
                         OR EXISTS { MATCH (fm:%1$s) WHERE fm.code IN f.commodities AND i.commodity IN fm.ancestors }
                       WHEN size(coalesce(i.commodities, [])) > 0 THEN any(c IN f.commodities WHERE c IN i.commodities)
                         OR EXISTS { MATCH (fm:%1$s) WHERE fm.code IN f.commodities
                                     AND any(a IN fm.ancestors WHERE a IN i.commodities) }
                       ELSE true END)
             AND (size(coalesce(i.stages, [])) = 0 OR %2$s IS NULL OR %2$s IN i.stages)
             AND (size(coalesce(i.facilityTypes, [])) = 0 OR %2$s IS NULL OR f.type IN i.facilityTypes)"""
            .formatted(commodityLabel, ChainStage.cypherStageOf("f.type"));
    }

    /**
     * Whether this indicator applies to a facility of {@code facilityType} in {@code facilityCountry}/{@code
     * facilityRegion} handling {@code commodities}: same country, same region or a country-wide indicator; one of the
     * facility's commodities, a kind of it in the {@code taxonomy}, or an all-commodities indicator; and a stage
     * the facility works at ({@link #describes}). The one Java form of {@link #appliesToFacility}, used by the
     * projection for seeded indicators and by leverage for what-if ones.
     */
    public boolean appliesTo(String facilityCountry, String facilityRegion, List<String> facilityCommodities,
                             String facilityType, CommodityTaxonomy taxonomy) {
        ChainStage stage = ChainStage.ofFacilityType(facilityType);
        return appliesInPlaceAndGoods(facilityCountry, facilityRegion, facilityCommodities, taxonomy)
                && describes(stage) && describesType(facilityType, stage);
    }

    /** Place and commodity of {@link #appliesTo} without the stage: what a facility at another stage may hide upstream. */
    public boolean appliesInPlaceAndGoods(String facilityCountry, String facilityRegion, List<String> facilityCommodities,
                                          CommodityTaxonomy taxonomy) {
        return country.equals(facilityCountry)
                && (region == null || region.equals(facilityRegion))
                && coversAny(facilityCommodities, taxonomy);
    }

    /** Whether this indicator is written for particular commodities (one, or a list) rather than for all. */
    public boolean commoditySpecific() {
        return commodity != null || !commodities.isEmpty();
    }

    /** Whether this indicator covers {@code c}: written for it or for something it is a kind of, or for all. */
    public boolean covers(String c, CommodityTaxonomy taxonomy) {
        if (commodity != null) {
            return taxonomy.covers(commodity, c);
        }
        for (String mine : commodities) {
            if (taxonomy.covers(mine, c)) {
                return true;
            }
        }
        return commodities.isEmpty();
    }

    private boolean coversAny(List<String> facilityCommodities, CommodityTaxonomy taxonomy) {
        if (!commoditySpecific()) {
            return true;
        }
        for (String c : facilityCommodities) {
            if (covers(c, taxonomy)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this indicator describes a facility of {@code type} at {@code stage}: no type limit, a type without a
     * known stage (we do not drop a risk because we cannot place a facility, as with stages), or one of the types.
     */
    public boolean describesType(String type, ChainStage stage) {
        return facilityTypes.isEmpty() || stage == null || facilityTypes.contains(type);
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
                strings(v, "stages"), strings(v, "commodities"), strings(v, "facilityTypes"));
    }

    private static List<String> strings(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? List.of() : x.asList(Value::asString);
    }

    static String str(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? null : x.asString();
    }
}
