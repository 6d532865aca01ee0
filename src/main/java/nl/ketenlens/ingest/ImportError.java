package nl.ketenlens.ingest;

/**
 * One reason a file or row was refused.
 *
 * @param line    1-based physical line (CSV) or sheet row (xlsx) where the offending record starts; 0 = whole file
 * @param field   the column (or {@code file}, {@code row}, or an option such as {@code --supplier})
 * @param message what is wrong, naming the value found
 */
public record ImportError(int line, String field, String message) {

    /** Rendered as {@code file:line: field: message}, the form used in reports and on the console. */
    public String render(String file) {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
