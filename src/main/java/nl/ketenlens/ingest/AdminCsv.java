package nl.ketenlens.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV file in the {@code neo4j-admin database import} format (comma, double quotes, a typed header such as
 * {@code id:ID} or {@code share:double}). Every text value is quoted, so an id with a comma or a quote stays one
 * field; an absent value is an empty unquoted field, which the importer leaves unset.
 */
final class AdminCsv implements AutoCloseable {
    private final BufferedWriter out;
    private long rows;

    AdminCsv(Path file, List<String> header) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(String.join(",", header));
        out.newLine();
    }

    /** Writes one row: strings quoted, numbers and booleans as they print, null as an empty field. */
    void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object v = values[i];
                if (v instanceof String s) {
                    out.write('"');
                    out.write(s.replace("\"", "\"\""));
                    out.write('"');
                } else if (v != null) {
                    out.write(String.valueOf(v));
                }
            }
            out.newLine();
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
