package nl.ketenlens.access;

import java.util.List;

/**
 * What one result may disclose about companies other than the viewer: the single place where counts are
 * suppressed and identities dropped. Result builders take every company count and every list of company ids
 * through it, so a renderer only ever sees what the viewer may see.
 *
 * @param k     smallest number of companies a shown count or a selection may have
 * @param exact true for the admin (and for a company's own chain): counts and identities as they are
 */
public record Disclosure(int k, boolean exact) {

    public Disclosure {
        if (k < AggregatePolicy.MIN_K) {
            throw new IllegalArgumentException("k must be >= " + AggregatePolicy.MIN_K + ", was " + k);
        }
    }

    /** Everything as it is (the admin's and the CLI's view). */
    public static Disclosure full() {
        return new Disclosure(AggregatePolicy.DEFAULT_K, true);
    }

    /**
     * {@code n} companies out of {@code population} (the selection, the sector…). Suppressed unless
     * {@code k <= n <= population - k} or {@code n == 0}: a count below k narrows a link down to fewer than k
     * companies, and a count within k of the whole population does the same for the few that are missing
     * ("20 of 20 members" names every member's link).
     */
    public CompanyCount count(int n, int population) {
        if (exact || n == 0) {
            return CompanyCount.exact(n);
        }
        if (n < k) {
            return CompanyCount.fewerThan(k);
        }
        if (population - n < k) {
            return CompanyCount.allButFewerThan(k);
        }
        return CompanyCount.exact(n);
    }

    /** A count whose population is not a closed group (only the lower bound applies). */
    public CompanyCount count(int n) {
        return count(n, Integer.MAX_VALUE);
    }

    /** Company identities: the list itself when exact, otherwise null (the field is left out of the JSON). */
    public <T> List<T> ids(List<T> ids) {
        return exact ? ids : null;
    }

    /** Whether something reached by {@code companies} selected companies may be named at all. */
    public boolean mayName(int companies) {
        return exact || companies >= k;
    }
}
