package nl.ketenlens.ingest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The normalized facility name used for entity resolution ({@code Facility.nameKey}): lower case,
 * accents and punctuation removed, and common legal-form words dropped, so that
 * "PT. Timah Tbk" and "pt timah" or "Jiangxi Copper Co., Ltd." and "JIANGXI COPPER" match.
 */
final class NameKey {
    private static final Set<String> LEGAL_FORMS = Set.of("co", "company", "corp", "corporation", "inc",
            "incorporated", "ltd", "limited", "llc", "plc", "bv", "nv", "gmbh", "ag", "sa", "sas", "srl", "spa",
            "pt", "tbk", "pvt", "private", "sdn", "bhd", "jsc", "ojsc", "oao", "zao", "kk", "the");

    private NameKey() {
    }

    static String of(String name) {
        if (name == null) {
            return null;
        }
        String key = Arrays.stream(ReferenceTables.nameKey(name).split(" "))
                .filter(w -> !w.isEmpty() && !LEGAL_FORMS.contains(w))
                .collect(Collectors.joining(" "));
        return key.isEmpty() ? ReferenceTables.nameKey(name) : key;
    }
}
