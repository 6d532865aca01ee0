package nl.ketenlens.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RendererTests {

    record Row(String id, int count) {
    }

    private static final Table TABLE = new Table("Title", List.of("id", "note"),
            List.of(List.of("A", "plain"), Arrays.asList("B", null), List.of("C", "a, \"quoted\" note")),
            List.of("one note"));

    @Test
    void tableRendersAlignedTextWithTitleAndNotes() throws Exception {
        assertThat(render(TableRenderer.of(Format.TABLE, t -> TABLE), TABLE).lines()).containsExactly(
                "Title", "", "id  note", "--  ----------------", "A   plain", "B", "C   a, \"quoted\" note", "",
                "one note");
    }

    @Test
    void tableRendersRfc4180CsvWithoutTitleOrNotes() throws Exception {
        assertThat(render(TableRenderer.of(Format.CSV, t -> TABLE), TABLE).lines()).containsExactly(
                "id,note", "A,plain", "B,", "C,\"a, \"\"quoted\"\" note\"");
    }

    @Test
    void aTableIsNoPdf() {
        assertThatThrownBy(() -> TableRenderer.of(Format.PDF, t -> TABLE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PDF");
    }

    @Test
    void jsonIsPrettyOrCompactAndEndsTheLine() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(render(JsonRenderer.compact(mapper), new Row("X", 2)))
                .isEqualTo("{\"id\":\"X\",\"count\":2}" + System.lineSeparator());
        assertThat(render(JsonRenderer.pretty(mapper), new Row("X", 2)))
                .contains("\"id\" : \"X\"").endsWith("}" + System.lineSeparator());
    }

    @Test
    void renderersLeaveTheStreamOpen() throws Exception {
        ClosingCheck out = new ClosingCheck();
        JsonRenderer.compact(new ObjectMapper()).render(new Row("X", 2), out);
        TableRenderer.of(Format.CSV, (Table t) -> t).render(TABLE, out);
        assertThat(out.closed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("{\"id\":\"X\"").contains("id,note");
    }

    private static <T> String render(Renderer<T> renderer, T value) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(value, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final class ClosingCheck extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
