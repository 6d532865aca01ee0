package nl.ketenlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPartsTests {

    @TempDir
    Path dir;

    @Test
    void everyPartHasTheHeaderAndAtMostTheRowsAsked() throws Exception {
        Path file = Files.writeString(dir.resolve("f.csv"), "\uFEFFid;name\r\nA;x\r\nB;y\r\nC;z");
        List<Path> parts = CsvParts.split(file, dir.resolve("parts"), 2);
        assertThat(parts).hasSize(2);
        assertThat(Files.readString(parts.get(0))).isEqualTo("id;name\r\nA;x\r\nB;y\r\n");
        assertThat(Files.readString(parts.get(1))).isEqualTo("id;name\r\nC;z\n");
    }

    @Test
    void aQuotedLineBreakStaysInsideItsRecord() throws Exception {
        Path file = Files.writeString(dir.resolve("f.csv"),
                "id,name\nA,\"two\nlines, and \"\"quotes\"\"\"\nB,plain\n");
        List<Path> parts = CsvParts.split(file, dir.resolve("parts"), 1);
        assertThat(parts).hasSize(2);
        assertThat(Files.readString(parts.get(0))).isEqualTo("id,name\nA,\"two\nlines, and \"\"quotes\"\"\"\n");
        assertThat(Files.readString(parts.get(1))).isEqualTo("id,name\nB,plain\n");
    }

    @Test
    void aFileWithOnlyAHeaderIsItsOwnPart() throws Exception {
        Path file = Files.writeString(dir.resolve("f.csv"), "id,name\n");
        assertThat(CsvParts.split(file, dir.resolve("parts"), 5)).containsExactly(file);
    }
}
