package nl.ketenlens.exposure;

import java.util.List;

/**
 * The change a what-if makes: per theme, exposure before and after.
 *
 * @param engagedFacilityIds facilities marked engaged
 * @param replacedLinks      links removed, as {@code BUYER>SUPPLIER}
 * @param themes             every theme present before or after, largest drop first
 */
public record WhatIf(List<String> engagedFacilityIds, List<String> replacedLinks, List<ThemeChange> themes) {

    /**
     * @param before            theme total before (see {@link Totals})
     * @param after             theme total after
     * @param facilitiesBefore  risk-bearing facilities of that theme before
     * @param facilitiesAfter   and after
     */
    public record ThemeChange(String theme, double before, double after, int facilitiesBefore,
                              int facilitiesAfter) {
        public double change() {
            return after - before;
        }
    }
}
