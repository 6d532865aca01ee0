package nl.ketenlens.ingest;

/** Receives progress of a long import, e.g. for a console progress bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    /**
     * @param phase short name of the current phase: {@code read}, {@code check}, {@code write}
     * @param done  steps done in this import so far
     * @param total steps in the whole import
     */
    void update(String phase, int done, int total);
}
