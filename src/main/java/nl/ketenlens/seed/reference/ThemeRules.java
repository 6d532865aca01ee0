package nl.ketenlens.seed.reference;

import java.util.Locale;
import nl.ketenlens.risk.Staleness;

/**
 * The rules for the country indicators of the themes ILAB, CAHRA and EUDR do not cover (files in
 * {@code theme-indicators}), in the style of {@link SeverityRules}: one rule per source, nothing typed per row.
 *
 * <p>Each source gives one figure per country. The figure's place among the file's own values sets the likelihood:
 * {@link Bands#quintiles quintile band} b (1 = best fifth … 5 = worst fifth) → likelihood b / 10, so 0.1 … 0.5 —
 * below ILAB's 0.7 for a harm found in a named good, as a national figure says less about one chain. Severity is
 * fixed per theme (the harm's gravity, breadth and reversibility do not change with the country's figure). An
 * observation more than {@value Staleness#YEARS} years older than the source's edition halves the likelihood
 * ({@link Staleness}, the one rule coverage and the briefing read too), and the basis says so. docs/seed-data.md gives a worked row per source.
 */
public final class ThemeRules {
    /** Severity per theme source: scale, scope, irremediability. */
    enum Severity {
        /** ILO SDG 8.8.2: restrictions on organising affect the whole workforce; can be restored. */
        FREEDOM_OF_ASSOCIATION("freedom_of_association", 3, 4, 2),
        /** ILO SDG 8.8.1: a fatal injury is the gravest and an irreversible harm, to few of the workforce. */
        HEALTH_SAFETY("health_safety", 5, 2, 5),
        /** World Bank poverty at $3.00/day, proxy for wages below a living wage. */
        LIVING_WAGE("living_wage", 3, 4, 2),
        /** ILO labour-force participation gap between women and men. */
        GENDER("gender", 3, 3, 2),
        /** WDI PM2.5 exposure: air pollution harms health of a whole population, partly lasting. */
        POLLUTION("pollution", 3, 4, 3),
        /** GCB fossil CO2 per person: global, lasting harm; a country average says little about one plant. */
        GHG("ghg", 2, 3, 4),
        /** FAO FRA net forest loss, proxy for deforestation: as the EUDR rule, 4/4/5. */
        DEFORESTATION("deforestation", 4, 4, 5),
        /** FAO FRA primary-forest loss, proxy for biodiversity loss: irreversible habitat loss. */
        BIODIVERSITY("biodiversity", 4, 3, 5);

        final String theme;
        final int scale;
        final int scope;
        final int irremediability;

        Severity(String theme, int scale, int scope, int irremediability) {
            this.theme = theme;
            this.scale = scale;
            this.scope = scope;
            this.irremediability = irremediability;
        }
    }

    private ThemeRules() {
    }

    /** Band b → likelihood b / 10. */
    public static double likelihood(int band) {
        return band / 10.0;
    }

    /**
     * The rating of one country figure.
     *
     * @param figure      the source's figure in words, e.g. "labour-rights compliance score 5.48 of 10 (0 = best)"
     * @param worseValue  the value the bands were cut on (higher = worse)
     */
    static Rating rate(Severity severity, String sourceLabel, String country, String figure, double worseValue,
                       Bands bands, Integer observedYear, Integer editionYear, String caveat) {
        int band = bands.band(worseValue);
        double likelihood = likelihood(band);
        StringBuilder basis = new StringBuilder(sourceLabel).append(": ").append(country).append(' ').append(figure)
                .append(observedYear == null ? "" : " (" + observedYear + ")")
                .append(" → band ").append(band).append(" of 5 (").append(bands.describe()).append(") → likelihood ")
                .append(trim(likelihood));
        if (Staleness.stale(observedYear, editionYear)) {
            likelihood = Math.round(likelihood * Staleness.FACTOR * 100) / 100.0;
            basis.append("; observation from ").append(observedYear).append(" is more than ").append(Staleness.YEARS)
                    .append(" years before the ").append(editionYear).append(" edition → likelihood lowered to ")
                    .append(trim(likelihood));
        }
        basis.append("; ").append(severity.theme.replace('_', ' ')).append(" rated scale ").append(severity.scale)
                .append(", scope ").append(severity.scope).append(", irremediability ").append(severity.irremediability);
        if (caveat != null) {
            basis.append(". ").append(caveat);
        }
        return new Rating(severity.scale, severity.scope, severity.irremediability, likelihood, basis.toString());
    }

    static String number(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }

    private static String trim(double x) {
        return String.format(Locale.ROOT, "%.2f", x).replaceAll("0$", "");
    }
}
