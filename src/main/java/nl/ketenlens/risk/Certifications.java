package nl.ketenlens.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenlens.analysis.RiskWeight;

/**
 * The one certification rule (ADR 0017, docs/exposure.md "Certifications"): a facility that declares a certification
 * or audit scheme Ketenlens knows has the likelihood of every indicator of a theme that scheme audits multiplied by
 * {@link #FACTOR}, once, however many schemes cover the theme. Severity is untouched: a certificate makes a harm less
 * likely to go unnoticed, not less grave. Certifications are imported as the facility declares them (nothing checks
 * them against the schemes' own lists, which are not shipped), so every lowered indicator says so in its basis, and
 * an unknown scheme is shown but lowers nothing.
 *
 * <p>Used by the projection (so exposure, leverage and the briefing weigh the same figures) and by the facility
 * details of the catalog.
 */
public final class Certifications {

    /** Likelihood multiplier for a theme a declared scheme audits. */
    public static final double FACTOR = 0.5;

    /**
     * A scheme: its display name, the words that recognise it in an imported cell (lower case, matched as part of
     * the normalized cell), and the themes its standard audits.
     */
    public record Scheme(String name, List<String> words, Set<String> themes) {
    }

    /** The schemes and the themes they audit (from each scheme's published standard; see docs/exposure.md). */
    public static final List<Scheme> SCHEMES = List.of(
            new Scheme("RMAP", List.of("rmap"), Set.of("conflict", "child_labour", "forced_labour", "corruption")),
            new Scheme("RJC", List.of("rjc", "responsible jewellery council"),
                    Set.of("conflict", "child_labour", "forced_labour", "health_safety")),
            new Scheme("Fairtrade", List.of("fairtrade", "fair trade"),
                    Set.of("child_labour", "forced_labour", "freedom_of_association", "living_wage")),
            new Scheme("Rainforest Alliance", List.of("rainforest alliance", "utz"),
                    Set.of("deforestation", "child_labour", "forced_labour")),
            new Scheme("FSC", List.of("fsc", "forest stewardship council"),
                    Set.of("deforestation", "biodiversity", "land_rights")),
            new Scheme("SA8000", List.of("sa8000", "sa 8000"),
                    Set.of("child_labour", "forced_labour", "health_safety", "freedom_of_association", "gender",
                            "living_wage")));

    private Certifications() {
    }

    /** The scheme an imported cell names, if Ketenlens knows it ("RMAP conformant" → RMAP). */
    public static Optional<Scheme> scheme(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String text = " " + declared.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim() + " ";
        return SCHEMES.stream().filter(s -> s.words().stream().anyMatch(w -> text.contains(" " + w + " "))).findFirst();
    }

    /** The known scheme names, for messages. */
    public static String knownNames() {
        return SCHEMES.stream().map(Scheme::name).collect(Collectors.joining(", "));
    }

    /**
     * The indicators of a facility with the rule applied: an indicator of a theme one of {@code certifications}
     * audits becomes a copy with likelihood × {@link #FACTOR}, risk weight recomputed by {@link RiskWeight}, and the
     * reason appended to its basis; the others are returned as they are, in the same order.
     */
    public static List<IndicatorView> apply(List<IndicatorView> indicators, List<String> certifications) {
        if (certifications == null || certifications.isEmpty()) {
            return indicators;
        }
        List<IndicatorView> out = new ArrayList<>(indicators.size());
        for (IndicatorView i : indicators) {
            List<String> because = certifications.stream()
                    .filter(c -> scheme(c).map(s -> s.themes().contains(i.theme())).orElse(false)).toList();
            out.add(because.isEmpty() ? i : lowered(i, because));
        }
        return out;
    }

    /** True when the rule lowers at least one of these themes for a facility with these certifications. */
    public static boolean lowers(String theme, List<String> certifications) {
        return certifications != null && certifications.stream()
                .anyMatch(c -> scheme(c).map(s -> s.themes().contains(theme)).orElse(false));
    }

    /** "likelihood lowered ×0.5 because: RMAP conformant (self-declared in import)". */
    public static String reason(List<String> because) {
        return "likelihood lowered ×" + trimmed(FACTOR) + " because: " + String.join(", ", because)
                + " (self-declared in import)";
    }

    /** The reason this rule wrote into a lowered indicator's basis, or null when the indicator was not lowered. */
    public static String loweredReason(IndicatorView i) {
        String marker = "likelihood lowered ×";
        int at = i.basis() == null ? -1 : i.basis().lastIndexOf(marker);
        return at < 0 ? null : i.basis().substring(at);
    }

    /** One sentence for a facility's details and explanations; null when it declares nothing. */
    public static String statement(List<String> certifications) {
        if (certifications == null || certifications.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String c : certifications) {
            parts.add(scheme(c).map(s -> c + " (" + s.name() + ": likelihood ×" + trimmed(FACTOR) + " for "
                    + String.join(", ", s.themes().stream().sorted().toList()) + ")")
                    .orElse(c + " (not a scheme Ketenlens knows: no effect)"));
        }
        return "Certifications (self-declared in import): " + String.join("; ", parts);
    }

    private static IndicatorView lowered(IndicatorView i, List<String> because) {
        double likelihood = i.likelihood() * FACTOR;
        String basis = (i.basis() == null || i.basis().isBlank() ? "" : i.basis() + "; ") + reason(because);
        return i.withLikelihood(likelihood, RiskWeight.weight(i.scale(), i.scope(), i.irremediability(), likelihood),
                basis);
    }

    private static String trimmed(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
