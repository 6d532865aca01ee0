package nl.ketenlens.ingest;

import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RmiTemplateReaderTests {
    private static final ImportOptions SUPPLIER = ImportOptions.defaults().withSupplier("F1");

    private static ParsedFile parse(ImportKind kind, byte[] xlsx, ImportOptions options) {
        return ImportParsing.parse(kind, xlsx, TestRefs.lookup(), options);
    }

    @Test
    void smeltersBecomeFacilitiesKeyedByCidLinkedFromTheSupplier() {
        byte[] xlsx = RmiWorkbooks.cmrt("Acme Components BV",
                new String[]{"CID001", "Gold", "Acme Refining", "", "CHINA", "CID001"},
                new String[]{"CID002", "Tin", "PT Timah Tbk", "", "INDONESIA", "CID002"});
        ParsedFile f = parse(ImportKind.CMRT, xlsx, SUPPLIER);
        assertThat(f.fileErrors()).isEmpty();
        assertThat(f.rowErrors()).isEmpty();
        assertThat(f.rows()).extracting(r -> r.line).containsExactly(5, 6);
        assertThat(f.rows().get(1).facility).isEqualTo(
                new FacilityRow("CID002", "PT Timah Tbk", "smelter", "ID", null, List.of("tin"), null, "CID002", false));
        assertThat(f.rows().get(0).link).isEqualTo(new LinkRow("F1", "CID001", "gold", null, false));
        assertThat(f.warnings()).first().asString().contains("declaring company 'Acme Components BV'");
    }

    @Test
    void typedNameIsUsedWhenTheSmelterIsNotListedAndRowsWithoutCidAreSkipped() {
        byte[] xlsx = RmiWorkbooks.cmrt("Acme",
                new String[]{"", "Tantalum", "Smelter not listed", "Small Ta Works", "Korea, Republic of", "CID777"},
                new String[]{"", "Tungsten", "Smelter not yet identified", "Mystery", "China", ""});
        ParsedFile f = parse(ImportKind.CMRT, xlsx, SUPPLIER);
        assertThat(f.rows()).hasSize(1);
        assertThat(f.rows().get(0).facility.name()).isEqualTo("Small Ta Works");
        assertThat(f.rows().get(0).facility.country()).isEqualTo("KR");
        assertThat(f.warnings()).anyMatch(w -> w.startsWith("6: Smelter Identification: no CID for 'Mystery'"));
    }

    @Test
    void oneCidForTwoMetalsIsOneSmelterHandlingBoth() {
        byte[] xlsx = RmiWorkbooks.cmrt("Acme",
                new String[]{"", "Tin", "Twin Metals", "", "China", "CID010"},
                new String[]{"", "Tungsten", "Twin Metals", "", "China", "CID010"});
        ParsedFile f = parse(ImportKind.CMRT, xlsx, SUPPLIER);
        assertThat(f.rows().get(0).facility.commodities()).containsExactly("tin", "tungsten");
        assertThat(f.rows().get(1).facility).isNull();
        assertThat(f.rows()).extracting(r -> r.link.commodity()).containsExactly("tin", "tungsten");
    }

    @Test
    void emrtMetalsAreCobaltAndMica() {
        byte[] xlsx = RmiWorkbooks.cmrt("Acme",
                new String[]{"", "Cobalt", "Congo Cobalt Refinery", "", "China", "CID100"},
                new String[]{"", "Mica", "Mica Processor", "", "China", "CID200"});
        ParsedFile f = parse(ImportKind.EMRT, xlsx, SUPPLIER);
        assertThat(f.rows()).extracting(r -> r.link.commodity()).containsExactly("cobalt", "mica");
    }

    @Test
    void unknownMetalAndCountryNameRowAndColumn() {
        byte[] xlsx = RmiWorkbooks.cmrt("Acme", new String[]{"", "Lead", "X", "", "Atlantis", "CID5"});
        assertThat(parse(ImportKind.CMRT, xlsx, SUPPLIER).rowErrors()).extracting(e -> e.render("t.xlsx")).containsExactly(
                "t.xlsx:5: metal: unknown commodity 'Lead' (use a commodity code, an HS code or the English name)",
                "t.xlsx:5: smelter country: unknown country 'Atlantis' (use ISO 3166-1 alpha-2, alpha-3 or the English name)");
    }

    @Test
    void supplierOptionIsRequired() {
        byte[] xlsx = RmiWorkbooks.cmrt("Acme", new String[]{"", "Gold", "X", "", "China", "CID1"});
        assertThat(parse(ImportKind.CMRT, xlsx, ImportOptions.defaults()).fileErrors())
                .singleElement().extracting(ImportError::field).isEqualTo("--supplier");
    }

    @Test
    void csvGivenAsWorkbookIsRefused() {
        assertThat(parse(ImportKind.CMRT, "a,b\n1,2\n".getBytes(), SUPPLIER).fileErrors())
                .singleElement().extracting(ImportError::message).asString().startsWith("not a readable .xlsx workbook");
    }
}
