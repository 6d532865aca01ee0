package nl.ketenlens.graph.projection;

import java.util.Arrays;
import java.util.List;

/**
 * What real chains carry, beside the graph (ADR 0017): per facility vertex its annual throughput and declared
 * certifications, per supply edge of the {@link nl.ketenlens.analysis.SupplyGraph} the annual volumes the buyer
 * gave, and how many of the projection's indicators are the sources' own (the rest are certification-lowered copies).
 *
 * <p>Units: mass is held in kg ({@code t} × 1000), money in EUR; the two are never added. An edge merged from
 * several commodities carries the sum of their volumes per dimension. {@code NaN} = not given.
 *
 * @param throughputKg      annual output per vertex in kg, NaN when not given in mass
 * @param throughputEur     annual output per vertex in EUR, NaN when not given in money
 * @param certifications    declared certifications per vertex (empty for none)
 * @param edgeKg            annual volume per forward edge in kg, NaN when not given
 * @param edgeEur           annual volume per forward edge in EUR, NaN when not given
 * @param sourceIndicators  the first this many indicators of the projection are the sources' own
 */
public record ChainFacts(double[] throughputKg, double[] throughputEur, List<List<String>> certifications,
                         double[] edgeKg, double[] edgeEur, int sourceIndicators) {

    /** No facts: every figure unknown, no certifications. */
    public static ChainFacts none(int vertices, int edges, int sourceIndicators) {
        double[] tv = new double[vertices];
        double[] ev = new double[edges];
        Arrays.fill(tv, Double.NaN);
        Arrays.fill(ev, Double.NaN);
        return new ChainFacts(tv, tv.clone(), java.util.Collections.nCopies(vertices, List.of()), ev, ev.clone(),
                sourceIndicators);
    }

    /** Kilograms for a mass unit, NaN for EUR or anything else. */
    static double kg(double value, String unit) {
        return "kg".equals(unit) ? value : "t".equals(unit) ? value * 1000 : Double.NaN;
    }

    static double eur(double value, String unit) {
        return "EUR".equals(unit) ? value : Double.NaN;
    }

    /** {@code a + b} where NaN means "not given". */
    static double add(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : a + b;
    }

    public List<String> certificationsOf(int vertex) {
        return certifications.get(vertex);
    }
}
