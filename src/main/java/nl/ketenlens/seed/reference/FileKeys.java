package nl.ketenlens.seed.reference;

/** Short names of the source files, as used in the {@code used_by} column of country-aliases.csv. */
final class FileKeys {
    static final String ILAB_GOODS = "ilab_goods";
    static final String ILAB_FINDINGS = "ilab_findings";
    static final String CAHRA = "cahra";
    static final String EUDR = "eudr";
    static final String WGI = "wgi";

    private FileKeys() {
    }
}
