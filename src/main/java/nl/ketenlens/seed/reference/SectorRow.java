package nl.ketenlens.seed.reference;

/**
 * A high-risk sector of the KPMG MVO Sector Risk Analysis 2014 ({@code :Sector}).
 *
 * @param kpmgPage first page of the sector's chapter in the KPMG report
 */
public record SectorRow(String code, String name, String nameNl, int kpmgPage) {
}
