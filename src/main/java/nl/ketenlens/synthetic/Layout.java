package nl.ketenlens.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * The sizes of everything for a requested number of companies: companies per profile, financial
 * institutions, and the facility pool of every role. A pool is sized from the expected number of
 * supplier picks made into it divided by the role's target in-degree, computed top-down in topological
 * order, so all counts scale linearly with the number of companies and do not depend on the seed.
 */
final class Layout {
    /** A buyer kind that buys from a role, with its expected picks (used to give orphan facilities a buyer). */
    record Source(int profile, int role, Input input, double weight) {
        boolean company() {
            return profile >= 0;
        }
    }

    final Catalogue catalogue;
    final int companies;
    final int[] profileCount;
    final int[] profileStart;
    final int institutions;
    final Pool[] pools;
    final int facilities;
    final List<List<Source>> sources = new ArrayList<>();

    Layout(Catalogue catalogue, int companies, long seed) {
        if (companies < 1) {
            throw new IllegalArgumentException("companies must be at least 1, was " + companies);
        }
        this.catalogue = catalogue;
        this.companies = companies;
        List<Profile> profiles = catalogue.profiles();
        double[] weights = profiles.stream().mapToDouble(Profile::weight).toArray();
        profileCount = Apportion.largestRemainder(weights, companies, true);
        profileStart = new int[profiles.size() + 1];
        for (int p = 0; p < profiles.size(); p++) {
            profileStart[p + 1] = profileStart[p] + profileCount[p];
        }
        institutions = Math.min(999, Math.max(3, Math.round(companies / 100f)));

        List<Role> roles = catalogue.roles();
        double[] demand = new double[roles.size()];
        roles.forEach(r -> sources.add(new ArrayList<>()));
        for (int p = 0; p < profiles.size(); p++) {
            Profile profile = profiles.get(p);
            for (Input in : profile.inputs()) {
                double picks = profileCount[p] * in.expectedPicks(profile.sizeMultiplier());
                int s = catalogue.indexOf(in.supplier());
                demand[s] += picks;
                sources.get(s).add(new Source(p, -1, in, picks));
            }
        }
        pools = new Pool[roles.size()];
        int offset = 0;
        for (int r = 0; r < roles.size(); r++) {
            Role role = roles.get(r);
            int size = demand[r] > 0 ? Math.max(1, (int) Math.ceil(demand[r] / role.inDegree())) : 0;
            pools[r] = new Pool(role, r, offset, size, seed);
            offset += size;
            for (Input in : role.inputs()) {
                double picks = size * (1 - role.blindSpot()) * in.expectedPicks(1);
                int s = catalogue.indexOf(in.supplier());
                demand[s] += picks;
                sources.get(s).add(new Source(-1, r, in, picks));
            }
        }
        facilities = offset;
    }

    /** Profile index of company {@code c} (0-based among non-financial companies). */
    int profileOf(int c) {
        int p = 0;
        while (profileStart[p + 1] <= c) {
            p++;
        }
        return p;
    }

    /** The pool holding global facility index {@code global}. */
    Pool poolOf(int global) {
        int lo = 0;
        int hi = pools.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pools[mid].offset <= global) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        while (pools[lo].size == 0 || global >= pools[lo].offset + pools[lo].size) {
            lo++;
        }
        return pools[lo];
    }
}
