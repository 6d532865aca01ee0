package nl.ketenlens.leverage;

import java.util.List;
import nl.ketenlens.risk.IndicatorView;

/** Which indicators count for a question: one theme or all, one commodity or all. */
record RiskFilter(String theme, String commodity) {

    boolean accepts(IndicatorView i, List<String> facilityCommodities) {
        if (theme != null && !theme.equals(i.theme())) {
            return false;
        }
        if (commodity == null) {
            return true;
        }
        return facilityCommodities.contains(commodity)
                && (i.commodity() == null || i.commodity().equals(commodity));
    }
}
