package nl.ketenlens.seed.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenlens.graph.IndicatorRow;
import nl.ketenlens.seed.reference.ThemeRules.Severity;

/**
 * Sector-specific {@code ghg} indicators from EDGAR 2024 (EC-JRC): non-CO2 greenhouse gases (CH4 + N2O + F-gases,
 * Mt CO2e, GWP-100 AR5) per country and sector in 2023, for the sectors a facility type of the product works in
 * ({@link Group}). One rule for every group, the {@link ThemeRules} rule on the group's own figures: the group's
 * 2023 emissions in a country, banded at the quintiles across the countries with a figure → likelihood band / 10;
 * severity the {@code ghg} theme's (as GCB). The group decides the stages ({@link StageRules#edgar}), the
 * facility types ({@link StageRules#edgarFacilityTypes}) and the commodities the one indicator per country is
 * written for (docs/adr/0023), so a farm meets Agriculture, a coal mine Fuel Exploitation and a smelter
 * or factory Industry, and none of them another's. docs/seed-data.md gives the worked rows.
 *
 * <p>Absolute emissions, not the sector's share of the country's total: a share says how dominant a sector is in
 * a small economy (Uruguay's agriculture) more than how much of it is done there, and the share of a non-CO2 total
 * rewards countries whose CO2 dominates. A sector that emits more in a country means more of that activity, with
 * its emitting practices (cattle, rice, flaring, process gases), where a buyer's goods come from.
 */
final class EdgarIndicators {
    static final String SOURCE = "edgar2024";
    /** The year of the figures used (the file's latest). */
    static final int YEAR = 2023;
    private static final String LABEL = "EDGAR 2024 (JRC) non-CO2 GHG";
    private static final List<String> GASES = List.of("ch4", "n2o", "fgas");

    /**
     * EDGAR sectors grouped by the facilities that do them. Power Industry, Buildings, Transport and Waste are left
     * out: no facility type of the product generates power, heats buildings, hauls or landfills (GCB's country-wide
     * fossil CO2 stays the figure for energy use everywhere).
     */
    enum Group {
        /** Enteric fermentation, manure, rice, fertiliser: farms, plantations, ranches and their cooperatives. */
        AGRICULTURE("agriculture", List.of("Agriculture")),
        /** Fugitive methane of coal mining and oil and gas extraction: coal mines (the product knows no other fuel). */
        FUEL_EXPLOITATION("fuel exploitation", List.of("Fuel Exploitation")),
        /** Fuel burnt in industry and process gases (cement, metals, chemicals): mills, smelters and factories. */
        INDUSTRY("industry (industrial combustion + processes)", List.of("Industrial Combustion", "Processes"));

        final String words;
        final List<String> sectors;
        /** The id's last part when the group's indicator is written for a commodity list: {@code edgar2024:ghg:BR:agriculture}. */
        final String idPart;

        Group(String words, List<String> sectors) {
            this.words = words;
            this.sectors = sectors;
            this.idPart = name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Commodity categories (commodities.csv) grown or raised on farms: Agriculture indicators are written for them. */
    static final Set<String> FARM_CATEGORIES = Set.of("agriculture", "livestock");
    /** The fuel codes of commodities.csv that Fuel Exploitation describes. */
    static final List<String> FUEL_CODES = List.of("coal");

    private final Map<String, String> iso2ByIso3;
    private final Integer editionYear;
    private final Map<Group, List<String>> commodities = new LinkedHashMap<>();

    EdgarIndicators(Map<String, String> iso2ByIso3, Integer editionYear, List<CommodityRow> commodityRows) {
        this.iso2ByIso3 = Map.copyOf(iso2ByIso3);
        this.editionYear = editionYear;
        commodities.put(Group.AGRICULTURE, commodityRows.stream()
                .filter(c -> FARM_CATEGORIES.contains(c.category())).map(CommodityRow::code).toList());
        commodities.put(Group.FUEL_EXPLOITATION, FUEL_CODES);
        commodities.put(Group.INDUSTRY, Collections.singletonList(null));
    }

    /** The commodity codes an indicator of {@code group} is written for; a single null means all commodities. */
    List<String> commodities(Group group) {
        return commodities.get(group);
    }

    /** Indicators for every group, country by country. */
    List<IndicatorRow> indicators(List<CsvRow> rows) {
        List<IndicatorRow> out = new ArrayList<>();
        for (Group group : Group.values()) {
            out.addAll(indicators(group, rows));
        }
        return out;
    }

    List<IndicatorRow> indicators(Group group, List<CsvRow> rows) {
        Map<String, Figure> figures = figures(group, rows);
        Bands bands = Bands.quintiles(figures.values().stream().map(Figure::total).toList());
        List<IndicatorRow> out = new ArrayList<>();
        figures.forEach((iso3, f) -> {
            String iso2 = iso2ByIso3.get(iso3);
            if (iso2 == null) {
                throw f.row().error(iso3, "iso3 not in country-codes.csv");
            }
            Rating r = ThemeRules.rate(Severity.GHG, LABEL + ", " + group.words, f.row().required("edgar_country_name"),
                    f.words(), f.total(), bands, YEAR, editionYear, "A national sector total, not the emissions of one "
                            + "facility; CO2 is not included (fossil CO2: GCB)");
            out.add(row(group, iso2, r));
        });
        return out;
    }

    /**
     * The group's one indicator in a country: a single commodity is its {@code commodity} (coal), all commodities
     * none (industry), and a list (the farm commodities) goes on one row as {@code commodities} with the facility
     * types of {@link StageRules#edgarFacilityTypes} — one row per country instead of one per farm commodity
     * (ADR 0023: 203 rows instead of 12,789, the same matches).
     */
    private IndicatorRow row(Group group, String iso2, Rating r) {
        List<String> codes = commodities(group);
        String single = codes.size() == 1 ? codes.get(0) : null;
        List<String> list = codes.size() == 1 ? List.of() : codes;
        String idPart = single != null ? single : list.isEmpty() ? null : group.idPart;
        return new IndicatorRow(IndicatorRow.id(SOURCE, Severity.GHG.theme, iso2, null, idPart), Severity.GHG.theme,
                iso2, null, single, r.scale(), r.scope(), r.irremediability(), r.likelihood(), r.basis(), SOURCE, false,
                YEAR, r.unknown(), StageRules.edgar(group), list, StageRules.edgarFacilityTypes(group));
    }

    /** A country's figure for one group: total Mt CO2e in {@link #YEAR} and the gases in words. */
    record Figure(CsvRow row, double total, String words) {
    }

    /**
     * Per country (file order), the group's {@link #YEAR} emissions summed over its sectors and gases; a country
     * whose rows of the group have no figure at all gets none (no data, not zero).
     */
    static Map<String, Figure> figures(Group group, List<CsvRow> rows) {
        Map<String, double[]> gases = new LinkedHashMap<>();
        Map<String, CsvRow> first = new LinkedHashMap<>();
        for (CsvRow row : rows) {
            String iso3 = row.required("iso3");
            if (!group.sectors.contains(row.required("sector")) || ThemeIndicators.SKIPPED_ISO3.contains(iso3)) {
                continue;
            }
            for (int g = 0; g < GASES.size(); g++) {
                Double v = row.optionalNumber(GASES.get(g) + "_mtco2e_" + YEAR);
                if (v != null) {
                    gases.computeIfAbsent(iso3, k -> new double[GASES.size()])[g] += v;
                    first.putIfAbsent(iso3, row);
                }
            }
        }
        Map<String, Figure> out = new LinkedHashMap<>();
        gases.forEach((iso3, g) -> {
            double total = g[0] + g[1] + g[2];
            out.put(iso3, new Figure(first.get(iso3), total, ThemeRules.number(total) + " Mt CO2e non-CO2 (CH4 " + ThemeRules.number(g[0]) + ", N2O " + ThemeRules.number(g[1]) + ", F-gases "
                    + ThemeRules.number(g[2]) + ")"));
        });
        return out;
    }
}
