package nl.ketenlens.leverage;

import java.util.ArrayList;
import java.util.List;
import nl.ketenlens.analysis.RiskWeight;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.catalog.CodeLookup;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;

/**
 * What-if indicators a user adds to one question, e.g. {@code CI:cocoa:living_wage:4:4:3:0.7} or
 * {@code IN:IN-TN:*:gender:3:3:2:0.5}: they weigh like seeded indicators but are never written to the graph,
 * and their source says so.
 */
final class AddedIndicators {

    static final SourceView WHAT_IF = new SourceView("what-if", "user (what-if)", "indicator added for this question",
            null, null, null, null);

    private static final String FORMAT = "COUNTRY[:REGION]:COMMODITY|*:THEME:SCALE:SCOPE:IRREMEDIABILITY:LIKELIHOOD";

    private AddedIndicators() {
    }

    static List<IndicatorView> parse(List<String> specs, CodeLookup codes) {
        List<IndicatorView> out = new ArrayList<>();
        for (String spec : specs) {
            out.add(parse(spec, codes, out.size() + 1));
        }
        return out;
    }

    private static IndicatorView parse(String spec, CodeLookup codes, int n) {
        String[] p = spec.strip().split(":");
        if (p.length != 7 && p.length != 8) {
            throw new BadRequestException("addIndicator", "'" + spec + "' is not " + FORMAT);
        }
        int o = p.length - 7;
        String country = p[0].toUpperCase();
        String region = o == 1 ? p[1].toUpperCase() : null;
        String commodity = p[1 + o].equals("*") ? null : p[1 + o];
        String theme = p[2 + o];
        codes.requireCountry(country);
        codes.requireCommodity(commodity);
        codes.requireTheme("addIndicator", theme);
        try {
            int scale = Integer.parseInt(p[3 + o]);
            int scope = Integer.parseInt(p[4 + o]);
            int irr = Integer.parseInt(p[5 + o]);
            double likelihood = Double.parseDouble(p[6 + o]);
            double weight = RiskWeight.weight(scale, scope, irr, likelihood);
            return new IndicatorView("what-if:" + n, theme, country, region, commodity, scale, scope, irr, likelihood,
                    RiskWeight.severity(scale, scope, irr), weight, "added by the user for a what-if question", WHAT_IF);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("addIndicator", "'" + spec + "': " + e.getMessage() + " (" + FORMAT
                    + ", scale/scope/irremediability 1..5, likelihood 0..1)");
        }
    }
}
