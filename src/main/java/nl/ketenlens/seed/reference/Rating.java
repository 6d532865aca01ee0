package nl.ketenlens.seed.reference;

import java.util.List;

/**
 * Severity (scale, scope, irremediability, each 1..5) and likelihood (0..1) of one indicator, with the basis
 * sentence that says which rule and which source figure produced them; {@code unknown} names the dimensions the
 * source gives no figure for (rated by {@link SeverityRules#UNKNOWN_SCOPE}'s conservative rule).
 */
public record Rating(int scale, int scope, int irremediability, double likelihood, String basis,
                     List<String> unknown) {
    public Rating {
        unknown = List.copyOf(unknown);
    }

    /** A rating with every dimension from a figure of the source. */
    public Rating(int scale, int scope, int irremediability, double likelihood, String basis) {
        this(scale, scope, irremediability, likelihood, basis, List.of());
    }
}
