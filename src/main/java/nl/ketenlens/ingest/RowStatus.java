package nl.ketenlens.ingest;

/** What an import did, or would do in a dry run, with one source row. */
enum RowStatus {
    CREATED, UPDATED, UNCHANGED
}
