package nl.ketenlens.access;

/**
 * The aggregate-only rule with its threshold k: a viewer other than the admin sees other companies only as counts
 * of at least k, in selections of at least k companies (see docs/confidentiality.md). Framework-free; the
 * services ask it for a {@link Disclosure} per request.
 */
public final class AggregatePolicy {

    /** Below 2 a "count" of one company would be shown, which names that company's link. */
    public static final int MIN_K = 2;
    public static final int DEFAULT_K = 3;

    private final int k;

    public AggregatePolicy(int k) {
        if (k < MIN_K) {
            throw new IllegalArgumentException("k must be >= " + MIN_K + ", was " + k);
        }
        this.k = k;
    }

    public static AggregatePolicy standard() {
        return new AggregatePolicy(DEFAULT_K);
    }

    public int k() {
        return k;
    }

    /** What {@code viewer} may see of pooled data about other companies. */
    public Disclosure disclosureFor(Viewer viewer) {
        return new Disclosure(k, viewer.isAdmin());
    }

    /**
     * The disclosure for results computed over the viewer's own company only: nothing about another company is
     * in them, so they are exact. Callers must have checked that the data really is the viewer's own.
     */
    public Disclosure ownChain() {
        return new Disclosure(k, true);
    }
}
