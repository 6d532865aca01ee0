package nl.ketenlens.seed.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenlens.graph.IndicatorRow;

/**
 * EUDR country benchmark (Implementing Reg. (EU) 2025/1093): the risk tier per country, and one
 * {@code deforestation} indicator per EUDR commodity code for every country at standard or high risk. The names in
 * iso_name and, where present, annex_name must map to the row's iso2 column; {@code tier_basis} says why the row has
 * its tier (listed in the Annex; standard by default under Art. 29; or low as part of the EU — the outermost regions
 * and Åland, which the Annex does not name separately) and is quoted in each indicator's basis.
 */
final class EudrBenchmark {
    static final String SOURCE_ID = "eudr2025";
    private static final Set<String> TIERS = Set.of("low", "standard", "high");

    private final Map<String, String> tierByIso2 = new LinkedHashMap<>();
    private final Map<String, String> nameByIso2 = new LinkedHashMap<>();
    private final Map<String, String> basisByIso2 = new LinkedHashMap<>();

    EudrBenchmark(List<CsvRow> rows, CountryNames names) {
        for (CsvRow row : rows) {
            String iso2 = row.required("iso2");
            for (String column : List.of("iso_name", "annex_name")) {
                String name = row.optional(column);
                if (name != null && !names.require(name, FileKeys.EUDR, row).equals(iso2)) {
                    throw row.error(name, column + " does not map to iso2 " + iso2);
                }
            }
            String tier = row.required("eudr_risk_tier");
            if (!TIERS.contains(tier)) {
                throw row.error(tier, "eudr_risk_tier must be low, standard or high");
            }
            if (tierByIso2.put(iso2, tier) != null) {
                throw row.error(iso2, "country listed twice");
            }
            nameByIso2.put(iso2, row.required("iso_name"));
            basisByIso2.put(iso2, row.required("tier_basis"));
        }
    }

    /** The tier of {@code iso2}, or null when the benchmark does not list it. */
    String tier(String iso2) {
        return tierByIso2.get(iso2);
    }

    List<IndicatorRow> indicators(List<String> eudrCommodities) {
        List<IndicatorRow> indicators = new ArrayList<>();
        tierByIso2.forEach((iso2, tier) -> SeverityRules.deforestation(tier, nameByIso2.get(iso2)).ifPresent(r -> {
            for (String code : eudrCommodities) {
                indicators.add(new IndicatorRow(IndicatorRow.id(SOURCE_ID, "deforestation", iso2, null, code),
                        "deforestation", iso2, null, code, r.scale(), r.scope(), r.irremediability(), r.likelihood(),
                        r.basis() + " (tier basis: " + basisByIso2.get(iso2) + ")", SOURCE_ID, false, null,
                        List.of(), StageRules.production()));
            }
        }));
        return indicators;
    }
}
