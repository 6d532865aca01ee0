package nl.ketenlens.seed.reference;

/**
 * Severity (scale, scope, irremediability, each 1..5) and likelihood (0..1) of one indicator, with the basis
 * sentence that says which rule and which source figure produced them.
 */
public record Rating(int scale, int scope, int irremediability, double likelihood, String basis) {
}
