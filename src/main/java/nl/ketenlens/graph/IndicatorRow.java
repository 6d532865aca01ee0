package nl.ketenlens.graph;

import java.util.Objects;

/**
 * A risk indicator as written to the graph: how severe and how likely one risk theme is in one place, for one
 * commodity or for all commodities.
 *
 * <p>Severity follows UNGP 14 / OECD: <em>scale</em> (gravity of the harm), <em>scope</em> (how many are affected)
 * and <em>irremediability</em> (how hard the harm is to undo), each 1 (low) … 5 (high). <em>Likelihood</em> is the
 * probability in [0,1] that the harm occurs in a chain passing through this place and commodity.
 *
 * @param id               deterministic key, see {@link #id(String, String, String, String, String)}
 * @param theme            RiskTheme code, e.g. {@code child_labour}
 * @param country          ISO 3166-1 alpha-2 code
 * @param region           ISO 3166-2 code within {@code country}, or null for the whole country
 * @param commodity        commodity code, or null when the indicator applies to all commodities
 * @param basis            one sentence: the rule that produced the figures, with the source's own figure
 * @param sourceId         id of the Source the figures come from
 * @param proxy            true when the source's figure stands in for the theme without measuring it (a poverty rate
 *                         for living wage, net forest change for deforestation); shown wherever the indicator is
 * @param observedYear     the year the source's figure describes, or null when the source gives none
 * @param unknown          the dimensions ({@code scope}, {@code likelihood}) the source has no figure for; their
 *                         values were set by a documented conservative rule, never as middling
 * @param stages           the chain stages the finding describes ({@code extraction}, {@code processing},
 *                         {@code manufacturing}, {@code trade}; see risk.ChainStage); empty = every stage
 * @param commodities      with {@code commodity} null: the commodities the finding is written for (it covers each and
 *                         the kinds of each), so one row serves a list (EDGAR agriculture: the farm commodities);
 *                         empty = as {@code commodity} says (docs/adr/0023)
 * @param facilityTypes    the facility types the finding describes (EDGAR agriculture: farm, plantation, ranch,
 *                         cooperative); a facility of a type without a known stage keeps it; empty = every type
 */
public record IndicatorRow(String id, String theme, String country, String region, String commodity,
                           int scale, int scope, int irremediability, double likelihood,
                           String basis, String sourceId, boolean proxy, Integer observedYear,
                           java.util.List<String> unknown, java.util.List<String> stages,
                           java.util.List<String> commodities, java.util.List<String> facilityTypes) {

    /** An indicator for one commodity or all, for facilities of every type (every source but EDGAR agriculture). */
    public IndicatorRow(String id, String theme, String country, String region, String commodity,
                        int scale, int scope, int irremediability, double likelihood, String basis, String sourceId,
                        boolean proxy, Integer observedYear, java.util.List<String> unknown,
                        java.util.List<String> stages) {
        this(id, theme, country, region, commodity, scale, scope, irremediability, likelihood, basis, sourceId,
                proxy, observedYear, unknown, stages, java.util.List.of(), java.util.List.of());
    }

    /** An indicator that describes every stage (country-wide figures, user imports). */
    public IndicatorRow(String id, String theme, String country, String region, String commodity,
                        int scale, int scope, int irremediability, double likelihood, String basis, String sourceId,
                        boolean proxy, Integer observedYear, java.util.List<String> unknown) {
        this(id, theme, country, region, commodity, scale, scope, irremediability, likelihood, basis, sourceId,
                proxy, observedYear, unknown, java.util.List.of());
    }

    /** A direct (non-proxy) indicator without an observation year, as ILAB, CAHRA, EUDR and imports write them. */
    public IndicatorRow(String id, String theme, String country, String region, String commodity,
                        int scale, int scope, int irremediability, double likelihood, String basis, String sourceId) {
        this(id, theme, country, region, commodity, scale, scope, irremediability, likelihood, basis, sourceId,
                false, null, java.util.List.of());
    }

    /** Wildcard used in ids of indicators that apply to all commodities. */
    public static final String ALL_COMMODITIES = "*";

    public IndicatorRow {
        requireText(id, "id");
        requireText(theme, "theme");
        requireText(sourceId, "sourceId");
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("indicator " + id + ": country must be ISO alpha-2, was " + country);
        }
        if (region != null && !region.startsWith(country + "-")) {
            throw new IllegalArgumentException("indicator " + id + ": region " + region + " is not in " + country);
        }
        checkLevel(id, "scale", scale);
        checkLevel(id, "scope", scope);
        checkLevel(id, "irremediability", irremediability);
        if (!(likelihood >= 0.0 && likelihood <= 1.0)) {
            throw new IllegalArgumentException("indicator " + id + ": likelihood must be in [0,1], was " + likelihood);
        }
        basis = Objects.requireNonNullElse(basis, "");
        unknown = unknown == null ? java.util.List.of() : java.util.List.copyOf(unknown);
        stages = stages == null ? java.util.List.of() : java.util.List.copyOf(stages);
        commodities = commodities == null ? java.util.List.of() : java.util.List.copyOf(commodities);
        facilityTypes = facilityTypes == null ? java.util.List.of() : java.util.List.copyOf(facilityTypes);
        if (commodity != null && !commodities.isEmpty()) {
            throw new IllegalArgumentException("indicator " + id + ": a commodity and a commodity list at once");
        }
    }

    /**
     * The conventional id {@code sourceId:theme:area:commodity}, where area is the region code if present, else the
     * country code, and commodity is {@value #ALL_COMMODITIES} when null; e.g. {@code ilab2022:child_labour:CD:cobalt_ore}.
     */
    public static String id(String sourceId, String theme, String country, String region, String commodity) {
        return sourceId + ":" + theme + ":" + (region != null ? region : country) + ":"
                + (commodity != null ? commodity : ALL_COMMODITIES);
    }

    private static void checkLevel(String id, String name, int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("indicator " + id + ": " + name + " must be 1..5, was " + value);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("indicator " + name + " must not be blank");
        }
    }
}
