package nl.ketenlens.seed.reference;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Five bands cut at the quintiles of one source file's own values, higher = worse: band 1 holds the best fifth of
 * the file's countries, band 5 the worst fifth. Cut point k (k = 1..4) is the nearest-rank percentile 20·k of the
 * values; a value lies in band 1 + (number of cut points it exceeds), so ties at a cut stay in the lower band.
 *
 * @param cuts  the four cut points, ascending
 * @param count how many values the cuts were taken from
 */
record Bands(double[] cuts, int count) {

    static Bands quintiles(Collection<Double> values) {
        if (values.size() < 5) {
            throw new IllegalArgumentException("need at least 5 values for quintiles, got " + values.size());
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] cuts = new double[4];
        for (int k = 1; k <= 4; k++) {
            int rank = (int) Math.ceil(k * sorted.length / 5.0);
            cuts[k - 1] = sorted[rank - 1];
        }
        return new Bands(cuts, sorted.length);
    }

    /** 1 (best fifth) … 5 (worst fifth). */
    int band(double value) {
        int band = 1;
        for (double cut : cuts) {
            if (value > cut) {
                band++;
            }
        }
        return band;
    }

    /** {@code quintiles of 187 values: 0.93 | 2.1 | 3.4 | 5.2}. */
    String describe() {
        return "quintiles of the file's " + count + " values: " + Arrays.stream(cuts)
                .mapToObj(ThemeRules::number).collect(Collectors.joining(" | "));
    }
}
