package nl.ketenlens.leverage;

import java.util.List;
import nl.ketenlens.api.Limits;

/**
 * What a leverage question is about: one of sector, covenant or an explicit company list; optional theme and
 * commodity filters; what-if facilities to treat as engaged and indicators to add
 * ({@code COUNTRY[:REGION]:COMMODITY|*:THEME:SCALE:SCOPE:IRREMEDIABILITY:LIKELIHOOD}); how many results.
 */
public record LeverageRequest(String sector, String covenant, List<String> companies, String theme,
                              String commodity, List<String> engaged, List<String> addedIndicators, int top) {

    public static final int DEFAULT_TOP = 20;

    public LeverageRequest {
        Limits.requireAtMost("companies", companies, Limits.MAX_IDS);
        Limits.requireAtMost("engaged", engaged, Limits.MAX_IDS);
        Limits.requireAtMost("addIndicator", addedIndicators, Limits.MAX_ADDED_INDICATORS);
        companies = companies == null ? List.of() : List.copyOf(companies);
        engaged = engaged == null ? List.of() : List.copyOf(engaged);
        addedIndicators = addedIndicators == null ? List.of() : List.copyOf(addedIndicators);
    }

    /** The same question with another theme and commodity filter (a cut names its own). */
    LeverageRequest withFilter(String newTheme, String newCommodity) {
        return new LeverageRequest(sector, covenant, companies, newTheme, newCommodity, engaged, addedIndicators, top);
    }
}
