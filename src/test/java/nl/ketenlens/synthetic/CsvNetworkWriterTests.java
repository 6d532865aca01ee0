package nl.ketenlens.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.SupplyNetwork;

class CsvNetworkWriterTests {
    private static final List<String> FILES = List.of("companies.csv", "facilities.csv", "links.csv", "financing.csv");

    @TempDir
    Path dir;

    @Test
    void writtenFilesParseBackToTheInMemoryNetwork() throws IOException {
        SyntheticNetworkGenerator generator = new SyntheticNetworkGenerator(11);
        generator.write(120, dir);
        SupplyNetwork expected = generator.generate(120);

        assertThat(read(dir.resolve("companies.csv"), CsvNetworkWriter.COMPANY_HEADER, r -> new CompanyRow(r.get(0),
            r.get(1), r.get(2), r.get(3), empty(r.get(4)), list(r.get(5)), r.get(6), Boolean.parseBoolean(r.get(7)))))
            .isEqualTo(expected.companies());
        assertThat(read(dir.resolve("facilities.csv"), CsvNetworkWriter.FACILITY_HEADER, r -> new FacilityRow(r.get(0),
            r.get(1), r.get(2), r.get(3), empty(r.get(4)), list(r.get(5)), empty(r.get(6)), empty(r.get(7)), Boolean.parseBoolean(r.get(8)))))
            .isEqualTo(expected.facilities());
        assertThat(read(dir.resolve("links.csv"), CsvNetworkWriter.LINK_HEADER, r -> new LinkRow(r.get(0), r.get(1),
            r.get(2), r.get(3).isEmpty() ? null : Double.valueOf(r.get(3)), Boolean.parseBoolean(r.get(4)))))
            .isEqualTo(expected.links());
        assertThat(read(dir.resolve("financing.csv"), CsvNetworkWriter.FINANCING_HEADER,
            r -> new FinancingRow(r.get(0), r.get(1), Boolean.parseBoolean(r.get(2)))))
            .isEqualTo(expected.financing());
    }

    @Test
    void sameSeedAndSizeWriteByteIdenticalFiles() throws IOException {
        new SyntheticNetworkGenerator(3).write(150, dir.resolve("a"));
        new SyntheticNetworkGenerator(3).write(150, dir.resolve("b"));
        new SyntheticNetworkGenerator(4).write(150, dir.resolve("c"));
        for (String file : FILES) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file))).as(file).isEqualTo(-1);
        }
        assertThat(Files.mismatch(dir.resolve("a/links.csv"), dir.resolve("c/links.csv"))).isNotEqualTo(-1);
    }

    @Test
    void writingAnInMemoryNetworkGivesTheSameBytesAsStreaming() throws IOException {
        new SyntheticNetworkGenerator(5).write(80, dir.resolve("streamed"));
        CsvNetworkWriter.write(new SyntheticNetworkGenerator(5).generate(80), dir.resolve("collected"));
        for (String file : FILES) {
            assertThat(Files.mismatch(dir.resolve("streamed").resolve(file), dir.resolve("collected").resolve(file)))
                .as(file).isEqualTo(-1);
        }
    }

    @Test
    void fieldsAreQuotedOnlyWhenRfc4180RequiresIt() {
        assertThat(CsvNetworkWriter.quote("Hua Xin Garments Co., Ltd.")).isEqualTo("\"Hua Xin Garments Co., Ltd.\"");
        assertThat(CsvNetworkWriter.quote("the \"best\" mill")).isEqualTo("\"the \"\"best\"\" mill\"");
        assertThat(CsvNetworkWriter.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvNetworkWriter.quote("Öztürk Ege Fabrics A.Ş.")).isEqualTo("Öztürk Ege Fabrics A.Ş.");
        assertThat(CsvNetworkWriter.quote(null)).isEmpty();
    }

    @Test
    void handWrittenRowsComeOutInTheDocumentedLayout() throws IOException {
        SupplyNetwork network = new SupplyNetwork(
            List.of(new CompanyRow("SYN-C-00001", "Van Dalen Mode B.V.", "textile", "sme", null,
                List.of("textile", "food"), "company", true)),
            List.of(new FacilityRow("SYN-F-000001", "Hua Xin Garments Co., Ltd.", "factory", "CN", null,
                List.of("garments", "textiles"), null, "CID900001", true)),
            List.of(new LinkRow("SYN-C-00001", "SYN-F-000001", "garments", 0.25, true),
                new LinkRow("SYN-C-00001", "SYN-F-000001", "textiles", null, true)),
            List.of(new FinancingRow("SYN-FI-001", "SYN-C-00001", true)));
        CsvNetworkWriter.write(network, dir);
        assertThat(Files.readString(dir.resolve("companies.csv"))).isEqualTo(
            "company_id,name,sector,size,kvk,covenants,kind,synthetic\n"
                + "SYN-C-00001,Van Dalen Mode B.V.,textile,sme,,textile|food,company,true\n");
        assertThat(Files.readString(dir.resolve("facilities.csv"))).isEqualTo(
            "facility_id,name,type,country,region,commodities,os_id,rmi_cid,synthetic\n"
                + "SYN-F-000001,\"Hua Xin Garments Co., Ltd.\",factory,CN,,garments|textiles,,CID900001,true\n");
        assertThat(Files.readString(dir.resolve("links.csv"))).isEqualTo("buyer_id,supplier_id,commodity,share,synthetic\n"
            + "SYN-C-00001,SYN-F-000001,garments,0.25,true\nSYN-C-00001,SYN-F-000001,textiles,,true\n");
        assertThat(Files.readString(dir.resolve("financing.csv")))
            .isEqualTo("institution_id,company_id,synthetic\nSYN-FI-001,SYN-C-00001,true\n");
    }

    private static String empty(String field) {
        return field.isEmpty() ? null : field;
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }

    private static <T> List<T> read(Path file, String header, Function<List<String>, T> row) throws IOException {
        List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(String.join(",", records.get(0))).isEqualTo(header);
        return records.subList(1, records.size()).stream().map(row).toList();
    }

    /** A minimal RFC 4180 reader: quoted fields, doubled quotes, delimiters and line breaks inside quotes. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        return records;
    }
}
