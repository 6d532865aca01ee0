package nl.ketenlens.ingest;

import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One failing input per validation rule; each asserts the rendered error names line and field. */
class ValidationTests {
    private static final String FACILITIES = "facility_id,name,type,country,region,commodities,os_id,rmi_cid\n";
    private static final String LINKS = "buyer_id,supplier_id,commodity,share,synthetic\n";
    private static final String COMPANIES = "company_id,name,sector,size,kvk,covenants\n";
    private static final String RISKS = "country,region,commodity,theme,scale,scope,irremediability,likelihood,"
            + "source_publisher,source_title,source_edition,source_year,source_url\n";

    private static ParsedFile parse(ImportKind kind, String text) {
        return parse(kind, text, ImportOptions.defaults());
    }

    private static ParsedFile parse(ImportKind kind, String text, ImportOptions options) {
        return ImportParsing.parse(kind, text.getBytes(StandardCharsets.UTF_8), TestRefs.lookup(), options);
    }

    private static List<String> errors(ImportKind kind, String text) {
        ParsedFile f = parse(kind, text);
        return java.util.stream.Stream.concat(f.fileErrors().stream(), f.rowErrors().stream())
                .map(e -> e.render("in.csv")).toList();
    }

    @Test
    void validFacilityRowBecomesAFacilityRecord() {
        ParsedFile f = parse(ImportKind.FACILITIES, FACILITIES
                + "F9,Kumasi Cocoa Co-op,cooperative,Ghana,GH-AH,Cocoa beans|7108,OS1,\n");
        assertThat(f.rowErrors()).isEmpty();
        assertThat(f.rows().get(0).facility).isEqualTo(new FacilityRow("F9", "Kumasi Cocoa Co-op", "cooperative", "GH",
                "GH-AH", List.of("cocoa", "gold"), "OS1", null, false));
    }

    @Test
    void missingRequiredColumn() {
        assertThat(errors(ImportKind.LINKS, "buyer_id,commodity\nC1,gold\n"))
                .singleElement().asString().startsWith("in.csv:1: supplier_id: missing required column");
    }

    @Test
    void missingRequiredValue() {
        assertThat(errors(ImportKind.FACILITIES, FACILITIES + "F9,,factory,NL,,,,\n"))
                .containsExactly("in.csv:2: name: missing value");
    }

    @Test
    void unknownCountry() {
        assertThat(errors(ImportKind.FACILITIES, FACILITIES + "F9,X,factory,Atlantis,,,,\n"))
                .singleElement().asString().startsWith("in.csv:2: country: unknown country 'Atlantis'");
    }

    @Test
    void countryByAlpha3AndByName() {
        ParsedFile f = parse(ImportKind.FACILITIES, FACILITIES + "F8,X,factory,CIV,,,,\nF9,Y,factory,cote d ivoire,,,,\n");
        assertThat(f.rows()).extracting(r -> r.facility.country()).containsExactly("CI", "CI");
    }

    @Test
    void unknownRegion() {
        assertThat(errors(ImportKind.FACILITIES, FACILITIES + "F9,X,factory,GH,Ashanti,,,\n"))
                .singleElement().asString().startsWith("in.csv:2: region: unknown region 'Ashanti'");
        assertThat(errors(ImportKind.RISKS, RISKS + "GH,GH-ZZ,cocoa,child_labour,4,3,4,0.6,ILO,Report,,2023,\n"))
                .singleElement().asString().startsWith("in.csv:2: region: unknown region 'GH-ZZ'");
    }

    @Test
    void wellFormedRegionMissingFromTheTableIsKeptOnFacilitiesWithOneWarning() {
        ParsedFile f = parse(ImportKind.FACILITIES, FACILITIES + "F8,X,factory,GH,GH-ZZ,,,\nF9,Y,factory,GH,gh-zz,,,\n");
        assertThat(f.rowErrors()).isEmpty();
        assertThat(f.rows()).extracting(r -> r.facility.region()).containsExactly("GH-ZZ", "GH-ZZ");
        assertThat(f.warnings()).containsExactly("2: region: region 'GH-ZZ' is not in the region table; kept on the "
                + "facility without an IN_REGION link (2 rows, first shown)");
    }

    @Test
    void regionInAnotherCountry() {
        assertThat(errors(ImportKind.FACILITIES, FACILITIES + "F9,X,factory,GH,CI-AB,,,\n"))
                .containsExactly("in.csv:2: region: region 'CI-AB' lies in CI, not in GH");
    }

    @Test
    void unknownCommodity() {
        assertThat(errors(ImportKind.LINKS, LINKS + "C1,F1,unobtainium,,\n"))
                .singleElement().asString().startsWith("in.csv:2: commodity: unknown commodity 'unobtainium'");
    }

    @Test
    void commodityByHsCodeUsesTheLongestPrefix() {
        ParsedFile f = parse(ImportKind.LINKS, LINKS + "C1,F1,710812,,\nC1,F2,7108,,\nC1,F3,TIN,,\n");
        assertThat(f.rowErrors()).isEmpty();
        assertThat(f.rows()).extracting(r -> r.link.commodity()).containsExactly("gold", "gold", "tin");
    }

    @Test
    void ambiguousHsCodeNamesTheCandidates() {
        assertThat(errors(ImportKind.LINKS, LINKS + "C1,F1,680210,,\n"))
                .containsExactly("in.csv:2: commodity: HS code '680210' is ambiguous (granite, marble): give the commodity code");
    }

    @Test
    void hsChapterAloneIsNotACommodity() {
        assertThat(errors(ImportKind.LINKS, LINKS + "C1,F1,71,,\n")).singleElement().asString()
                .startsWith("in.csv:2: commodity: unknown commodity '71'");
    }

    @Test
    void unknownTheme() {
        assertThat(errors(ImportKind.RISKS, RISKS + "GH,,cocoa,slavery,4,3,4,0.6,ILO,Report,,2023,\n"))
                .containsExactly("in.csv:2: theme: unknown theme code 'slavery'");
    }

    @Test
    void shareOutsideUnitInterval() {
        assertThat(errors(ImportKind.LINKS, LINKS + "C1,F1,gold,1.5,\n"))
                .containsExactly("in.csv:2: share: '1.5' is outside [0,1]");
    }

    @Test
    void shareNotANumber() {
        assertThat(errors(ImportKind.LINKS, LINKS + "C1,F1,gold,half,\n"))
                .containsExactly("in.csv:2: share: 'half' is not a number");
    }

    @Test
    void shareWithDecimalCommaInSemicolonFile() {
        ParsedFile f = parse(ImportKind.LINKS, "buyer_id;supplier_id;commodity;share\nC1;F1;gold;0,25\n");
        assertThat(f.rows().get(0).link).isEqualTo(new LinkRow("C1", "F1", "gold", 0.25, false));
    }

    @Test
    void duplicateIdWithinFile() {
        assertThat(errors(ImportKind.COMPANIES, COMPANIES + "C7,A,food,sme,,\nC8,B,food,sme,,\nC7,C,food,large,,\n"))
                .containsExactly("in.csv:4: company_id: duplicate company 'C7' (first on line 2)");
    }

    @Test
    void duplicateLinkWithinFile() {
        assertThat(errors(ImportKind.LINKS, LINKS + "C1,F1,gold,,\nC1,F1,7108,,\n"))
                .containsExactly("in.csv:3: supplier_id: duplicate link (buyer, supplier, commodity) 'C1/F1/gold' (first on line 2)");
    }

    @Test
    void twoFacilitiesWithTheSameExternalId() {
        assertThat(errors(ImportKind.FACILITIES, FACILITIES + "F8,A,factory,NL,,,OS1,\nF9,B,factory,NL,,,OS1,\n"))
                .singleElement().asString().startsWith("in.csv:3: os_id: OS ID 'OS1' also given to facility 'F8' on line 2");
    }

    @Test
    void linkToUnknownIds() {
        assertThat(errors(ImportKind.LINKS, LINKS + "C9,F1,gold,,\nC1,F9,gold,,\nF1,C2,gold,,\nC1,C2,gold,,\n")).containsExactly(
                "in.csv:2: buyer_id: unknown company or facility 'C9'",
                "in.csv:3: supplier_id: unknown company or facility 'F9'",
                "in.csv:4: supplier_id: 'C2' is a company; only a company may buy from a company (a facility's suppliers are facilities)");
    }

    @Test
    void selfLink() {
        assertThat(errors(ImportKind.LINKS, LINKS + "F1,F1,gold,,\n"))
                .containsExactly("in.csv:2: supplier_id: self-link: 'F1' cannot buy from itself");
    }

    @Test
    void cycleIsAWarningNotAnError() {
        ParsedFile f = parse(ImportKind.LINKS, LINKS + "F1,F2,gold,,\nF2,F3,gold,,\nF3,F1,gold,,\nC1,F1,gold,,\n");
        assertThat(f.rowErrors()).isEmpty();
        assertThat(f.warnings()).singleElement().asString().contains("supply cycle among 3 facilities (F1, F2, F3)");
    }

    @Test
    void wrongTypes() {
        assertThat(errors(ImportKind.RISKS, RISKS + "GH,,cocoa,child_labour,high,6,0,1.5,ILO,Report,,twenty,\n"))
                .containsExactly("in.csv:2: scale: 'high' is not a whole number",
                        "in.csv:2: scope: '6' is outside 1..5",
                        "in.csv:2: irremediability: '0' is outside 1..5",
                        "in.csv:2: likelihood: '1.5' is outside [0,1]",
                        "in.csv:2: source_year: 'twenty' is not a whole number");
        assertThat(errors(ImportKind.LINKS, LINKS + "C1,F1,gold,,maybe\n"))
                .containsExactly("in.csv:2: synthetic: 'maybe' is not true or false");
    }

    @Test
    void riskSourceFieldsAreRequired() {
        assertThat(errors(ImportKind.RISKS, RISKS + "GH,,,child_labour,4,3,4,0.5,,,,,\n"))
                .containsExactly("in.csv:2: source_publisher: missing value", "in.csv:2: source_title: missing value",
                        "in.csv:2: source_year: missing value");
    }

    @Test
    void kvkMustBeEightDigits() {
        assertThat(errors(ImportKind.COMPANIES, COMPANIES + "C7,A,food,sme,1234567,\n"))
                .containsExactly("in.csv:2: kvk: '1234567' is not a KvK number (8 digits)");
    }

    @Test
    void sizeMustBeSmeOrLarge() {
        assertThat(errors(ImportKind.COMPANIES, COMPANIES + "C7,A,food,huge,,\n"))
                .containsExactly("in.csv:2: size: 'huge' is not one of sme, large");
    }

    @Test
    void covenantsQuotedInSemicolonFile() {
        ParsedFile f = parse(ImportKind.COMPANIES,
                "company_id;name;sector;size;kvk;covenants\nC7;Goud BV;metal;sme;12345678;\"gold;textile\"\nC8;Stof BV;textile;large;;textile|gold\n");
        assertThat(f.rowErrors()).isEmpty();
        assertThat(f.rows()).extracting(r -> r.company).containsExactly(
                new CompanyRow("C7", "Goud BV", "metal", "sme", "12345678", List.of("gold", "textile"), "company", false),
                new CompanyRow("C8", "Stof BV", "textile", "large", null, List.of("textile", "gold"), "company", false));
    }

    @Test
    void unquotedSemicolonListGivesTooManyFieldsWithAHint() {
        assertThat(errors(ImportKind.COMPANIES, "company_id;name;sector;size;kvk;covenants\nC7;A;metal;sme;;gold;textile\n"))
                .singleElement().asString()
                .startsWith("in.csv:2: row: too many fields: 7, the header has 6 (the file is ';'-delimited");
    }

    @Test
    void tooFewFields() {
        assertThat(errors(ImportKind.LINKS, LINKS + "C1,F1\n"))
                .containsExactly("in.csv:2: row: too few fields: 2, the header has 5");
    }

    @Test
    void headerOnly() {
        assertThat(errors(ImportKind.LINKS, LINKS)).containsExactly("in.csv:1: file: header only: the file has no data rows");
    }

    @Test
    void emptyFile() {
        assertThat(errors(ImportKind.LINKS, "")).containsExactly("in.csv:1: file: empty file: expected a header row");
    }

    @Test
    void unknownSectorAndExtraColumnAreWarnings() {
        ParsedFile f = parse(ImportKind.COMPANIES, "company_id,name,sector,size,remark\nC7,A,toys,sme,hello\n");
        assertThat(f.rowErrors()).isEmpty();
        assertThat(f.warnings()).containsExactly("1: remark: unknown column ignored",
                "2: sector: unknown sector code 'toys', no IN_SECTOR link");
    }

    @Test
    void everyErrorInARowIsReported() {
        assertThat(errors(ImportKind.FACILITIES, FACILITIES + "F9,,factory,Atlantis,,gold|lead,,\n")).hasSize(3);
    }
}
