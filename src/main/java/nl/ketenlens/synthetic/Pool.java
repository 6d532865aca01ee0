package nl.ketenlens.synthetic;

import java.util.HashMap;
import java.util.Map;

/**
 * The facilities of one role: local indexes 0..size-1, global index = offset + local. The pool is cut
 * into one contiguous segment per production country (sizes by country weight), so a facility's country
 * is a function of its index and nothing per facility needs to be stored.
 */
final class Pool {
    private static final long[] PRIMES = {1_000_003L, 1_000_033L, 1_000_037L};

    final Role role;
    final int roleIndex;
    final int offset;
    final int size;
    private final int[] segmentStart;
    private final Map<String, Integer> segmentOf = new HashMap<>();
    private final long salt;

    Pool(Role role, int roleIndex, int offset, int size, long seed) {
        this.role = role;
        this.roleIndex = roleIndex;
        this.offset = offset;
        this.size = size;
        double[] weights = role.places().stream().mapToDouble(Place::weight).toArray();
        int[] parts = Apportion.largestRemainder(weights, size, true);
        segmentStart = new int[parts.length + 1];
        for (int i = 0; i < parts.length; i++) {
            segmentStart[i + 1] = segmentStart[i] + parts[i];
            if (parts[i] > 0) {
                segmentOf.put(role.places().get(i).country(), i);
            }
        }
        this.salt = Rng.key(seed, 100, roleIndex) >>> 1;
    }

    /** Index of the country segment holding {@code local}. */
    int segment(int local) {
        int s = 0;
        while (segmentStart[s + 1] <= local) {
            s++;
        }
        return s;
    }

    Place place(int segment) {
        return role.places().get(segment);
    }

    int segmentStart(int segment) {
        return segmentStart[segment];
    }

    int segmentSize(int segment) {
        return segmentStart[segment + 1] - segmentStart[segment];
    }

    /** Segment of facilities in {@code country}, or -1 when this role has none there. */
    int segmentIn(String country) {
        return country == null ? -1 : segmentOf.getOrDefault(country, -1);
    }

    /**
     * A supplier's local index: a Zipf rank within the segment (or the whole pool when segment is -1),
     * spread over it by a fixed permutation so that popular facilities are not simply the first ids.
     */
    int pick(Rng rng, int segment) {
        int start = segment < 0 ? 0 : segmentStart[segment];
        int n = segment < 0 ? size : segmentSize(segment);
        return start + permute(rng.zipf(n, role.zipf()), n, salt);
    }

    /** A bijection of [0, n): multiply by a prime not dividing n, add an offset. */
    static int permute(int i, int n, long salt) {
        long p = PRIMES[0];
        for (long candidate : PRIMES) {
            if (n % candidate != 0) {
                p = candidate;
                break;
            }
        }
        return (int) ((i * p + salt % n) % n);
    }

    /** Whether facility {@code local} has unknown upstream (no supplier links at all). */
    boolean blind(long seed, int local) {
        return !role.leaf() && Rng.of(seed, 7, offset + (long) local).chance(role.blindSpot());
    }
}
