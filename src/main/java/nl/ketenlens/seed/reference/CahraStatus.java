package nl.ketenlens.seed.reference;

/** How the EU CAHRA list flags an area. */
public enum CahraStatus {
    /** Region flagged conflict_affected (armed conflict, widespread violence). */
    CONFLICT_AFFECTED,
    /** Region flagged high_risk only (fragile, post-conflict, weak governance). */
    HIGH_RISK,
    /** Whole country listed, without a conflict or high-risk flag. */
    WHOLE_COUNTRY
}
