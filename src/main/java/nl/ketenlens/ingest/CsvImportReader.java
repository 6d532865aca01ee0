package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.csv.CsvFormatException;
import nl.ketenlens.csv.CsvReader;
import nl.ketenlens.csv.CsvTable;

/** Reads a CSV file of one {@link CsvFormat} into parsed rows; no graph access beyond the lookup. */
final class CsvImportReader {
    private CsvImportReader() {
    }

    static ParsedFile read(byte[] bytes, CsvFormat format, ReferenceLookup refs, ImportOptions options) {
        CsvTable table;
        try {
            table = CsvReader.read(bytes);
        } catch (CsvFormatException e) {
            return ParsedFile.failed(new ImportError(e.line(), "file", e.getMessage()));
        }
        Columns columns = new Columns(table.header(), format.required(), format.optional(), format.warnOnExtraColumns());
        List<String> warnings = new ArrayList<>(columns.warnings());
        if (!columns.errors().isEmpty()) {
            return new ParsedFile(table.header(), List.of(), columns.errors(), warnings);
        }
        if (table.records().isEmpty()) {
            return new ParsedFile(table.header(), List.of(),
                    List.of(new ImportError(1, "file", "header only: the file has no data rows")), warnings);
        }
        List<ParsedRow> rows = new ArrayList<>(table.records().size());
        Map<String, int[]> notes = new LinkedHashMap<>();
        for (CsvTable.CsvRecord record : table.records()) {
            ParsedRow row = new ParsedRow(record.line(), record.fields());
            RowReader in = new RowReader(record.line(), record.fields(), columns);
            in.checkFieldCount(table.delimiter());
            if (in.errors().isEmpty()) {
                format.parse(in, row, refs, options);
            }
            row.errors.addAll(in.errors());
            rows.add(row);
            for (String note : in.notes()) {
                notes.computeIfAbsent(note, n -> new int[]{record.line(), 0})[1]++;
            }
        }
        // one warning per distinct remark, not one per row: a 100,000-row file should not bury the report
        notes.forEach((note, seen) -> warnings.add(seen[0] + ": " + note
                + (seen[1] > 1 ? " (" + seen[1] + " rows, first shown)" : "")));
        return new ParsedFile(table.header(), rows, List.of(), warnings);
    }
}
