package nl.ketenlens.api;

import java.util.Collection;

/**
 * Upper bounds on what one request may ask for, so no single request can take the heap or the CPU from every
 * other user. A value over a limit is a {@link BadRequestException} naming the parameter and the limit.
 */
public final class Limits {

    /** Most ids in one list parameter ({@code companies}, {@code engaged}, {@code replaced}). */
    public static final int MAX_IDS = 1_000;
    /** Most what-if indicators in one question. */
    public static final int MAX_ADDED_INDICATORS = 50;
    /**
     * Most companies {@code groups} compares. The inverted index (issue 14) makes it about 14 s of CPU for the 6.7k
     * companies of the 100k network with the full risk model (bench-leverage); beyond 10k a request would hold an analysis slot for tens of seconds.
     */
    public static final int MAX_GROUP_SELECTION = 10_000;

    private Limits() {
    }

    /** Throws when {@code values} has more than {@code max} entries; null counts as empty. */
    public static void requireAtMost(String parameter, Collection<?> values, int max) {
        if (values != null && values.size() > max) {
            throw new BadRequestException(parameter, "at most " + max + " values, was " + values.size());
        }
    }
}
