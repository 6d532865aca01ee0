package nl.ketenlens.ingest;

import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OshFormatTests {
    private static final String HEADER = "os_id,contribution_date,name,address,country_code,country_name,lat,lng,"
            + "sector,contributor (list),number_of_workers,parent_company,facility_type,processing_type,is_closed\n";

    private static ParsedFile parse(String text, ImportOptions options) {
        return ImportParsing.parse(ImportKind.OSH, text.getBytes(StandardCharsets.UTF_8), TestRefs.lookup(), options);
    }

    @Test
    void facilitiesAreKeyedByOsIdAndLinkedFromTheBuyer() {
        ParsedFile f = parse(HEADER
                + "BD2019123ABC,2023-01-01,Dhaka Knit Ltd,\"Road 1, Gazipur\",BD,Bangladesh,23.9,90.4,Apparel|Cotton,"
                + "\"Brand A|Brand B\",1001-5000,,Final Product Assembly,Knitting,False\n",
                ImportOptions.defaults().withBuyer("C1"));
        assertThat(f.rowErrors()).isEmpty();
        assertThat(f.warnings()).isEmpty();
        assertThat(f.rows().get(0).facility).isEqualTo(new FacilityRow("BD2019123ABC", "Dhaka Knit Ltd", "factory", "BD",
                null, List.of("cotton"), "BD2019123ABC", null, false));
        assertThat(f.rows().get(0).link).isEqualTo(new LinkRow("C1", "BD2019123ABC", "cotton", null, false));
    }

    @Test
    void countryNameIsUsedWhenTheCodeIsMissing() {
        ParsedFile f = parse(HEADER + "CN1,,Mill,,,China,,,Textiles,,,,Spinning Mill,,\n", ImportOptions.defaults());
        assertThat(f.rows().get(0).facility.country()).isEqualTo("CN");
        assertThat(f.rows().get(0).facility.type()).isEqualTo("mill");
        assertThat(f.rows().get(0).link).isNull();
    }

    @Test
    void buyerLinkNeedsACommodity() {
        ParsedFile f = parse(HEADER + "CN1,,Toy Factory,,CN,China,,,Toys,,,,,,\n", ImportOptions.defaults().withBuyer("C1"));
        assertThat(f.rowErrors()).extracting(e -> e.render("osh.csv"))
                .containsExactly("osh.csv:2: sector: no commodity for the link from buyer C1: sector 'Toys' names no known commodity");
    }

    @Test
    void facilityTypesMapByKeyword() {
        assertThat(OshFormat.facilityType("Raw Material Processing or Production")).isEqualTo("processor");
        assertThat(OshFormat.facilityType("Trading")).isEqualTo("trader");
        assertThat(OshFormat.facilityType("Cut & Sew, Trimming")).isEqualTo("factory");
        assertThat(OshFormat.facilityType(null)).isEqualTo("factory");
    }
}
