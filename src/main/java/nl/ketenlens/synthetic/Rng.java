package nl.ketenlens.synthetic;

/**
 * SplitMix64 random numbers, written out so that output is byte-identical on every JVM
 * (java.util generators may change their derived methods between releases).
 * Each entity gets its own stream from {@link #of(long, int, long)}, so one entity's draws never
 * depend on how many draws another entity made.
 */
final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    Rng(long state) {
        this.state = state;
    }

    /** An independent stream for entity {@code index} of kind {@code stream} under {@code seed}. */
    static Rng of(long seed, int stream, long index) {
        return new Rng(key(seed, stream, index));
    }

    /** A well-mixed 64-bit key for (seed, stream, index). */
    static long key(long seed, int stream, long index) {
        return mix(mix(seed + stream * GOLDEN) ^ (index * 0xD1B54A32D192ED03L + stream));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound); bound &gt; 0. */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Uniform in [min, max]. */
    int between(int min, int max) {
        return min + nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /**
     * A Zipf-like rank in [0, n): rank r is drawn with weight about (r + 1)^-s, from the inverse of the
     * continuous cumulative distribution (O(1), no table). s = 0 is uniform; s near 1 makes a few
     * ranks take most draws, which is how chokepoints emerge.
     */
    int zipf(int n, double s) {
        double u = nextDouble();
        double x;
        if (s == 0) {
            x = u * n;
            return Math.min(n - 1, (int) x);
        }
        if (Math.abs(s - 1) < 1e-9) {
            x = StrictMath.exp(u * StrictMath.log(n + 1.0)) - 1;
        } else {
            double a = 1 - s;
            double top = StrictMath.pow(n + 1.0, a) - 1;
            x = StrictMath.pow(top * u + 1, 1 / a) - 1;
        }
        int r = (int) x;
        return r < 0 ? 0 : Math.min(n - 1, r);
    }
}
