package nl.ketenlens.analysis;

/**
 * The one risk formula of Ketenlens, used by exposure and leverage alike. Following the OECD guidance,
 * severity is the mean of scale, scope and irremediable character on their 1..5 scales, brought to
 * 0.2..1.0; the risk weight multiplies severity by likelihood (0..1).
 */
public final class RiskWeight {

    private RiskWeight() {
    }

    public static double severity(int scale, int scope, int irremediability) {
        return (scale + scope + irremediability) / 15.0;
    }

    /** Delegates to the analysis package, where the formula is defined once and validated. */
    public static double weight(int scale, int scope, int irremediability, double likelihood) {
        return RiskProfile.riskWeight(scale, scope, irremediability, likelihood);
    }
}
