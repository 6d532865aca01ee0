package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.csv.CsvFormatException;
import nl.ketenlens.csv.CsvReader;
import nl.ketenlens.csv.CsvStream;
import nl.ketenlens.csv.CsvTable;

import java.io.IOException;

/**
 * Reads a CSV file of one {@link CsvFormat} into parsed rows; no graph access beyond the lookup. The file is
 * streamed ({@link CsvReader#open}): {@link #read} keeps the parsed rows, {@link #forEach} hands them out one at a
 * time for callers that keep only what they need (the streamed links import).
 */
final class CsvImportReader {
    private CsvImportReader() {
    }

    static ParsedFile read(CsvReader.Source source, CsvFormat format, ReferenceLookup refs, ImportOptions options)
            throws IOException {
        List<ParsedRow> rows = new ArrayList<>();
        Pass pass = forEach(source, format, refs, options, rows::add);
        if (pass.failed() != null) {
            return pass.failed();
        }
        return new ParsedFile(pass.header(), rows, List.of(), pass.warnings());
    }

    /**
     * One pass over the file: each parsed row goes to {@code sink} in file order. A file-level refusal (unreadable,
     * missing columns, header only) comes back as {@link Pass#failed()}, exactly as {@link #read} reported it.
     */
    static Pass forEach(CsvReader.Source source, CsvFormat format, ReferenceLookup refs, ImportOptions options,
                        RowSink sink) throws IOException {
        try (CsvStream stream = CsvReader.open(source)) {
            Columns columns = new Columns(stream.header(), format.required(), format.optional(), format.warnOnExtraColumns());
            List<String> warnings = new ArrayList<>(columns.warnings());
            if (!columns.errors().isEmpty()) {
                drain(stream); // a broken file further down is reported before missing columns, as before streaming
                return new Pass(stream.header(), warnings, 0, new ParsedFile(stream.header(), List.of(), columns.errors(), warnings));
            }
            Map<String, int[]> notes = new LinkedHashMap<>();
            int count = 0;
            for (CsvTable.CsvRecord next = stream.next(); next != null; next = stream.next()) {
                CsvTable.CsvRecord record = next;
                ParsedRow row = new ParsedRow(record.line(), record.fields());
                RowReader in = new RowReader(record.line(), record.fields(), columns);
                in.checkFieldCount(stream.delimiter());
                if (in.errors().isEmpty()) {
                    format.parse(in, row, refs, options);
                }
                row.errors.addAll(in.errors());
                count++;
                for (String note : in.notes()) {
                    notes.computeIfAbsent(note, n -> new int[]{record.line(), 0})[1]++;
                }
                sink.accept(row);
            }
            if (count == 0) {
                return new Pass(stream.header(), warnings, 0, new ParsedFile(stream.header(), List.of(),
                        List.of(new ImportError(1, "file", "header only: the file has no data rows")), warnings));
            }
            // one warning per distinct remark, not one per row: a 100,000-row file should not bury the report
            notes.forEach((note, seen) -> warnings.add(seen[0] + ": " + note
                    + (seen[1] > 1 ? " (" + seen[1] + " rows, first shown)" : "")));
            return new Pass(stream.header(), warnings, count, null);
        } catch (CsvFormatException e) {
            return new Pass(List.of(), new ArrayList<>(), 0, ParsedFile.failed(new ImportError(e.line(), "file", e.getMessage())));
        }
    }

    private static void drain(CsvStream stream) throws CsvFormatException {
        while (stream.next() != null) {
            // only looking for a structural error
        }
    }

    /** Receives parsed rows one at a time. */
    @FunctionalInterface
    interface RowSink {
        void accept(ParsedRow row);
    }

    /**
     * What one pass learned besides the rows.
     *
     * @param failed the refused file when the file itself is unusable, else null
     */
    record Pass(List<String> header, List<String> warnings, int rows, ParsedFile failed) {
    }
}
