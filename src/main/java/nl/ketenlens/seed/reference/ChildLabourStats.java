package nl.ketenlens.seed.reference;

/**
 * A country's child-labour figures from ILAB's Findings on the Worst Forms of Child Labor.
 *
 * @param workingShare     share (0..1) of children in {@code ageRange} who work, or null when unavailable
 * @param ageRange         age range of that figure, e.g. {@code 5-14}, or null
 * @param advancementLevel ILAB's assessment of the government's efforts, e.g. {@code Minimal Advancement}, or null
 */
public record ChildLabourStats(Double workingShare, String ageRange, String advancementLevel) {
    /** For a country that the findings report does not cover. */
    public static final ChildLabourStats UNAVAILABLE = new ChildLabourStats(null, null, null);
}
