package nl.ketenlens.ingest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a checked CSV file into parts of at most {@code rows} records, each with the header, so that a file too
 * large for one atomic transaction can be imported part by part where atomicity per file is not needed (the bulk
 * load's new store, which is deleted whole if anything fails, ADR 0022). Records are cut only at a line break outside
 * quotes (an even number of quote characters so far, RFC 4180), so a quoted name spanning lines stays one record;
 * characters, delimiters and line endings are copied as they are, a leading byte-order mark is dropped.
 */
final class CsvParts {
    private CsvParts() {
    }

    static List<Path> split(Path file, Path dir, int rows) throws IOException {
        Files.createDirectories(dir);
        List<Path> parts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = record(in, true);
            if (header == null) {
                return List.of(file);
            }
            String record = record(in, false);
            while (record != null) {
                Path part = dir.resolve(String.format("part-%04d-%s", parts.size() + 1, file.getFileName()));
                try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                    out.write(header);
                    for (int n = 0; n < rows && record != null; n++) {
                        out.write(record);
                        record = record(in, false);
                    }
                }
                parts.add(part);
            }
        }
        return parts.isEmpty() ? List.of(file) : parts;
    }

    /** The next record with its line ending, or null at the end; a final record without a line ending gets one. */
    private static String record(BufferedReader in, boolean first) throws IOException {
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = in.read()) != -1) {
            if (first && b.isEmpty() && c == '\uFEFF') {
                continue;
            }
            b.append((char) c);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                return b.toString();
            }
        }
        if (b.isEmpty() || b.toString().isBlank()) {
            return null;
        }
        return b.append('\n').toString();
    }
}
