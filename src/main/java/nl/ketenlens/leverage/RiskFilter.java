package nl.ketenlens.leverage;

import java.util.List;
import nl.ketenlens.risk.CommodityTaxonomy;
import nl.ketenlens.risk.IndicatorView;

/** Which indicators count for a question: one theme or all, one commodity or all. */
record RiskFilter(String theme, String commodity) {

    /**
     * Whether indicator {@code i} on a facility handling {@code facilityCommodities} counts: its theme, and for a
     * commodity question a facility commodity that is the asked one or a kind of it ({@link CommodityTaxonomy}),
     * which the indicator covers too (or it covers all commodities).
     */
    boolean accepts(IndicatorView i, List<String> facilityCommodities, CommodityTaxonomy taxonomy) {
        if (theme != null && !theme.equals(i.theme())) {
            return false;
        }
        if (commodity == null) {
            return true;
        }
        for (String c : facilityCommodities) {
            if (taxonomy.covers(commodity, c) && i.covers(c, taxonomy)) {
                return true;
            }
        }
        return false;
    }
}
