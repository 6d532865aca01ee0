package nl.ketenlens.analysis;

/**
 * The one risk formula of Ketenlens, used by exposure, leverage, the projection and the benchmarks alike. Following
 * the OECD guidance, severity is the mean of scale, scope and irremediable character on their 1..5 scales, brought
 * to 0.2..1.0: {@code severity = (scale + scope + irremediability) / 15}; the risk weight multiplies severity by
 * likelihood (0..1): {@code riskWeight = severity × likelihood}. Worked example in {@code docs/leverage.md}.
 *
 * <p>It lives in {@code analysis} because {@code analysis} must stay framework-free (no Spring, no Neo4j) and
 * already needs it ({@link RiskProfile}, random test graphs); {@code risk}, which reads indicators from Neo4j,
 * uses it from here, so the dependency runs {@code risk → analysis} and never back.
 */
public final class RiskWeight {

    private RiskWeight() {
    }

    /** {@code (scale + scope + irremediability) / 15}; each dimension must be 1..5. */
    public static double severity(int scale, int scope, int irremediability) {
        for (int x : new int[] {scale, scope, irremediability}) {
            if (x < 1 || x > 5) {
                throw new IllegalArgumentException("scale, scope and irremediability must be 1..5, got " + x);
            }
        }
        return (scale + scope + irremediability) / 15.0;
    }

    /** {@code severity × likelihood}; dimensions 1..5, likelihood in [0,1], else an {@link IllegalArgumentException}. */
    public static double weight(int scale, int scope, int irremediability, double likelihood) {
        double severity = severity(scale, scope, irremediability);
        if (!(likelihood >= 0 && likelihood <= 1)) {
            throw new IllegalArgumentException("likelihood must be in [0,1], got " + likelihood);
        }
        return severity * likelihood;
    }
}
