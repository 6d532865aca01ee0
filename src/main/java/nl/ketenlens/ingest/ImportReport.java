package nl.ketenlens.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The outcome of one import, the same object for CLI ({@code --format json}) and REST.
 * Counts are per source row: a row is {@code created} when its main entity (company, facility,
 * link, indicator) is new, {@code updated} when anything it describes changed, otherwise
 * {@code unchanged}; {@code rejected} rows had at least one error.
 *
 * @param read     data rows read (header and blank lines excluded)
 * @param warnings rendered {@code file:line: message} lines
 * @param errors   at most {@link #MAX_ERRORS}; a warning says how many there were in total
 * @param refused  true when the file was refused as a whole because of errors, so nothing was
 *                 written (not serialized: the JSON shape is fixed by the API)
 */
@JsonPropertyOrder({"kind", "file", "read", "created", "updated", "unchanged", "rejected", "warnings", "errors"})
public record ImportReport(String kind, String file, int read, int created, int updated, int unchanged,
                           int rejected, List<String> warnings, List<ImportError> errors,
                           @JsonIgnore boolean refused) {

    public static final int MAX_ERRORS = 1000;

    public ImportReport {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /** A report for a file refused as a whole, e.g. empty, binary or with invalid rows. */
    public static ImportReport refused(String kind, String file, int read, int rejected,
                                       List<String> warnings, List<ImportError> errors) {
        return new ImportReport(kind, file, read, 0, 0, 0, rejected, warnings, errors, true);
    }

    /** Errors as {@code file:line: field: message}. */
    @JsonIgnore
    public List<String> errorLines() {
        return errors.stream().map(e -> e.render(file)).toList();
    }
}
