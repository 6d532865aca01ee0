package nl.ketenlens.ingest;

/**
 * How to run one import.
 *
 * @param dryRun      validate, resolve and diff, but write nothing
 * @param skipInvalid write the valid rows and put the invalid ones in {@code <file>.rejected.csv}
 *                    instead of refusing the whole file
 * @param supplierId  CMRT/EMRT: the facility that declared the smelters (required for those kinds)
 * @param buyerId     OSH: optional company (or facility) that buys from every facility in the file
 * @param batchSize   rows per {@code UNWIND} statement; values below 1 mean the default
 */
public record ImportOptions(boolean dryRun, boolean skipInvalid, String supplierId, String buyerId, int batchSize) {

    public static final int DEFAULT_BATCH_SIZE = 10_000;

    public ImportOptions {
        batchSize = batchSize < 1 ? DEFAULT_BATCH_SIZE : batchSize;
        supplierId = blankToNull(supplierId);
        buyerId = blankToNull(buyerId);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, false, null, null, DEFAULT_BATCH_SIZE);
    }

    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(value, skipInvalid, supplierId, buyerId, batchSize);
    }

    public ImportOptions withSkipInvalid(boolean value) {
        return new ImportOptions(dryRun, value, supplierId, buyerId, batchSize);
    }

    public ImportOptions withSupplier(String id) {
        return new ImportOptions(dryRun, skipInvalid, id, buyerId, batchSize);
    }

    public ImportOptions withBuyer(String id) {
        return new ImportOptions(dryRun, skipInvalid, supplierId, id, batchSize);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
