package nl.ketenlens.access;

/**
 * A number of companies as one viewer may see it. Exact counts carry their value; a suppressed count has no value
 * and says why in {@code text} ("fewer than 3", "all but fewer than 3"). Every company count a result shows uses
 * this one shape, for every role, so a client never has to guess whether a number was hidden.
 *
 * @param value      the count, or null when suppressed
 * @param suppressed true when the count was withheld by the aggregate-only rule
 * @param text       the count as shown to a reader
 */
public record CompanyCount(Integer value, boolean suppressed, String text) {

    public CompanyCount {
        if (suppressed == (value != null)) {
            throw new IllegalArgumentException("a count has a value exactly when it is not suppressed");
        }
    }

    public static CompanyCount exact(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a count is >= 0, was " + n);
        }
        return new CompanyCount(n, false, Integer.toString(n));
    }

    static CompanyCount fewerThan(int k) {
        return new CompanyCount(null, true, "fewer than " + k);
    }

    static CompanyCount allButFewerThan(int k) {
        return new CompanyCount(null, true, "all but fewer than " + k);
    }

    /** The text, so renderers that print a count print what the viewer may see. */
    @Override
    public String toString() {
        return text;
    }
}
