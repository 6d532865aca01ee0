package nl.ketenlens.seed.reference;

/**
 * Reference data that cannot be loaded: names the file, the line (1 = header) and the offending value, so the fix
 * is one edit away.
 */
public class ReferenceDataException extends RuntimeException {
    private final String file;
    private final int line;
    private final String value;

    public ReferenceDataException(String file, int line, String value, String message) {
        super(file + ":" + line + ": " + message + (value == null ? "" : " (value '" + value + "')"));
        this.file = file;
        this.line = line;
        this.value = value;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String value() {
        return value;
    }
}
