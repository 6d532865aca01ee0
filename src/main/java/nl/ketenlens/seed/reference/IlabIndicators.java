package nl.ketenlens.seed.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.ketenlens.graph.IndicatorRow;

/**
 * ILAB List of Goods 2022 → indicators. Per row (good × country): child_labor=Yes → one {@code child_labour}
 * indicator; forced_labor=Yes → one {@code forced_labour} indicator; derived_labor_exploitation=Yes → indicators for
 * the themes of the listed inputs: the ILAB rows of {@code derived_country} whose commodity lies upstream of this
 * good (commodities.csv), e.g. Lithium-Ion Batteries (China) ← Cobalt ore (DRC, child labour).
 */
final class IlabIndicators {
    static final String SOURCE_ID = "ilab2022";

    private final CommodityTable commodities;
    private final CountryNames names;
    private final IlabFindings findings;

    IlabIndicators(CommodityTable commodities, CountryNames names, IlabFindings findings) {
        this.commodities = commodities;
        this.names = names;
        this.findings = findings;
    }

    /** A parsed ILAB row. */
    private record Good(CsvRow row, String name, String code, String country, String iso2) {
        boolean child() {
            return row.flag("child_labor");
        }

        boolean forced() {
            return row.flag("forced_labor");
        }
    }

    List<IndicatorRow> indicators(List<CsvRow> rows) {
        List<Good> goods = rows.stream().map(this::good).toList();
        List<IndicatorRow> indicators = new ArrayList<>();
        for (Good good : goods) {
            if (good.child()) {
                Rating rating = SeverityRules.childLabour(good.name(), good.country(),
                        good.row().flag("forced_child_labor"), findings.of(good.iso2()));
                indicators.add(indicator("child_labour", good, rating));
            }
            if (good.forced()) {
                indicators.add(indicator("forced_labour", good,
                        SeverityRules.forcedLabour(good.name(), good.country())));
            }
            if (good.row().flag("derived_labor_exploitation")) {
                indicators.addAll(derived(good, goods));
            }
        }
        return indicators;
    }

    private Good good(CsvRow row) {
        String name = CommodityTable.nfc(row.required("good"));
        String code = commodities.codeForGood(name)
                .orElseThrow(() -> row.error(name, "ILAB good does not map to a commodity; add it to the"
                        + " ilab_goods column of commodities.csv"));
        String country = CommodityTable.nfc(row.required("country"));
        return new Good(row, name, code, country, names.require(country, FileKeys.ILAB_GOODS, row));
    }

    private List<IndicatorRow> derived(Good good, List<Good> all) {
        String inputCountry = CommodityTable.nfc(good.row().required("derived_country"));
        String inputIso2 = names.require(inputCountry, FileKeys.ILAB_GOODS, good.row());
        Set<String> upstream = commodities.upstreamClosure(good.code());
        List<Good> inputs = all.stream()
                .filter(g -> g.iso2().equals(inputIso2) && upstream.contains(g.code()) && (g.child() || g.forced()))
                .toList();
        if (inputs.isEmpty()) {
            throw good.row().error(good.name(), "derived good has no ILAB-listed input from " + inputCountry
                    + " upstream of '" + good.code() + "'; extend its upstream in commodities.csv");
        }
        List<IndicatorRow> result = new ArrayList<>();
        List<Good> child = inputs.stream().filter(Good::child).toList();
        if (!child.isEmpty()) {
            boolean forcedChild = child.stream().anyMatch(g -> g.row().flag("forced_child_labor"));
            result.add(derivedIndicator("child_labour", good, SeverityRules.derivedChildLabour(good.name(), good.country(),
                    names(child), inputCountry, forcedChild, findings.of(inputIso2))));
        }
        List<Good> forced = inputs.stream().filter(Good::forced).toList();
        if (!forced.isEmpty()) {
            result.add(derivedIndicator("forced_labour", good, SeverityRules.derivedForcedLabour(good.name(),
                    good.country(), names(forced), inputCountry)));
        }
        return result;
    }

    private static String names(List<Good> goods) {
        return String.join(", ", goods.stream().map(Good::name).toList());
    }

    /** A direct finding: the stages of the good's ILAB sector. */
    private static IndicatorRow indicator(String theme, Good good, Rating rating) {
        return indicator(theme, good, rating, StageRules.ilab(good.row().required("good_sector")));
    }

    /** A derived finding: the tainted input travels with the good, so every stage. */
    private static IndicatorRow derivedIndicator(String theme, Good good, Rating rating) {
        return indicator(theme, good, rating, StageRules.ilabDerived());
    }

    private static IndicatorRow indicator(String theme, Good good, Rating rating, List<String> stages) {
        return new IndicatorRow(IndicatorRow.id(SOURCE_ID, theme, good.iso2(), null, good.code()), theme, good.iso2(),
                null, good.code(), rating.scale(), rating.scope(), rating.irremediability(), rating.likelihood(),
                rating.basis(), SOURCE_ID, false, null, rating.unknown(), stages);
    }
}
