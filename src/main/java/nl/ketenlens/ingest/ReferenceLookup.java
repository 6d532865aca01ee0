package nl.ketenlens.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What validation needs to know about the reference data and the graph. Text lookups are
 * case-insensitive and ignore surrounding whitespace. Implementations: {@link ReferenceTables}
 * (in memory, for tests and as the base of the graph-backed one) and {@link GraphReferenceLookup}.
 */
public interface ReferenceLookup {

    /** ISO alpha-2 code for an alpha-2 code, an alpha-3 code or an English country name. */
    Optional<String> country(String text);

    /** The country (alpha-2) of an ISO 3166-2 region code, empty when the region is unknown. */
    Optional<String> regionCountry(String code);

    /** Resolves a commodity code, HS code (2–6 digits) or English name; see {@link CommodityMatch}. */
    CommodityMatch commodity(String text);

    boolean isTheme(String code);

    boolean isSector(String code);

    boolean isCovenant(String code);

    /** Those of {@code ids} that are companies in the graph. */
    Set<String> existingCompanies(Collection<String> ids);

    /** Those of {@code ids} that are facilities in the graph. */
    Set<String> existingFacilities(Collection<String> ids);

    /**
     * The outcome of a commodity lookup: exactly one of {@code code} (found) or a non-empty
     * {@code candidates} (ambiguous) is set, or neither (unknown).
     */
    record CommodityMatch(String code, List<String> candidates) {
        public CommodityMatch {
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }

        public static CommodityMatch found(String code) {
            return new CommodityMatch(code, List.of());
        }

        public static CommodityMatch unknown() {
            return new CommodityMatch(null, List.of());
        }

        public boolean isFound() {
            return code != null;
        }
    }
}
