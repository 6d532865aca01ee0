package nl.ketenlens.seed.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.IndicatorRow;

/**
 * EU CAHRA list → one Region per listed ISO 3166-2 region and one {@code conflict} indicator per listed area for each
 * mineral in scope of Reg. (EU) 2017/821 ({@link #MINERALS}). Region rows give a region-level indicator; whole-country
 * rows a country-level one. Each row's country name must map to its own iso2 column.
 */
final class CahraList {
    static final String SOURCE_ID = "cahra2026";
    /** The ores of tin, tantalum, tungsten and gold, as mined in the listed areas. */
    static final List<String> MINERALS = List.of("gold", "tin_ore", "tantalum_ore", "tungsten_ore");

    private final Map<String, RegionRow> regions = new LinkedHashMap<>();
    private final List<IndicatorRow> indicators = new ArrayList<>();

    CahraList(List<CsvRow> rows, CountryNames names, CommodityTable commodities) {
        for (String mineral : MINERALS) {
            if (!commodities.exists(mineral)) {
                throw new ReferenceDataException(ReferenceFiles.COMMODITIES, 0, mineral, "CAHRA mineral missing");
            }
        }
        for (CsvRow row : rows) {
            String iso2 = row.required("iso2");
            String mapped = names.require(row.required("country_name"), FileKeys.CAHRA, row);
            if (!mapped.equals(iso2)) {
                throw row.error(row.get("country_name"), "country name maps to " + mapped + " but iso2 says " + iso2);
            }
            if (row.flag("whole_country")) {
                add(iso2, null, CahraStatus.WHOLE_COUNTRY, row.get("country_name"));
            } else {
                RegionRow region = region(row, iso2);
                add(iso2, region.code(), status(row), region.name() + " (" + row.get("country_name") + ")");
            }
        }
    }

    private RegionRow region(CsvRow row, String iso2) {
        String code = row.required("region_iso3166_2");
        if (!code.startsWith(iso2 + "-")) {
            throw row.error(code, "region code is not within " + iso2);
        }
        RegionRow region = new RegionRow(code, row.required("region_name"), iso2);
        if (regions.put(code, region) != null) {
            throw row.error(code, "region listed twice");
        }
        return region;
    }

    private static CahraStatus status(CsvRow row) {
        if (row.flag("conflict_affected")) {
            return CahraStatus.CONFLICT_AFFECTED;
        }
        if (row.flag("high_risk")) {
            return CahraStatus.HIGH_RISK;
        }
        throw row.error(null, "region row has neither conflict_affected nor high_risk");
    }

    private void add(String iso2, String region, CahraStatus status, String area) {
        Rating rating = SeverityRules.conflict(status, area);
        for (String mineral : MINERALS) {
            indicators.add(new IndicatorRow(IndicatorRow.id(SOURCE_ID, "conflict", iso2, region, mineral), "conflict",
                    iso2, region, mineral, rating.scale(), rating.scope(), rating.irremediability(),
                    rating.likelihood(), rating.basis(), SOURCE_ID, false, null, List.of(), StageRules.cahra()));
        }
    }

    List<RegionRow> regions() {
        return List.copyOf(regions.values());
    }

    List<IndicatorRow> indicators() {
        return List.copyOf(indicators);
    }
}
