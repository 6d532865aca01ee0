package nl.ketenlens.seed.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ILAB Findings on the Worst Forms of Child Labor 2022, country summary: the child-labour figures per ISO code.
 * "Unavailable" or blank figures become null; a country without a row gets {@link ChildLabourStats#UNAVAILABLE}.
 */
final class IlabFindings {
    private static final String UNAVAILABLE = "Unavailable";
    private final Map<String, ChildLabourStats> byIso2 = new HashMap<>();

    IlabFindings(List<CsvRow> rows, CountryNames names) {
        for (CsvRow row : rows) {
            names.resolve(row.required("country"), FileKeys.ILAB_FINDINGS, row).ifPresent(iso2 -> {
                Double share = row.optionalNumber("working_children_pct", UNAVAILABLE);
                if (share != null && (share < 0 || share > 1)) {
                    throw row.error(String.valueOf(share), "working_children_pct must be a share in [0,1]");
                }
                ChildLabourStats stats = new ChildLabourStats(share, row.optional("working_children_age_range"),
                        row.optional("advancement_level"));
                if (byIso2.put(iso2, stats) != null) {
                    throw row.error(row.get("country"), "second findings row for " + iso2);
                }
            });
        }
    }

    ChildLabourStats of(String iso2) {
        return byIso2.getOrDefault(iso2, ChildLabourStats.UNAVAILABLE);
    }

    int size() {
        return byIso2.size();
    }
}
