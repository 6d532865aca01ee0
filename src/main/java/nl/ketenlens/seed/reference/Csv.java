package nl.ketenlens.seed.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.csv.CsvFormatException;
import nl.ketenlens.csv.CsvReader;
import nl.ketenlens.csv.CsvTable;

/**
 * Binds reference files to their header: parsing is the shared {@link CsvReader} (RFC 4180, BOM, CRLF/LF,
 * quoted fields with commas, line breaks and {@code ""}); this class adds the reference-data rules — unique
 * header columns, every row as wide as the header — and reports every failure as a {@link ReferenceDataException}
 * naming file and line.
 */
final class Csv {
    private Csv() {
    }

    /** Parses {@code text} (the whole file) into rows keyed by header column. */
    static List<CsvRow> parse(String file, String text) {
        CsvTable table;
        try {
            table = CsvReader.read(text);
        } catch (CsvFormatException e) {
            throw new ReferenceDataException(file, e.line(), null, e.getMessage());
        }
        List<String> header = table.header();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (index.put(header.get(i), i) != null) {
                throw new ReferenceDataException(file, 1, header.get(i), "duplicate column in header");
            }
        }
        List<CsvRow> rows = new ArrayList<>();
        for (CsvTable.CsvRecord record : table.records()) {
            if (record.fields().size() != header.size()) {
                throw new ReferenceDataException(file, record.line(), null, "expected " + header.size()
                        + " fields as in the header, found " + record.fields().size());
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), record.fields().get(i));
            }
            rows.add(new CsvRow(file, record.line(), values));
        }
        return rows;
    }
}
