package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.List;

/** Reads a CSV file of one {@link CsvFormat} into parsed rows; no graph access beyond the lookup. */
final class CsvImportReader {
    private CsvImportReader() {
    }

    static ParsedFile read(byte[] bytes, CsvFormat format, ReferenceLookup refs, ImportOptions options) {
        CsvTable table;
        try {
            table = CsvReader.read(bytes);
        } catch (CsvFormatException e) {
            return ParsedFile.failed(e.error());
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
        for (CsvTable.CsvRecord record : table.records()) {
            ParsedRow row = new ParsedRow(record.line(), record.fields());
            RowReader in = new RowReader(record.line(), record.fields(), columns);
            in.checkFieldCount(table.delimiter());
            if (in.errors().isEmpty()) {
                format.parse(in, row, refs, options);
            }
            row.errors.addAll(in.errors());
            rows.add(row);
        }
        return new ParsedFile(table.header(), rows, List.of(), warnings);
    }
}
