package nl.ketenlens.synthetic;

/**
 * Volume shares for one buyer's links. Per commodity, with probability {@link Wiring#SHARE_PROBABILITY}
 * all of the buyer's links for that commodity get a share, otherwise none. Shares are whole hundredths,
 * at least 0.01 each, and sum to a total T ≤ 1 (T = 1 half of the time, otherwise the buyer also buys
 * elsewhere); the split follows Dirichlet(1) weights, so one main supplier is common.
 */
final class Shares {
    private Shares() {
    }

    /** Shares per link (null where none), or an empty array when no link has one. */
    static Double[] assign(String[] commodities, int count, Rng rng) {
        Double[] shares = null;
        for (int i = 0; i < count; i++) {
            if (firstOf(commodities, i) && rng.chance(Wiring.SHARE_PROBABILITY)) {
                if (shares == null) {
                    shares = new Double[count];
                }
                split(commodities, count, i, shares, rng);
            }
        }
        return shares == null ? new Double[0] : shares;
    }

    private static boolean firstOf(String[] commodities, int i) {
        for (int j = 0; j < i; j++) {
            if (commodities[j].equals(commodities[i])) {
                return false;
            }
        }
        return true;
    }

    private static void split(String[] commodities, int count, int first, Double[] shares, Rng rng) {
        String commodity = commodities[first];
        int n = 0;
        for (int i = first; i < count; i++) {
            if (commodities[i].equals(commodity)) {
                n++;
            }
        }
        int total = rng.chance(0.5) ? 100 : rng.between(Math.min(100, Math.max(n, 50)), 100);
        if (n > total) {
            return;
        }
        double[] weight = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            weight[j] = -StrictMath.log(1 - rng.nextDouble()) + 1e-9;
            sum += weight[j];
        }
        int spare = total - n;
        int[] hundredths = new int[n];
        int given = 0;
        int biggest = 0;
        for (int j = 0; j < n; j++) {
            hundredths[j] = 1 + (int) Math.floor(spare * weight[j] / sum);
            given += hundredths[j];
            if (weight[j] > weight[biggest]) {
                biggest = j;
            }
        }
        hundredths[biggest] += total - given;
        int j = 0;
        for (int i = first; i < count; i++) {
            if (commodities[i].equals(commodity)) {
                shares[i] = hundredths[j++] / 100.0;
            }
        }
    }
}
