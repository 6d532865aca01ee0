package nl.ketenlens.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10 item 9: names come from uploads, so a CSV we write must not carry live spreadsheet formulas. */
class CsvInjectionTests {

    @Test
    void formulaCellsGetALeadingQuote() {
        assertThat(Table.csvLine(List.of("=HYPERLINK(\"http://x\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3",
                "@SUM(A1)", "\tTab", "\rCR")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",'+1+cmd|' /C calc'!A0,'-2+3,'@SUM(A1),'\tTab,"
                        + "\"'\rCR\"");
    }

    @Test
    void numbersAndPlainTextStayAsTheyAre() {
        assertThat(Table.csvLine(List.of("-0.5", "+3", "1e-3", "Mill A", "", "a=b"))).isEqualTo("-0.5,+3,1e-3,Mill A,,a=b");
    }
}
