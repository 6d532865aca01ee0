package nl.ketenlens.seed.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Country rows: ISO codes, names and UN M49 regions from country-codes.csv, the EUDR tier, and the World Bank WGI
 * 2023 estimates matched by country name (names listed as skipped in country-aliases.csv are left out).
 */
final class Countries {
    static final String WGI_SOURCE_ID = "wgi2023";
    private static final List<String> WGI_COLUMNS = List.of("va", "pv", "ge", "rq", "rl", "cc");

    private Countries() {
    }

    static List<CountryRow> build(List<CsvRow> codes, EudrBenchmark eudr, List<CsvRow> wgiRows, CountryNames names) {
        Map<String, Double[]> wgi = wgi(wgiRows, names);
        List<CountryRow> countries = new ArrayList<>();
        for (CsvRow row : codes) {
            String iso2 = row.required("ISO3166-1-Alpha-2");
            String tier = eudr.tier(iso2);
            if (tier == null) {
                throw row.error(iso2, "country has no EUDR benchmark tier");
            }
            Double[] w = wgi.getOrDefault(iso2, new Double[6]);
            String name = row.optional("official_name_en") != null ? row.get("official_name_en")
                    : row.required("CLDR display name");
            countries.add(new CountryRow(iso2, row.required("ISO3166-1-Alpha-3"), numeric(row), name,
                    row.optional("Region Name"), row.optional("Sub-region Name"), tier,
                    w[0], w[1], w[2], w[3], w[4], w[5], wgi.containsKey(iso2) ? WGI_SOURCE_ID : null));
        }
        return countries;
    }

    private static String numeric(CsvRow row) {
        String value = row.required("ISO3166-1-numeric");
        if (!value.matches("\\d{1,3}")) {
            throw row.error(value, "ISO numeric code must have 1 to 3 digits");
        }
        return "0".repeat(3 - value.length()) + value;
    }

    private static Map<String, Double[]> wgi(List<CsvRow> rows, CountryNames names) {
        Map<String, Double[]> byIso2 = new HashMap<>();
        for (CsvRow row : rows) {
            names.resolve(row.required("countryname"), FileKeys.WGI, row).ifPresent(iso2 -> {
                Double[] values = WGI_COLUMNS.stream().map(c -> row.optionalNumber(c, "..")).toArray(Double[]::new);
                if (byIso2.put(iso2, values) != null) {
                    throw row.error(row.get("countryname"), "second WGI row for " + iso2);
                }
            });
        }
        return byIso2;
    }
}
