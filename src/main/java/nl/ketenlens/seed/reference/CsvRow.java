package nl.ketenlens.seed.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One data row of a CSV file: its values by column and the line it starts on (the header is line 1). */
record CsvRow(String file, int line, Map<String, String> values) {

    /** The trimmed value of {@code column}; fails naming file and line if the file has no such column. */
    String get(String column) {
        String value = values.get(column);
        if (value == null) {
            throw error(null, "missing column '" + column + "'");
        }
        return value.strip();
    }

    /** The trimmed value, or null when it is blank. */
    String optional(String column) {
        String value = get(column);
        return value.isEmpty() ? null : value;
    }

    /** The trimmed value; fails when it is blank. */
    String required(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            throw error(null, "column '" + column + "' must not be empty");
        }
        return value;
    }

    /** {@code |}-separated values, trimmed, without empty parts. */
    List<String> list(String column) {
        return Arrays.stream(get(column).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code Yes}/{@code No} or {@code true}/{@code false}, case-insensitive. */
    boolean flag(String column) {
        String value = get(column);
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw error(value, "column '" + column + "' must be Yes/No or true/false");
        };
    }

    Integer optionalInt(String column) {
        String value = optional(column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw error(value, "column '" + column + "' must be a whole number");
        }
    }

    /** A number, or null when blank or one of the given "no data" markers (e.g. {@code ..}, {@code Unavailable}). */
    Double optionalNumber(String column, String... missingMarkers) {
        String value = optional(column);
        if (value == null || Arrays.asList(missingMarkers).contains(value)) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw error(value, "column '" + column + "' must be a number");
        }
    }

    ReferenceDataException error(String value, String message) {
        return new ReferenceDataException(file, line, value, message);
    }
}
