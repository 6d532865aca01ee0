package nl.ketenlens.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.ketenlens.output.Table;

/** Writes {@code <file>.rejected.csv}: the original columns of each rejected row plus {@code reason}. */
final class RejectedCsv {
    private RejectedCsv() {
    }

    static Path target(Path source) {
        return source.resolveSibling(source.getFileName() + ".rejected.csv");
    }

    static void write(Path target, List<String> header, List<ParsedRow> rejected) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            List<String> head = new ArrayList<>(header);
            head.add("reason");
            out.write(line(head));
            for (ParsedRow row : rejected) {
                List<String> fields = new ArrayList<>(row.raw);
                while (fields.size() < header.size()) {
                    fields.add("");
                }
                fields.add(row.errors.stream().map(e -> "line " + e.line() + ": " + e.field() + ": " + e.message())
                        .collect(Collectors.joining("; ")));
                out.write(line(fields));
            }
        }
    }

    /** Through the product's one CSV writer, so formula cells of a hostile upload come back neutralised. */
    private static String line(List<String> fields) {
        return Table.csvLine(fields) + "\r\n";
    }
}
