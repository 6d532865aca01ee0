package nl.ketenlens.seed.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ketenlens.graph.IndicatorRow;
import nl.ketenlens.graph.SourceRow;
import nl.ketenlens.seed.reference.ThemeRules.Severity;

/**
 * Country indicators from the theme-indicator files (ILO SDG 8.8.2 and 8.8.1, World Bank poverty, ILO labour-force
 * participation, WDI PM2.5, GCB fossil CO2, FAO FRA forest change), rated by {@link ThemeRules}. Rows are keyed on
 * ISO alpha-3; a code not in country-codes.csv fails the load. Labour and environment figures apply to all
 * commodities; the FAO forest proxies apply to the EUDR commodities, as the EUDR benchmark does.
 */
final class ThemeIndicators {
    static final String SDG882 = "ilo_sdg882";
    static final String SDG881 = "ilo_sdg881";
    static final String POVERTY = "wb_pov300";
    static final String LFPR = "ilo_lfpr";
    static final String PM25 = "wdi_pm25";
    static final String GCB = "gcb2024";
    static final String FAO = "fao_fra2020";

    /**
     * One source's rule: which figure of a row (null = no indicator for the row), the value the bands are cut on
     * (higher = worse), the observation year, and the figure in words.
     */
    private record Rule(String sourceId, String label, Severity severity, boolean proxy,
                        Function<CsvRow, Double> value, Function<CsvRow, Integer> year,
                        Function<CsvRow, String> words, Function<CsvRow, String> caveat, boolean eudrCommodities) {
    }

    /** Codes deliberately skipped: Kosovo (XKX) has no ISO 3166-1 code, as for WGI and the ILAB findings. */
    static final java.util.Set<String> SKIPPED_ISO3 = java.util.Set.of("XKX");

    private final Map<String, String> iso2ByIso3 = new HashMap<>();
    private final Map<String, Integer> editionYears = new HashMap<>();
    private final List<String> eudrCodes;

    ThemeIndicators(List<CountryRow> countries, List<SourceRow> sources, List<String> eudrCodes) {
        countries.forEach(c -> iso2ByIso3.put(c.iso3(), c.iso2()));
        sources.forEach(s -> editionYears.put(s.id(), s.year()));
        this.eudrCodes = List.copyOf(eudrCodes);
    }

    /** ILO SDG 8.8.2, 0 (best) … 10 (worst) → freedom_of_association. */
    List<IndicatorRow> labourRights(List<CsvRow> rows) {
        return apply(rows, new Rule(SDG882, "ILO SDG 8.8.2 labour-rights compliance", Severity.FREEDOM_OF_ASSOCIATION,
                false, r -> r.optionalNumber("score_latest"), r -> r.optionalInt("latest_year"),
                r -> "score " + r.required("score_latest") + " of 10 (0 = full compliance)", r -> null, false));
    }

    /**
     * ILO SDG 8.8.1 fatal injuries per 100,000 workers → health_safety. A row whose quality note says the value is
     * implausible in the source is left out (and out of the bands): PROVENANCE flags South Africa's 2024 value.
     */
    List<IndicatorRow> fatalInjuries(List<CsvRow> rows) {
        return apply(rows, new Rule(SDG881, "ILO SDG 8.8.1 fatal occupational injury rate", Severity.HEALTH_SAFETY,
                false, r -> implausible(r) ? null : r.optionalNumber("fatal_injuries_per_100k_workers"),
                r -> r.optionalInt("latest_year"),
                r -> r.required("fatal_injuries_per_100k_workers") + " fatal injuries per 100,000 workers",
                r -> "Definitions differ by country (compensated or reported injuries)", false));
    }

    /** World Bank poverty headcount at $3.00/day (2021 PPP), % of population → living_wage, as a proxy. */
    List<IndicatorRow> poverty(List<CsvRow> rows) {
        return apply(rows, new Rule(POVERTY, "World Bank poverty at $3.00/day (2021 PPP)", Severity.LIVING_WAGE, true,
                r -> r.optionalNumber("poverty_headcount_pct_below_3_00_2021ppp"), r -> r.optionalInt("latest_survey_year"),
                r -> r.required("poverty_headcount_pct_below_3_00_2021ppp") + " % of people below $3.00 a day",
                r -> "PROXY: a poverty rate is not a living-wage gap", false));
    }

    /** ILO labour-force participation, female-to-male ratio 2024; the gap 1 − ratio is banded → gender. */
    List<IndicatorRow> participationGap(List<CsvRow> rows) {
        return apply(rows, new Rule(LFPR, "ILO labour-force participation by sex", Severity.GENDER, false,
                r -> gap(r), r -> r.optionalInt("year"),
                r -> "female-to-male participation ratio " + r.required("ratio_female_to_male_2024")
                        + " (women " + r.required("female_lfpr_15plus_pct") + " %, men " + r.required("male_lfpr_15plus_pct")
                        + " %), gap " + ThemeRules.number(gap(r)),
                r -> "Measures exclusion from paid work, not harassment or unequal pay", false));
    }

    /** WDI population-weighted PM2.5 exposure 2017, µg/m³ → pollution (ambient air only). */
    List<IndicatorRow> airPollution(List<CsvRow> rows) {
        return apply(rows, new Rule(PM25, "World Bank WDI PM2.5 exposure", Severity.POLLUTION, false,
                r -> r.optionalNumber("pm25_ug_m3_2017"), r -> r.optionalNumber("pm25_ug_m3_2017") == null ? null : 2017,
                r -> r.required("pm25_ug_m3_2017") + " µg/m³ PM2.5 (WHO guideline 5)",
                r -> "Ambient air only; water, soil and pesticide pollution are not measured", false));
    }

    /** Global Carbon Budget 2024 territorial fossil CO2 per person, 2021 → ghg. */
    List<IndicatorRow> fossilCo2(List<CsvRow> rows) {
        return apply(rows, new Rule(GCB, "Global Carbon Budget 2024 territorial fossil CO2", Severity.GHG, false,
                r -> r.optionalNumber("territorial_tco2_per_capita_2021"),
                r -> r.optionalNumber("territorial_tco2_per_capita_2021") == null ? null : 2021,
                r -> r.required("territorial_tco2_per_capita_2021") + " t CO2 per person",
                r -> "A national average, not the emissions of one facility", false));
    }

    /** FAO FRA 2020 net forest-area change 2010–2020; rows with net loss only → deforestation proxy. */
    List<IndicatorRow> forestLoss(List<CsvRow> rows) {
        return apply(rows, new Rule(FAO, "FAO FRA 2020 net forest change", Severity.DEFORESTATION, true,
                r -> loss(r, "forest_annual_net_change_pct_2010_2020"), r -> r.optionalNumber(
                        "forest_annual_net_change_pct_2010_2020") == null ? null : 2020,
                r -> r.required("forest_annual_net_change_pct_2010_2020") + " % net forest-area change a year 2010–2020",
                r -> "PROXY: net change is not tree-cover loss" + desk(r), true));
    }

    /** FAO FRA 2020 primary-forest change 2010–2020; rows with loss only → biodiversity proxy. */
    List<IndicatorRow> primaryForestLoss(List<CsvRow> rows) {
        return apply(rows, new Rule(FAO, "FAO FRA 2020 primary-forest change", Severity.BIODIVERSITY, true,
                r -> loss(r, "primary_forest_change_pct_2010_2020"), r -> r.optionalNumber(
                        "primary_forest_change_pct_2010_2020") == null ? null : 2020,
                r -> r.required("primary_forest_change_pct_2010_2020") + " % primary-forest change 2010–2020",
                r -> "PROXY: primary-forest loss stands in for habitat loss" + desk(r), true));
    }

    private List<IndicatorRow> apply(List<CsvRow> rows, Rule rule) {
        List<Double> values = new ArrayList<>();
        for (CsvRow row : rows) {
            if (SKIPPED_ISO3.contains(row.required("iso3"))) {
                continue;
            }
            Double v = rule.value().apply(row);
            if (v != null) {
                values.add(v);
            }
        }
        Bands bands = Bands.quintiles(values);
        List<IndicatorRow> out = new ArrayList<>();
        for (CsvRow row : rows) {
            String iso3 = row.required("iso3");
            if (SKIPPED_ISO3.contains(iso3)) {
                continue;
            }
            String iso2 = iso2ByIso3.get(iso3);
            if (iso2 == null) {
                throw row.error(iso3, "iso3 not in country-codes.csv");
            }
            Double v = rule.value().apply(row);
            if (v == null) {
                continue;
            }
            Rating r = ThemeRules.rate(rule.severity(), rule.label(), name(row), rule.words().apply(row), v, bands,
                    rule.year().apply(row), editionYears.get(rule.sourceId()), rule.caveat().apply(row));
            String theme = rule.severity().theme;
            for (String commodity : rule.eudrCommodities() ? eudrCodes : java.util.Collections.<String>singletonList(null)) {
                out.add(new IndicatorRow(IndicatorRow.id(rule.sourceId(), theme, iso2, null, commodity), theme, iso2,
                        null, commodity, r.scale(), r.scope(), r.irremediability(), r.likelihood(), r.basis(),
                        rule.sourceId(), rule.proxy(), rule.year().apply(row), r.unknown(),
                        commodity == null ? StageRules.ALL : StageRules.production()));
            }
        }
        return out;
    }

    private static boolean implausible(CsvRow row) {
        String note = row.optional("quality_note");
        return note != null && note.startsWith("implausible");
    }

    private static Double gap(CsvRow row) {
        Double ratio = row.optionalNumber("ratio_female_to_male_2024");
        return ratio == null ? null : Math.max(0.0, 1.0 - ratio);
    }

    /** The loss in % (positive), or null when the change is missing, zero or a gain. */
    private static Double loss(CsvRow row, String column) {
        Double change = row.optionalNumber(column);
        return change == null || change >= 0 ? null : -change;
    }

    private static String desk(CsvRow row) {
        return row.optional("desk_study") == null ? "" : "; FAO desk study, not a country report";
    }

    private static String name(CsvRow row) {
        for (String column : List.of("country", "fra_country_name", "gcb_country_name", "owid_entity_name")) {
            if (row.values().containsKey(column) && row.optional(column) != null) {
                return row.optional(column);
            }
        }
        return row.required("iso3");
    }
}
