package nl.ketenlens.ingest;

import nl.ketenlens.graph.Schema.Rel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves reference values inside a row and words the error when that fails. */
final class Refs {
    private Refs() {
    }

    static String country(RowReader in, String column, String text, ReferenceLookup refs) {
        if (text == null) {
            return null;
        }
        Optional<String> iso2 = refs.country(text);
        if (iso2.isEmpty()) {
            in.error(column, "unknown country '" + text + "' (use ISO 3166-1 alpha-2, alpha-3 or the English name)");
        }
        return iso2.orElse(null);
    }

    /** An ISO 3166-2 region that must be in the region table and lie in {@code country} (when that is known). */
    static String region(RowReader in, String column, String text, String country, ReferenceLookup refs) {
        return region(in, column, text, country, refs, false);
    }

    /**
     * Like {@link #region(RowReader, String, String, String, ReferenceLookup)}, but when
     * {@code lenient} a well-formed code of the row's country ({@code BD-13}) that the region table
     * lacks is kept with a note instead of refused: the seeded table holds only the regions the
     * reference sources name (the EU CAHRA list), not all of ISO 3166-2.
     */
    static String region(RowReader in, String column, String text, String country, ReferenceLookup refs,
                         boolean lenient) {
        if (text == null) {
            return null;
        }
        Optional<String> in_ = refs.regionCountry(text);
        String code = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (in_.isEmpty() && lenient && country != null && code.matches("[A-Z]{2}-[A-Z0-9]{1,3}")
                && code.startsWith(country + "-")) {
            in.note(column + ": region '" + code + "' is not in the region table; kept on the facility without an "
                    + Rel.IN_REGION + " link");
            return code;
        }
        if (in_.isEmpty()) {
            in.error(column, "unknown region '" + text + "' (use an ISO 3166-2 code such as GH-AH)");
            return null;
        }
        if (country != null && !in_.get().equals(country)) {
            in.error(column, "region '" + text + "' lies in " + in_.get() + ", not in " + country);
            return null;
        }
        return text.trim().toUpperCase(java.util.Locale.ROOT);
    }

    static String commodity(RowReader in, String column, String text, ReferenceLookup refs) {
        if (text == null) {
            return null;
        }
        ReferenceLookup.CommodityMatch match = refs.commodity(text);
        if (match.isFound()) {
            return match.code();
        }
        if (!match.candidates().isEmpty()) {
            in.error(column, "HS code '" + text + "' is ambiguous (" + String.join(", ", match.candidates())
                    + "): give the commodity code");
        } else {
            in.error(column, "unknown commodity '" + text + "' (use a commodity code, an HS code or the English name)");
        }
        return null;
    }

    static List<String> commodities(RowReader in, String column, List<String> texts, ReferenceLookup refs) {
        List<String> codes = new ArrayList<>();
        for (String t : texts) {
            String code = commodity(in, column, t, refs);
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }
}
