package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Typed access to one record's fields that collects errors instead of throwing, so one pass
 * reports every problem in the row. Values are trimmed; an empty value counts as absent.
 */
final class RowReader {
    private final int line;
    private final List<String> fields;
    private final Columns columns;
    private final List<ImportError> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    RowReader(int line, List<String> fields, Columns columns) {
        this.line = line;
        this.fields = fields;
        this.columns = columns;
    }

    int line() {
        return line;
    }

    List<ImportError> errors() {
        return errors;
    }

    /** A remark worth a warning; the reader groups equal notes over the file, so this is "field: text". */
    void note(String text) {
        notes.add(text);
    }

    List<String> notes() {
        return notes;
    }

    void error(String field, String message) {
        errors.add(new ImportError(line, field, message));
    }

    /** Too many or too few fields compared with the header; extra empty trailing cells are tolerated. */
    void checkFieldCount(char delimiter) {
        String hint = delimiter == ';' ? " (the file is ';'-delimited: a value containing ';' must be in double quotes)" : "";
        int expected = columns.lastNamed() + 1;
        int filled = fields.size();
        while (filled > expected && fields.get(filled - 1).isBlank()) {
            filled--;
        }
        if (filled > expected) {
            error("row", "too many fields: " + fields.size() + ", the header has " + expected + hint);
        } else if (fields.size() < expected) {
            error("row", "too few fields: " + fields.size() + ", the header has " + expected);
        }
    }

    /** Whether the file's header has this column (an optional column absent from the file describes nothing). */
    boolean has(String column) {
        return columns.has(column);
    }

    /** The trimmed value or null when empty. */
    String optional(String column) {
        String v = columns.value(fields, column).trim();
        return v.isEmpty() ? null : v;
    }

    String required(String column) {
        String v = optional(column);
        if (v == null) {
            error(column, "missing value");
        }
        return v;
    }

    Integer intInRange(String column, int min, int max, boolean required) {
        String v = required ? required(column) : optional(column);
        if (v == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(v);
            if (value < min || value > max) {
                error(column, "'" + v + "' is outside " + min + ".." + max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            error(column, "'" + v + "' is not a whole number");
            return null;
        }
    }

    /** A decimal in [min, max]; a decimal comma (Dutch Excel) is accepted. */
    Double decimalInRange(String column, double min, double max, boolean required) {
        String v = required ? required(column) : optional(column);
        if (v == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(v.replace(',', '.'));
            if (Double.isNaN(value) || value < min || value > max) {
                error(column, "'" + v + "' is outside [" + fmt(min) + "," + fmt(max) + "]");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            error(column, "'" + v + "' is not a number");
            return null;
        }
    }

    /** {@code true|false} (also yes/no, 1/0, ja/nee), default when empty. */
    boolean bool(String column, boolean defaultValue) {
        String v = optional(column);
        if (v == null) {
            return defaultValue;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "ja", "waar" -> {
                return true;
            }
            case "false", "no", "0", "nee", "onwaar" -> {
                return false;
            }
            default -> {
                error(column, "'" + v + "' is not true or false");
                return defaultValue;
            }
        }
    }

    /** One of the allowed lower-case values, or null when empty. */
    String oneOf(String column, List<String> allowed, boolean required) {
        String v = required ? required(column) : optional(column);
        if (v == null) {
            return null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            error(column, "'" + v + "' is not one of " + String.join(", ", allowed));
            return null;
        }
        return lower;
    }

    /** Splits a list cell on any of the given separator characters, dropping empty parts. */
    List<String> list(String column, String separators) {
        String v = optional(column);
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split("[" + escape(separators) + "]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String escape(String chars) {
        StringBuilder b = new StringBuilder();
        for (char c : chars.toCharArray()) {
            b.append('\\').append(c);
        }
        return b.toString();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
