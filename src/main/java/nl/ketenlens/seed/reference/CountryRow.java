package nl.ketenlens.seed.reference;

/**
 * A country as written to the graph ({@code :Country}).
 *
 * @param iso2         ISO 3166-1 alpha-2 code (key)
 * @param numeric      ISO 3166-1 numeric code, zero-padded to three digits
 * @param name         English name (column {@code official_name_en} of country-codes.csv)
 * @param m49Region    UN M49 region, null for Antarctica
 * @param eudrRisk     EUDR benchmark tier {@code low}, {@code standard} or {@code high}
 * @param wgiVa        World Bank WGI 2023 estimate (−2.5 … +2.5) for voice and accountability, or null; likewise
 *                     wgiPv political stability, wgiGe government effectiveness, wgiRq regulatory quality,
 *                     wgiRl rule of law, wgiCc control of corruption
 * @param wgiSource    Source id of the WGI figures, or null when the country has no WGI row
 */
public record CountryRow(String iso2, String iso3, String numeric, String name, String m49Region,
                         String m49SubRegion, String eudrRisk, Double wgiVa, Double wgiPv, Double wgiGe,
                         Double wgiRq, Double wgiRl, Double wgiCc, String wgiSource) {
}
