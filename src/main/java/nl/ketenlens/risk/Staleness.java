package nl.ketenlens.risk;

/**
 * When a source's figure is too old to count in full (issue 11): an observation more than {@value #YEARS} years
 * older than the source's edition is stale, its likelihood is multiplied by {@value #FACTOR} and every view says so.
 * Lives in {@code risk}, beside the indicators it judges, so the seed rules that lower the likelihood and the
 * coverage, briefing and browser views that flag a stale cell read one rule (docs/adr/0023).
 */
public final class Staleness {
    /** An observation older than the edition by more than this many years is stale. */
    public static final int YEARS = 10;
    /** Factor applied to the likelihood of a stale observation. */
    public static final double FACTOR = 0.5;

    private Staleness() {
    }

    /** Whether an observation of {@code observedYear} is stale for an edition of {@code editionYear}. */
    public static boolean stale(Integer observedYear, Integer editionYear) {
        return observedYear != null && editionYear != null && observedYear < editionYear - YEARS;
    }
}
