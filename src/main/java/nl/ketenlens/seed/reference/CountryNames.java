package nl.ketenlens.seed.reference;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps country names as spelled by a source file to ISO 3166-1 alpha-2 codes.
 *
 * <p>A name matches when, after Unicode NFC normalisation, trimming and lower-casing, it equals one of the columns
 * {@value #NAME_COLUMNS} of country-codes.csv, or an alias in country-aliases.csv. An alias with an empty iso2 is a
 * deliberate skip (a territory without an ISO code, such as Kosovo); it is honoured only for the files named in its
 * {@code used_by} column and only where {@link #SKIPPABLE} allows skipping. Any other name fails loudly.
 */
final class CountryNames {
    static final String NAME_COLUMNS = "official_name_en, CLDR display name, UNTERM English Short";
    /** Files whose rows may be skipped for an explicitly listed name; all others must map every name. */
    static final Set<String> SKIPPABLE = Set.of(FileKeys.WGI, FileKeys.ILAB_FINDINGS);

    private static final String SKIP = "";
    private final Map<String, String> isoByName = new HashMap<>();
    private final Map<String, Set<String>> skipUsers = new HashMap<>();
    private final Set<String> isoCodes;

    CountryNames(List<CsvRow> countryCodes, List<CsvRow> aliases) {
        for (CsvRow row : countryCodes) {
            String iso2 = row.required("ISO3166-1-Alpha-2");
            for (String column : NAME_COLUMNS.split(", ")) {
                String name = row.optional(column);
                if (name != null) {
                    isoByName.putIfAbsent(key(name), iso2);
                }
            }
        }
        isoCodes = Set.copyOf(isoByName.values());
        for (CsvRow row : aliases) {
            String alias = row.required("alias");
            String iso2 = row.get("iso2");
            if (!iso2.isEmpty() && !isoCodes.contains(iso2)) {
                throw row.error(iso2, "alias '" + alias + "' points to an unknown ISO code");
            }
            String previous = isoByName.put(key(alias), iso2);
            if (previous != null) {
                throw row.error(alias, "alias duplicates a name that already maps to '" + previous + "'");
            }
            if (iso2.isEmpty()) {
                skipUsers.put(key(alias), Set.copyOf(row.list("used_by")));
            }
        }
    }

    /** True when {@code iso2} is an ISO 3166-1 alpha-2 code in country-codes.csv. */
    boolean isIso2(String iso2) {
        return isoCodes.contains(iso2);
    }

    /**
     * The ISO code of {@code name} as found in {@code row}, or empty when the name is a deliberate skip for this
     * file; fails naming file, line and name otherwise.
     */
    Optional<String> resolve(String name, String fileKey, CsvRow row) {
        String iso2 = isoByName.get(key(name));
        if (iso2 == null) {
            throw row.error(name, "country name does not map to an ISO code; add it to country-aliases.csv");
        }
        if (!SKIP.equals(iso2)) {
            return Optional.of(iso2);
        }
        if (SKIPPABLE.contains(fileKey) && skipUsers.get(key(name)).contains(fileKey)) {
            return Optional.empty();
        }
        throw row.error(name, "country name is listed as skipped, but " + fileKey + " rows may not be skipped");
    }

    /** Like {@link #resolve} for files that must map every name. */
    String require(String name, String fileKey, CsvRow row) {
        return resolve(name, fileKey, row).orElseThrow();
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
}
