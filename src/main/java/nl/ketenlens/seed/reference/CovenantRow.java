package nl.ketenlens.seed.reference;

/**
 * A Dutch IMVO sector covenant ({@code :Covenant}, FOR_SECTOR its sector).
 *
 * @param sector           Sector code
 * @param signed           ISO date or partial date ({@code 2016}, {@code 2017-03}, {@code 2019-05-13}), or null
 * @param inForce          date it came into force, same format, or null
 * @param ended            date it ended, same format, or null
 * @param status           {@code active}, {@code ended} or {@code negotiating}, as of {@code statusAsOf}
 * @param marketShareClass share of the sector covered, e.g. {@code >90%}, {@code 40-45%}, {@code medium-low},
 *                         {@code low}, or {@code n/a} when companies joined through branch organisations
 * @param statusAsOf       the date (ISO, possibly partial) of the latest status entry in covenant-status.csv
 * @param statusSource     the letter that entry comes from, cited by Kamerstuk number and date
 * @param statusHistory    every entry, oldest first: {@code "2022-04-07: active. <statement> (<letter>)"}
 * @param priorityThemes   the risk themes the letters name as the covenant's priorities (docs/seed-data.md), may
 *                         be empty
 */
public record CovenantRow(String code, String name, String nameNl, String sector, String signed, String inForce,
                          String ended, String status, String marketShareClass, String facts, String sourceUrl,
                          String statusAsOf, String statusSource, java.util.List<String> statusHistory,
                          java.util.List<String> priorityThemes) {
}
