package nl.ketenlens.leverage;

import java.util.List;

/**
 * What a leverage question is about: one of sector, covenant or an explicit company list; optional theme and
 * commodity filters; facilities to treat as engaged (what-if); how many results.
 */
public record LeverageRequest(String sector, String covenant, List<String> companies, String theme,
                              String commodity, List<String> engaged, int top) {

    public static final int DEFAULT_TOP = 20;

    public LeverageRequest {
        companies = companies == null ? List.of() : List.copyOf(companies);
        engaged = engaged == null ? List.of() : List.copyOf(engaged);
        top = top <= 0 ? DEFAULT_TOP : top;
    }
}
