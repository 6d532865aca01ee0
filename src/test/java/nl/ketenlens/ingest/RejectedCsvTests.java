package nl.ketenlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedCsvTests {

    @Test
    void rejectedRowsFileNeutralisesFormulaCells(@TempDir Path dir) throws Exception {
        ParsedRow row = new ParsedRow(2, List.of("=cmd|' /C calc'!A0", "@evil"));
        row.error("name", "bad");
        Path target = dir.resolve("x.csv.rejected.csv");

        RejectedCsv.write(target, List.of("company_id", "name"), List.of(row));

        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(1)).startsWith("'=cmd|' /C calc'!A0,'@evil,");
    }
}
