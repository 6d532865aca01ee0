package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A file after reading and row parsing.
 *
 * @param header     the source columns, for {@code <file>.rejected.csv}
 * @param fileErrors errors that refuse the whole file whatever the options (unreadable, missing columns)
 * @param warnings   rendered {@code line: message} (the service prefixes the file name)
 */
record ParsedFile(List<String> header, List<ParsedRow> rows, List<ImportError> fileErrors, List<String> warnings) {

    static ParsedFile failed(ImportError error) {
        return new ParsedFile(List.of(), List.of(), List.of(error), new ArrayList<>());
    }

    List<ImportError> rowErrors() {
        return rows.stream().flatMap(r -> r.errors.stream()).toList();
    }
}
