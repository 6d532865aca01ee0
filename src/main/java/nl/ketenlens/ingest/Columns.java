package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps a header row onto a format's columns: names are compared trimmed and case-insensitively.
 * A missing required column is an error; a column the format does not know is a warning (it is
 * ignored); trailing empty header cells, which spreadsheets like to add, are ignored silently.
 */
final class Columns {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> header;
    private final List<ImportError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final int lastNamed;

    Columns(List<String> header, List<String> required, List<String> optional, boolean warnOnExtra) {
        this.header = header;
        Set<String> known = new java.util.HashSet<>(required);
        known.addAll(optional);
        for (int i = 0; i < header.size(); i++) {
            String name = normalize(header.get(i));
            if (name.isEmpty()) {
                continue;
            }
            if (index.putIfAbsent(name, i) != null) {
                errors.add(new ImportError(1, name, "column appears twice in the header"));
            } else if (warnOnExtra && !known.contains(name)) {
                warnings.add("1: " + header.get(i).trim() + ": unknown column ignored");
            }
        }
        int last = -1;
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).isBlank()) {
                last = i;
            }
        }
        lastNamed = last;
        for (String column : required) {
            if (!index.containsKey(column)) {
                errors.add(new ImportError(1, column, "missing required column (header has: "
                        + String.join(", ", header.stream().map(String::trim).filter(s -> !s.isEmpty()).toList()) + ")"));
            }
        }
    }

    static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** The raw (untrimmed) value of a column in a record, or "" when the column or cell is absent. */
    String value(List<String> fields, String column) {
        Integer i = index.get(column);
        return i == null || i >= fields.size() ? "" : fields.get(i);
    }

    int size() {
        return header.size();
    }

    /** Index of the last header cell with a name: cells after it may be present but must be empty. */
    int lastNamed() {
        return lastNamed;
    }

    List<ImportError> errors() {
        return errors;
    }

    List<String> warnings() {
        return warnings;
    }
}
