package nl.ketenlens.csv;

import java.util.List;

/**
 * A parsed CSV file.
 *
 * @param delimiter the detected delimiter, {@code ','} or {@code ';'}
 * @param header    column names as written (trimmed, BOM removed)
 * @param records   data records, blank lines dropped
 */
public record CsvTable(char delimiter, List<String> header, List<CsvRecord> records) {

    /** One data record and the physical line it starts on (quoted fields may span lines). */
    public record CsvRecord(int line, List<String> fields) {
    }
}
