package nl.ketenlens.synthetic;

/** Splits a whole number over weighted parts by the largest-remainder method (ties to the earlier part). */
final class Apportion {
    private Apportion() {
    }

    /**
     * @param atLeastOne give every part at least one unit when {@code total >= weights.length}
     * @return parts summing to {@code total}
     */
    static int[] largestRemainder(double[] weights, int total, boolean atLeastOne) {
        int n = weights.length;
        int[] parts = new int[n];
        int left = total;
        if (atLeastOne && total >= n) {
            java.util.Arrays.fill(parts, 1);
            left -= n;
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainder = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = left * weights[i] / sum;
            int whole = (int) Math.floor(exact);
            parts[i] += whole;
            given += whole;
            remainder[i] = exact - whole;
        }
        for (int k = given; k < left; k++) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainder[best] = -1;
        }
        return parts;
    }
}
