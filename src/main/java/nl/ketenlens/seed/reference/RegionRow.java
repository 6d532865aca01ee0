package nl.ketenlens.seed.reference;

/**
 * A sub-national region ({@code :Region}), PART_OF its country.
 *
 * @param code    ISO 3166-2 code, e.g. {@code CD-NK}
 * @param country ISO 3166-1 alpha-2 code of the country it is part of
 */
public record RegionRow(String code, String name, String country) {
}
