package nl.ketenlens.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTests {

    private static CsvTable read(String text) throws CsvFormatException {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsCommaSeparatedFile() throws Exception {
        CsvTable t = read("a,b\n1,2\n3,4\n");
        assertThat(t.delimiter()).isEqualTo(',');
        assertThat(t.header()).containsExactly("a", "b");
        assertThat(t.records()).extracting(CsvTable.CsvRecord::fields).containsExactly(List.of("1", "2"), List.of("3", "4"));
        assertThat(t.records()).extracting(CsvTable.CsvRecord::line).containsExactly(2, 3);
    }

    @Test
    void detectsSemicolonFromHeaderAndKeepsDecimalCommas() throws Exception {
        CsvTable t = read("a;b;c\r\nx;0,5;\"p;q\"\r\n");
        assertThat(t.delimiter()).isEqualTo(';');
        assertThat(t.records().get(0).fields()).containsExactly("x", "0,5", "p;q");
    }

    @Test
    void stripsUtf8Bom() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "naam,land\nÉén,NL\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        CsvTable t = CsvReader.read(all);
        assertThat(t.header()).containsExactly("naam", "land");
        assertThat(t.records().get(0).fields()).containsExactly("Één", "NL");
    }

    @Test
    void quotedFieldsMayHoldNewlinesAndEscapedQuotes() throws Exception {
        CsvTable t = read("id,note\n1,\"two\nlines, \"\"quoted\"\"\"\n2,plain\n");
        assertThat(t.records().get(0).fields()).containsExactly("1", "two\nlines, \"quoted\"");
        // the record after a two-line record starts on physical line 4
        assertThat(t.records().get(1).line()).isEqualTo(4);
    }

    @Test
    void blankLinesAndDelimiterOnlyLinesAreDropped() throws Exception {
        CsvTable t = read("a;b\n1;2\n\n;;\n3;4");
        assertThat(t.records()).extracting(CsvTable.CsvRecord::line).containsExactly(2, 5);
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> read("  \n")).isInstanceOf(CsvFormatException.class)
                .satisfies(e -> assertThat(((CsvFormatException) e).line()).isEqualTo(1))
                .hasMessageStartingWith("empty file");
    }

    @Test
    void binaryFileIsRefused() {
        byte[] bytes = {'a', ',', 'b', '\n', 0, 1, 2};
        assertThatThrownBy(() -> CsvReader.read(bytes)).isInstanceOf(CsvFormatException.class)
                .hasMessage("binary file (NUL byte at offset 4): expected UTF-8 text")
                .satisfies(e -> assertThat(((CsvFormatException) e).line()).isEqualTo(2));
    }

    @Test
    void workbookIsRefusedWithAHint() {
        byte[] bytes = {'P', 'K', 3, 4, 20};
        assertThatThrownBy(() -> CsvReader.read(bytes)).hasMessageContaining("xlsx");
    }

    @Test
    void latin1FileIsRefusedNamingTheLine() {
        byte[] bytes = "a,b\n1,2\nCaf\u00e9,3\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvReader.read(bytes)).isInstanceOf(CsvFormatException.class)
                .satisfies(e -> {
                    assertThat(((CsvFormatException) e).line()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("not UTF-8: invalid byte 0xE9 at offset 11");
                });
    }

    @Test
    void lineOverOneMegabyteIsRefused() {
        String text = "a,b\n1,2\n" + "x".repeat(CsvReader.MAX_LINE_CHARS + 1) + ",3\n";
        assertThatThrownBy(() -> read(text)).isInstanceOf(CsvFormatException.class)
                .satisfies(e -> assertThat(((CsvFormatException) e).line()).isEqualTo(3))
                .hasMessageContaining("longer than 1 MB");
    }

    @Test
    void unterminatedQuoteIsRefused() {
        assertThatThrownBy(() -> read("a,b\n1,\"open\n2,3\n")).hasMessageContaining("unterminated quoted field")
                .satisfies(e -> assertThat(((CsvFormatException) e).line()).isEqualTo(2));
    }

    @Test
    void decodedTextReadsLikeBytesAndDropsTheBom() throws Exception {
        CsvTable t = CsvReader.read("\uFEFFsection,name\r\nI,animals\r\n\r\nII,plants\r\n");
        assertThat(t.header()).containsExactly("section", "name");
        assertThat(t.records()).extracting(CsvTable.CsvRecord::line).containsExactly(2, 4);
    }
}
