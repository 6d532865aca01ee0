package nl.ketenlens.seed.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<CsvRow> rows = Csv.parse("t.csv", "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("a")).isEqualTo("x, y");
        assertThat(rows.get(0).get("b")).isEqualTo("say \"hi\"");
        assertThat(rows.get(1).get("a")).isEqualTo("two\nlines");
        assertThat(rows.get(1).get("b")).isEqualTo("z");
    }

    @Test
    void rowsKnowTheLineTheyStartOnAcrossMultiLineFields() {
        List<CsvRow> rows = Csv.parse("t.csv", "a,b\n1,\"x\ny\"\n2,z\n");

        assertThat(rows).extracting(CsvRow::line).containsExactly(2, 4);
    }

    @Test
    void byteOrderMarkAndCrLfAreHandled() {
        List<CsvRow> rows = Csv.parse("t.csv", "\uFEFFsection,name\r\nI,animals\r\n\r\nII,plants\r\n");

        assertThat(rows).extracting(r -> r.get("section")).containsExactly("I", "II");
        assertThat(rows.get(1).get("name")).isEqualTo("plants");
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void emptyTrailingFieldsAreKept() {
        List<CsvRow> rows = Csv.parse("t.csv", "a,b,c\n1,,\n");

        assertThat(rows.get(0).optional("b")).isNull();
        assertThat(rows.get(0).get("c")).isEmpty();
    }

    @Test
    void raggedRowFailsWithFileAndLine() {
        assertThatThrownBy(() -> Csv.parse("t.csv", "a,b\n1,2\n3\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("t.csv:3: expected 2 fields");
    }

    @Test
    void unclosedQuoteFails() {
        assertThatThrownBy(() -> Csv.parse("t.csv", "a\n\"open\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("t.csv:2");
    }

    @Test
    void badFlagNamesColumnAndValue() {
        CsvRow row = Csv.parse("t.csv", "flag\nmaybe\n").get(0);

        assertThatThrownBy(() -> row.flag("flag"))
                .hasMessage("t.csv:2: column 'flag' must be Yes/No or true/false (value 'maybe')");
    }
}
