package nl.ketenlens.seed.reference;

/**
 * A Dutch IMVO sector covenant ({@code :Covenant}, FOR_SECTOR its sector).
 *
 * @param sector           Sector code
 * @param signed           ISO date or partial date ({@code 2016}, {@code 2017-03}, {@code 2019-05-13}), or null
 * @param inForce          date it came into force, same format, or null
 * @param ended            date it ended, same format, or null
 * @param status           {@code active}, {@code ended} or {@code negotiating} (as of the 2020 policy letters)
 * @param marketShareClass share of the sector covered, e.g. {@code >90%}, {@code 40-45%}, {@code medium-low},
 *                         {@code low}, or {@code n/a} when companies joined through branch organisations
 */
public record CovenantRow(String code, String name, String nameNl, String sector, String signed, String inForce,
                          String ended, String status, String marketShareClass, String facts, String sourceUrl) {
}
