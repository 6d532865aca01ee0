package nl.ketenlens.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read one record at a time ({@link CsvReader#open}): the header is read on opening, blank records are
 * skipped, and a structural error further down the file is thrown when {@link #next()} reaches it.
 */
public final class CsvStream implements AutoCloseable {
    private final CsvReader.Parser parser;
    private final char delimiter;
    private final List<String> header;

    CsvStream(CsvReader.Parser parser, char delimiter) throws CsvFormatException {
        this.parser = parser;
        this.delimiter = delimiter;
        CsvTable.CsvRecord first = parse();
        this.header = first == null ? List.of() : first.fields().stream().map(String::trim).toList();
    }

    public char delimiter() {
        return delimiter;
    }

    /** Column names as written (trimmed, BOM removed). */
    public List<String> header() {
        return header;
    }

    /** The next non-blank data record, or null at the end of the file. */
    public CsvTable.CsvRecord next() throws CsvFormatException {
        for (CsvTable.CsvRecord r = parse(); r != null; r = parse()) {
            if (!CsvReader.blank(r.fields())) {
                return r;
            }
        }
        return null;
    }

    private CsvTable.CsvRecord parse() throws CsvFormatException {
        try {
            return parser.next();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSV file", e);
        }
    }

    /** The rest of the file as a table (for callers whose files are small). */
    CsvTable readAll() throws CsvFormatException {
        List<CsvTable.CsvRecord> records = new ArrayList<>();
        for (CsvTable.CsvRecord r = next(); r != null; r = next()) {
            records.add(r);
        }
        return new CsvTable(delimiter, header, List.copyOf(records));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
