package nl.ketenlens.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportReportTests {
    private static final ImportReport REFUSED = ImportReport.refused("links", "links.csv", 2, 1, List.of(),
            List.of(new ImportError(3, "share", "'1.5' is outside [0,1]")));

    @Test
    void jsonHasExactlyTheDocumentedKeysInOrder() throws Exception {
        assertThat(new ObjectMapper().writeValueAsString(REFUSED)).isEqualTo(
                "{\"kind\":\"links\",\"file\":\"links.csv\",\"read\":2,\"created\":0,\"updated\":0,\"unchanged\":0,"
                        + "\"rejected\":1,\"warnings\":[],\"errors\":[{\"line\":3,\"field\":\"share\",\"message\":\"'1.5' is outside [0,1]\"}]}");
    }

    @Test
    void errorLinesAreFileLineFieldMessage() {
        assertThat(REFUSED.errorLines()).containsExactly("links.csv:3: share: '1.5' is outside [0,1]");
    }

    @Test
    void tableSummarySaysNothingWasWritten() {
        StringWriter out = new StringWriter();
        ImportReportText.table(REFUSED, new PrintWriter(out));
        assertThat(out.toString().lines()).containsExactly(
                "Refused links file links.csv",
                "  read 2, created 0, updated 0, unchanged 0, rejected 1, warnings 0",
                "  error: links.csv:3: share: '1.5' is outside [0,1]",
                "  Nothing was written. Fix the errors, or use --skip-invalid to import the valid rows.");
    }

    @Test
    void kindsParseCaseInsensitively() {
        assertThat(ImportKind.parse(" CMRT ")).contains(ImportKind.CMRT);
        assertThat(ImportKind.parse("suppliers")).isEmpty();
        assertThat(ImportKind.ids()).isEqualTo("companies, facilities, links, risks, osh, cmrt, emrt, financing");
    }
}
