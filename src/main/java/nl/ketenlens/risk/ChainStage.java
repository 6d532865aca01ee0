package nl.ketenlens.risk;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stage of a supply chain that a facility works at, or that a risk indicator describes (docs/adr/0013).
 *
 * <p>A facility's stage follows from its type ({@link #ofFacilityType}); a type outside the table has no known
 * stage and so fits every indicator (we do not drop a risk because we cannot place the facility). An indicator
 * with no stages describes every stage (country-wide figures, user imports, what-if indicators).
 */
public enum ChainStage {
    /** Mining, quarrying, farming, plantations and the farmer cooperatives that gather their produce. */
    EXTRACTION,
    /** First transformation: smelting, refining, milling, ginning, tanning, cutting stone, grinding cocoa. */
    PROCESSING,
    /** Making finished goods: garment factories, jewellers, electronics makers. */
    MANUFACTURING,
    /** Buying and selling without transforming: traders, exporters, wholesalers. */
    TRADE;

    /**
     * The extraction-stage types that grow crops or raise animals (and the farmer cooperatives that gather their
     * produce), as opposed to mines, quarries and fisheries: what a farm-sector figure describes (EDGAR agriculture,
     * docs/adr/0023). An indicator limited to these types never reaches a mine.
     */
    public static final List<String> CULTIVATION_TYPES = List.of("farm", "plantation", "ranch", "cooperative");

    /** Facility type → stage, for the types of graph-schema/README.md, the synthetic network and OSH imports. */
    private static final Map<String, ChainStage> BY_FACILITY_TYPE = byType();

    private static Map<String, ChainStage> byType() {
        Map<String, ChainStage> m = new LinkedHashMap<>();
        for (String t : List.of("mine", "quarry", "farm", "plantation", "cooperative", "ranch", "fishery")) {
            m.put(t, EXTRACTION);
        }
        for (String t : List.of("mill", "smelter", "refinery", "processor", "ginner", "tannery")) {
            m.put(t, PROCESSING);
        }
        for (String t : List.of("factory", "manufacturer")) {
            m.put(t, MANUFACTURING);
        }
        for (String t : List.of("trader", "exporter", "wholesaler")) {
            m.put(t, TRADE);
        }
        return Map.copyOf(m);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChainStage of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The stage of a facility of {@code type}, or null when the type is unknown (it then fits every stage). */
    public static ChainStage ofFacilityType(String type) {
        return type == null ? null : BY_FACILITY_TYPE.get(type);
    }

    /**
     * The stages that come before this one, where a facility without a recorded supplier hides its risk:
     * nothing before extraction; extraction and trade before processing; those and processing before
     * manufacturing; every production stage before trade (traders pass on whatever was made before them).
     */
    public Set<ChainStage> upstream() {
        return switch (this) {
            case EXTRACTION -> EnumSet.noneOf(ChainStage.class);
            case PROCESSING -> EnumSet.of(EXTRACTION, TRADE);
            case MANUFACTURING -> EnumSet.of(EXTRACTION, TRADE, PROCESSING);
            case TRADE -> EnumSet.of(EXTRACTION, PROCESSING, MANUFACTURING);
        };
    }

    /** The codes of {@code stages}, in enum order. */
    public static List<String> codes(Set<ChainStage> stages) {
        return stages.stream().sorted().map(ChainStage::code).toList();
    }

    /**
     * Cypher for the stage code of a facility type, e.g. {@code CASE f.type WHEN 'mine' THEN 'extraction' … END}
     * (null for unknown types): the same table as {@link #ofFacilityType}, for queries that match in Neo4j.
     */
    public static String cypherStageOf(String typeExpression) {
        return BY_FACILITY_TYPE.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "WHEN '" + e.getKey() + "' THEN '" + e.getValue().code() + "'")
                .collect(Collectors.joining(" ", "CASE " + typeExpression + " ", " END"));
    }
}
