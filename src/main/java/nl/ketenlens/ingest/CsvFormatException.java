package nl.ketenlens.ingest;

/** A file that cannot be read as CSV at all (empty, binary, not UTF-8, broken quoting, overlong line). */
final class CsvFormatException extends Exception {
    private final transient ImportError error;

    CsvFormatException(int line, String message) {
        super(message);
        this.error = new ImportError(line, "file", message);
    }

    ImportError error() {
        return error;
    }
}
