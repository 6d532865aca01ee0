package nl.ketenlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The optional columns of ADR 0017 (volumes, throughput, certifications) and the financing format, line-exact. */
class CarriedColumnsTests {
    private static final String LINKS = "buyer_id,supplier_id,commodity,share,annual_volume,volume_unit\n";
    private static final String FACILITIES = "facility_id,name,type,country,annual_throughput,throughput_unit,certifications\n";

    private static ParsedFile parse(ImportKind kind, String text) {
        return ImportParsing.parse(kind, text.getBytes(StandardCharsets.UTF_8), TestRefs.lookup(), ImportOptions.defaults());
    }

    private static List<String> errors(ImportKind kind, String text) {
        ParsedFile f = parse(kind, text);
        return Stream.concat(f.fileErrors().stream(), f.rowErrors().stream()).map(e -> e.render("in.csv")).toList();
    }

    @Test
    void volumeAndUnitAreParsedWithCanonicalUnit() {
        ParsedFile f = parse(ImportKind.LINKS, LINKS + "C1,F1,gold,0.5,\"12,5\",T\nC1,F2,gold,,300,eur\nC1,F3,gold,,,\n");
        assertThat(f.rowErrors()).isEmpty();
        assertThat(f.rows().get(0).volume).isEqualTo(new Carried.Volume(12.5, "t"));
        assertThat(f.rows().get(1).volume).isEqualTo(new Carried.Volume(300.0, "EUR"));
        assertThat(f.rows().get(2).volume).isEqualTo(new Carried.Volume(null, null));
    }

    @Test
    void aLinksFileWithoutVolumeColumnsDescribesNoVolume() {
        ParsedFile f = parse(ImportKind.LINKS, "buyer_id,supplier_id,commodity\nC1,F1,gold\n");
        assertThat(f.rowErrors()).isEmpty();
        assertThat(f.rows().get(0).volume).isNull();
    }

    @Test
    void badUnitsNegativeAndUnpairedVolumesNameLineAndField() {
        assertThat(errors(ImportKind.LINKS, LINKS
                + "C1,F1,gold,,-5,kg\n"
                + "C1,F2,gold,,5,lbs\n"
                + "C1,F3,gold,,5,\n"
                + "F1,F2,gold,,,t\n"
                + "F1,F3,gold,,lots,kg\n"
                + "F2,F3,gold,,Infinity,kg\n")).containsExactly(
                "in.csv:2: annual_volume: '-5' is negative: an annual volume is 0 or more",
                "in.csv:3: volume_unit: 'lbs' is not a unit Ketenlens knows: use kg, t (tonnes) or EUR",
                "in.csv:4: volume_unit: missing value: a volume needs its unit (kg, t or EUR)",
                "in.csv:5: annual_volume: missing value: volume_unit is given without a volume",
                "in.csv:6: annual_volume: 'lots' is not a number",
                "in.csv:7: annual_volume: 'Infinity' is not a finite number");
    }

    @Test
    void facilityThroughputAndCertifications() {
        ParsedFile f = parse(ImportKind.FACILITIES, FACILITIES
                + "F9,Smelter,smelter,CN,100,t,\"RMAP conformant;RJC\"\n"
                + "F8,Mill,mill,CN,,,Acme Gold Seal\n");
        assertThat(f.rowErrors()).isEmpty();
        assertThat(f.rows().get(0).facts).isEqualTo(new Carried.FacilityFacts(100.0, "t",
                List.of("RMAP conformant", "RJC"), true, true));
        assertThat(f.warnings()).anySatisfy(w -> assertThat(w).startsWith("3: certifications: 'Acme Gold Seal' is not a "
                + "scheme Ketenlens knows"));
    }

    @Test
    void negativeThroughputAndBadUnit() {
        assertThat(errors(ImportKind.FACILITIES, FACILITIES + "F9,Smelter,smelter,CN,-1,t,\nF8,Mill,mill,CN,10,m3,\n"))
                .containsExactly("in.csv:2: annual_throughput: '-1' is negative: an annual throughput is 0 or more",
                        "in.csv:3: throughput_unit: 'm3' is not a unit Ketenlens knows: use kg, t (tonnes) or EUR");
    }

    @Test
    void companyToCompanyLinkIsSetApartAndFacilityToCompanyIsRefused() {
        ParsedFile f = parse(ImportKind.LINKS, LINKS + "C1,C2,gold,1,5,t\nF1,C2,gold,,,\n");
        assertThat(f.rows().get(0).link).isNull();
        assertThat(f.rows().get(0).companyLink.supplierId()).isEqualTo("C2");
        assertThat(f.rows().get(0).errors).isEmpty();
        assertThat(f.rows().get(1).errors).singleElement().asString().contains("only a company may buy from a company");
    }

    @Test
    void companyCycleIsAWarning() {
        ParsedFile f = parse(ImportKind.LINKS, LINKS + "C1,C2,gold,,,\nC2,C1,gold,,,\n");
        assertThat(f.rowErrors()).isEmpty();
        assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("supply cycle among 2").contains("C1, C2"));
    }

    @Test
    void financingRows() {
        assertThat(errors(ImportKind.FINANCING, "financier_id,company_id,amount\nC1,C2,2500000\nC1,C1,\nC1,C9,-3\n"
                + "C1,C2,\n")).containsExactly(
                "in.csv:3: company_id: self-link: 'C1' cannot finance itself",
                "in.csv:4: amount: '-3' is negative: an amount is 0 or more",
                "in.csv:4: company_id: unknown company 'C9'",
                "in.csv:5: company_id: duplicate financing link 'C1/C2' (first on line 2)");
        ParsedFile f = parse(ImportKind.FINANCING, "financier_id,company_id,amount\nC1,C2,\"2500000,50\"\n");
        assertThat(f.rows().get(0).financing).isEqualTo(new Carried.Financing("C1", "C2", 2500000.5, false));
    }
}
