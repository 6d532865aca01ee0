package nl.ketenlens.seed.reference;

import java.util.Locale;
import java.util.Optional;

/**
 * The rules that turn a source's own figures into severity (scale, scope, irremediability, 1..5) and likelihood
 * (0..1). Every reference indicator is rated here, never by a value typed per row; docs/seed-data.md explains the
 * choices with a worked example.
 *
 * <p>Severity is read as in UNGP 14: scale = gravity of the harm, scope = how many people are affected,
 * irremediability = how hard it is to restore the situation. Likelihood = how probable it is that a chain through
 * this country and commodity involves the harm.
 */
public final class SeverityRules {
    /** Likelihood of a harm ILAB lists for a good and country. */
    public static final double ILAB_LIKELIHOOD = 0.7;
    /** Added when ILAB rates the government's efforts "No Advancement" or "Minimal Advancement". */
    public static final double WEAK_EFFORTS_BONUS = 0.1;
    /** Likelihood for goods made with listed inputs: the input may not be in every lot. */
    public static final double DERIVED_LIKELIHOOD = 0.4;
    /**
     * Scope when the source has no prevalence figure: the conservative rule ranks an unknown scope as the widest, 5,
     * so missing data never makes a harm look middling or small (OECD: lack of information is no reason to rank a
     * risk lower). The indicator lists {@code scope} as unknown and its basis says so.
     */
    public static final int UNKNOWN_SCOPE = 5;
    /** The words every basis uses for the conservative rule. */
    static final String UNKNOWN_SCOPE_WORDS = "scope unknown → ranked as " + UNKNOWN_SCOPE
            + " (conservative rule: missing data is not middling)";
    private static final java.util.List<String> SCOPE = java.util.List.of("scope");

    private SeverityRules() {
    }

    /**
     * Scope of child labour from the share of working children: &lt;2.5 % → 1, &lt;5 % → 2, &lt;10 % → 3,
     * &lt;20 % → 4, ≥20 % → 5; unavailable → {@value #UNKNOWN_SCOPE}.
     */
    public static int childLabourScope(Double workingShare) {
        if (workingShare == null) {
            return UNKNOWN_SCOPE;
        }
        if (workingShare < 0.025) {
            return 1;
        }
        if (workingShare < 0.05) {
            return 2;
        }
        if (workingShare < 0.10) {
            return 3;
        }
        return workingShare < 0.20 ? 4 : 5;
    }

    /** {@value #ILAB_LIKELIHOOD}, plus {@value #WEAK_EFFORTS_BONUS} for "No/Minimal Advancement" (any variant). */
    public static double childLabourLikelihood(String advancementLevel) {
        boolean weak = advancementLevel != null
                && (advancementLevel.startsWith("No Advancement") || advancementLevel.startsWith("Minimal Advancement"));
        return round(ILAB_LIKELIHOOD + (weak ? WEAK_EFFORTS_BONUS : 0.0));
    }

    /** ILAB child_labor=Yes: scale 4 (5 with forced child labour), scope from prevalence, irremediability 4. */
    public static Rating childLabour(String good, String country, boolean forcedChildLabour, ChildLabourStats stats) {
        int scale = forcedChildLabour ? 5 : 4;
        int scope = childLabourScope(stats.workingShare());
        double likelihood = childLabourLikelihood(stats.advancementLevel());
        String basis = "ILAB 2022 list: child labour in " + good + " (" + country + ")"
                + (forcedChildLabour ? ", forced child labour" : "") + " → scale " + scale + "; "
                + prevalence(stats) + " → " + scopeWords(stats, scope) + "; advancement '"
                + (stats.advancementLevel() == null ? "not assessed" : stats.advancementLevel())
                + "' → likelihood " + likelihood;
        return new Rating(scale, scope, 4, likelihood, basis, unknown(stats));
    }

    /** ILAB forced_labor=Yes: scale 5, scope 3 (ILAB gives no prevalence), irremediability 4, likelihood 0.7. */
    public static Rating forcedLabour(String good, String country) {
        return new Rating(5, UNKNOWN_SCOPE, 4, ILAB_LIKELIHOOD, "ILAB 2022 list: forced labour in " + good
                + " (" + country + ") → scale 5; no prevalence figure, " + UNKNOWN_SCOPE_WORDS + "; irremediability 4,"
                + " likelihood " + ILAB_LIKELIHOOD, SCOPE);
    }

    /**
     * ILAB derived_labor_exploitation=Yes where the listed inputs were made with child labour: rated as child labour
     * in the input's country, with likelihood {@value #DERIVED_LIKELIHOOD}.
     */
    public static Rating derivedChildLabour(String good, String country, String inputs, String inputCountry,
                                            boolean forcedChildLabour, ChildLabourStats inputStats) {
        int scale = forcedChildLabour ? 5 : 4;
        int scope = childLabourScope(inputStats.workingShare());
        String basis = "ILAB 2022 list: " + good + " (" + country + ") made with inputs produced with child labour ("
                + inputs + ", " + inputCountry + ") → scale " + scale + "; in " + inputCountry + " "
                + prevalence(inputStats) + " → " + scopeWords(inputStats, scope) + "; likelihood " + DERIVED_LIKELIHOOD
                + " as the input may not be in every lot";
        return new Rating(scale, scope, 4, DERIVED_LIKELIHOOD, basis, unknown(inputStats));
    }

    /** As {@link #forcedLabour} for goods made with inputs produced with forced labour, likelihood 0.4. */
    public static Rating derivedForcedLabour(String good, String country, String inputs, String inputCountry) {
        return new Rating(5, UNKNOWN_SCOPE, 4, DERIVED_LIKELIHOOD, "ILAB 2022 list: " + good + " (" + country
                + ") made with inputs produced with forced labour (" + inputs + ", " + inputCountry
                + ") → scale 5; " + UNKNOWN_SCOPE_WORDS + "; irremediability 4; likelihood " + DERIVED_LIKELIHOOD
                + " as the input may not be in every lot", SCOPE);
    }

    /**
     * EU CAHRA list, for minerals in scope of Reg. (EU) 2017/821: conflict-affected → 5/4/5, likelihood 0.8;
     * high-risk or a whole-country listing without flags → 4/3/4, likelihood 0.5.
     */
    public static Rating conflict(CahraStatus status, String area) {
        return switch (status) {
            case CONFLICT_AFFECTED -> new Rating(5, 4, 5, 0.8, "EU CAHRA list 2026 Q2: " + area
                    + " conflict-affected → scale 5, scope 4, irremediability 5, likelihood 0.8");
            case HIGH_RISK -> new Rating(4, 3, 4, 0.5, "EU CAHRA list 2026 Q2: " + area
                    + " high-risk → scale 4, scope 3, irremediability 4, likelihood 0.5");
            case WHOLE_COUNTRY -> new Rating(4, 3, 4, 0.5, "EU CAHRA list 2026 Q2: " + area
                    + " listed as a whole country without flags → rated as high-risk: scale 4, scope 3,"
                    + " irremediability 4, likelihood 0.5");
        };
    }

    /**
     * EUDR benchmark: high → likelihood 0.7, standard → 0.3, both with forest-loss severity 4/4/5; low → none.
     *
     * @param tier {@code low}, {@code standard} or {@code high}
     */
    public static Optional<Rating> deforestation(String tier, String country) {
        double likelihood = switch (tier) {
            case "high" -> 0.7;
            case "standard" -> 0.3;
            case "low" -> 0.0;
            default -> throw new IllegalArgumentException("unknown EUDR risk tier " + tier);
        };
        if (likelihood == 0.0) {
            return Optional.empty();
        }
        return Optional.of(new Rating(4, 4, 5, likelihood, "EUDR benchmark (Implementing Reg. (EU) 2025/1093): "
                + country + " " + tier + " risk → likelihood " + likelihood
                + "; forest loss rated scale 4, scope 4, irremediability 5"));
    }

    private static String scopeWords(ChildLabourStats stats, int scope) {
        return stats.workingShare() == null ? UNKNOWN_SCOPE_WORDS : "scope " + scope;
    }

    private static java.util.List<String> unknown(ChildLabourStats stats) {
        return stats.workingShare() == null ? SCOPE : java.util.List.of();
    }

    private static String prevalence(ChildLabourStats stats) {
        if (stats.workingShare() == null) {
            return "share of working children unavailable";
        }
        String ages = stats.ageRange() == null ? "" : " aged " + stats.ageRange();
        return String.format(Locale.ROOT, "%.1f %% of children%s working", stats.workingShare() * 100, ages);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
