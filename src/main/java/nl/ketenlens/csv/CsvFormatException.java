package nl.ketenlens.csv;

/**
 * A file that cannot be read as CSV at all (empty, binary, not UTF-8, broken quoting, overlong line). Names the
 * physical line (1-based) where the problem is; callers add the file name and turn it into their own error type.
 */
public final class CsvFormatException extends Exception {
    private final int line;

    public CsvFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** 1-based physical line of the problem. */
    public int line() {
        return line;
    }
}
