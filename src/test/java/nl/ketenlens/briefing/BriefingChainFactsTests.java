package nl.ketenlens.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.exposure.ExposureAnalyzer;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.graph.projection.InMemoryProjection;
import nl.ketenlens.graph.projection.ProjectionBuilder;
import nl.ketenlens.leverage.LeverageProperties;
import nl.ketenlens.leverage.LeverageReports.FacilityLeverage;
import nl.ketenlens.leverage.LeverageReports.OutputShare;
import nl.ketenlens.leverage.LeverageRequest;
import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.output.Format;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;
import org.junit.jupiter.api.Test;

/**
 * Volumes, certifications, data gaps and proxies in the briefing (issue 11 items 2, 7, 8), on a hand-built gold
 * sector run through the real leverage service, exposure analyzer and {@link BriefingBuilder}. Members C1–C5:
 * <pre>
 *   C1, C2, C3 --4 t each--> R1 (refinery, CH, 100 t a year, "RMAP conformant")      12 % from 3 companies: shown
 *   C1, C2 --5 t each--> R3 (refinery, AE, 50 t a year); C3, C4 buy there, no volume  2 companies: withheld
 *   R1, R3 --> M1 (mine, CD): conflict (CAHRA 2026, direct, current)
 *   R1 --> M2 (mine, UG): child labour (ILAB 2022 edition, proxy, observed 2005: stale)
 * </pre>
 * The gold covenant's priority themes (child labour, conflict) have no figure in CH and AE: "no data" cells.
 */
class BriefingChainFactsTests {

    static final SourceView ILAB = Sector.ILAB;
    static final SourceView CAHRA = Sector.CAHRA;

    static GraphProjection projection() {
        List<CompanyRow> companies = List.of("C1", "C2", "C3", "C4", "C5").stream()
                .map(id -> new CompanyRow(id, "Juwelier " + id, "retail", "sme", null, List.of("gold"), "company", true))
                .toList();
        List<FacilityRow> facilities = List.of(
                new FacilityRow("R1", "Zurich Precious Refining", "refinery", "CH", null, List.of("gold"), null, null, true),
                new FacilityRow("R3", "Gulf Gold Refinery", "refinery", "AE", null, List.of("gold"), null, null, true),
                new FacilityRow("M1", "Kivu Hill Mine", "mine", "CD", null, List.of("gold"), null, null, true),
                new FacilityRow("M2", "Busia Artisanal Mine", "mine", "UG", null, List.of("gold"), null, null, true));
        ProjectionBuilder b = new ProjectionBuilder(9, 12);
        companies.forEach(b::company);
        facilities.forEach(b::facility);
        for (String c : List.of("C1", "C2", "C3")) {
            b.link(new LinkRow(c, "R1", "gold", null, true));
            b.volume(c, "R1", 4, "t");
        }
        for (String c : List.of("C1", "C2", "C3", "C4")) {
            b.link(new LinkRow(c, "R3", "gold", null, true));
        }
        b.volume("C1", "R3", 5, "t");
        b.volume("C2", "R3", 5_000, "kg");
        b.link(new LinkRow("C5", "M2", "gold", null, true));
        b.link(new LinkRow("R1", "M1", "gold", 0.5, true));
        b.link(new LinkRow("R1", "M2", "gold", 0.5, true));
        b.link(new LinkRow("R3", "M1", "gold", 1.0, true));
        b.throughput("R1", 100, "t");
        b.throughput("R3", 50, "t");
        b.certifications("R1", List.of("RMAP conformant"));
        IndicatorView conflict = InMemoryProjection.indicator("cahra:CD", "conflict", "CD", null, "gold", 5, 5, 5, 0.7,
                CAHRA);
        IndicatorView childLabour = new IndicatorView("ilab:UG", "child_labour", "UG", null, "gold", 4, 4, 4, 0.3,
                0.8, 0.24, "stale observation", ILAB, true, 2005, List.of("scope"), List.of());
        return b.build(3, List.of(conflict, childLabour), Map.of(
                "gold", new CommodityInfo("gold", "Gold", null, List.of(), List.of("CD", "UG"))));
    }

    private final GraphProjection p = projection();
    private final LeverageService leverage = LeverageService.over(p, new LeverageProperties(5_000_000_000L, 42L));
    private final Briefing b = new BriefingBuilder(leverage, new ExposureAnalyzer(p), BriefingBuilder.defaults())
            .build(new BriefingRequest("gold", null, null, "nl", null)).briefing();

    private Map<String, Briefing.FacilityRow> facilities() {
        return b.leverage().facilities().stream()
                .collect(Collectors.toMap(Briefing.FacilityRow::facilityId, Function.identity()));
    }

    @Test
    void aShareOfOutputIsShownWhenThreeCompaniesGiveAVolume() {
        Briefing.Output r1 = facilities().get("R1").output();
        assertThat(r1.reason()).isEqualTo("known");
        assertThat(r1.share()).isCloseTo(0.12, within(1e-12));
        assertThat(r1.volume()).isCloseTo(12, within(1e-9));
        assertThat(r1.throughput()).isEqualTo(100.0);
        assertThat(r1.unit()).isEqualTo("t");
        assertThat(r1.contributors().value()).isEqualTo(3);
    }

    @Test
    void aShareOfTwoCompaniesIsWithheldThoughFourReachTheFacility() {
        Briefing.FacilityRow r3 = facilities().get("R3");
        assertThat(r3.reach().value()).isEqualTo(4);
        assertThat(r3.output().reason()).isEqualTo("too_few_companies");
        assertThat(r3.output().shown()).isFalse();
        assertThat(r3.output().volume()).isNull();
        assertThat(r3.output().throughput()).isNull();
        assertThat(r3.output().contributors().suppressed()).isTrue();
        // the mines have no throughput: unknown, and said why
        assertThat(facilities().get("M1").output().reason()).isEqualTo("no_throughput");
    }

    @Test
    void leverageWithholdsTheShareFromANonAdminToo() {
        Map<String, FacilityLeverage> byId = leverage.leverage(new LeverageRequest(null, "gold", null, null, null, null,
                        null, 50), new Viewer("advisor", Role.ADVISOR, null)).facilities().stream()
                .collect(Collectors.toMap(FacilityLeverage::facilityId, Function.identity()));
        OutputShare r3 = byId.get("R3").memberOutput();
        assertThat(r3.reason()).isEqualTo(OutputShare.TOO_FEW_COMPANIES);
        assertThat(r3.share()).isNull();
        assertThat(r3.volume()).isNull();
        assertThat(r3.contributors().suppressed()).isTrue();
        assertThat(r3.statement()).startsWith("withheld: fewer than 3 selected companies");
        assertThat(byId.get("R3").explanation()).doesNotContain("estimated");
        assertThat(byId.get("R1").memberOutput().share()).isCloseTo(0.12, within(1e-12));
        // the admin sees what two companies buy at R3: 10 t of 50
        OutputShare admin = leverage.leverage(new LeverageRequest(null, "gold", null, null, null, null, null, 50))
                .facilities().stream().filter(f -> f.facilityId().equals("R3")).findFirst().orElseThrow().memberOutput();
        assertThat(admin.share()).isCloseTo(0.2, within(1e-12));
        assertThat(admin.contributors().value()).isEqualTo(2);
    }

    @Test
    void aCertifiedFacilityShowsSchemeThemesAndFactor() {
        assertThat(facilities().get("R1").certifications()).singleElement().satisfies(c -> {
            assertThat(c.declared()).isEqualTo("RMAP conformant");
            assertThat(c.scheme()).isEqualTo("RMAP");
            assertThat(c.themes()).containsExactly("child_labour", "conflict", "corruption", "forced_labour");
            assertThat(c.factor()).isEqualTo(0.5);
        });
        assertThat(facilities().get("R3").certifications()).isEmpty();
        assertThat(BriefingAssembler.certifications(List.of("ISO 9001"))).singleElement()
                .satisfies(c -> assertThat(c.scheme()).isNull());
    }

    @Test
    void priorityThemesWithoutDataInAChainCountryAreListedAsNoData() {
        Briefing.DataGaps g = b.dataGaps();
        assertThat(g.basis()).isEqualTo("priority");
        assertThat(g.themes()).containsExactly("child_labour", "conflict");
        assertThat(g.countries()).isEqualTo(4);
        Map<String, Briefing.GapRow> rows = g.rows().stream()
                .collect(Collectors.toMap(r -> r.theme() + "|" + r.country(), Function.identity()));
        assertThat(rows).containsOnlyKeys("child_labour|CH", "child_labour|AE", "child_labour|CD", "child_labour|UG",
                "conflict|CH", "conflict|AE", "conflict|UG");
        assertThat(rows.get("child_labour|CH").noData()).isTrue();
        assertThat(rows.get("child_labour|CH").facilities()).isEqualTo(1);
        assertThat(rows.get("child_labour|UG")).satisfies(r -> {
            assertThat(r.noData()).isFalse();
            assertThat(r.proxyOnly()).isTrue();
            assertThat(r.staleOnly()).isTrue();
            assertThat(r.lastObservedYear()).isEqualTo(2005);
        });
        assertThat(rows).doesNotContainKey("conflict|CD"); // a current, direct figure: no gap
    }

    @Test
    void issueRowsSayProxyStaleAndUnknownDimensions() {
        Briefing.IssueRow ug = b.issues().ranked().stream().filter(i -> i.key().equals("UG:gold:child_labour"))
                .findFirst().orElseThrow();
        assertThat(ug.proxy()).isTrue();
        assertThat(ug.stale()).isTrue();
        assertThat(ug.observedYear()).isEqualTo(2005);
        assertThat(ug.unknown()).containsExactly("scope");
        Briefing.IssueRow cd = b.issues().ranked().stream().filter(i -> i.key().equals("CD:gold:conflict"))
                .findFirst().orElseThrow();
        assertThat(cd.proxy()).isFalse();
        assertThat(cd.stale()).isFalse();
    }

    @Test
    void theDocumentWordsAllOfItInDutchAndEnglish() throws IOException {
        String nl = new String(BriefingRenderersTests.render(b, Format.MD), StandardCharsets.UTF_8);
        assertThat(nl).contains("## 4. Waar gegevens ontbreken",
                "de geselecteerde bedrijven kopen naar schatting 12% van de productie van deze raffinaderij"
                        + " (ondergrens; 12 van 100 t per jaar)",
                "te weinig bedrijven om een aandeel te tonen",
                "onbekend: de jaarproductie van deze locatie is niet bekend",
                "| Zurich Precious Refining (R1) | RMAP conformant | RMAP | kinderarbeid, conflict- en hoogrisicogebieden",
                "waarschijnlijkheid ×0,5",
                "ilab2022; proxy; verouderd: meting uit 2005; onbekend: reikwijdte",
                "Ontbrekende gegevens betekenen onbekend, niet laag risico");
        assertThat(nl).contains("| Kinderarbeid | Verenigde Arabische Emiraten (1 locatie), Congo-Kinshasa (1 locatie),"
                + " Zwitserland (1 locatie) | Oeganda (1 locatie) | Oeganda (1 locatie, 2005) |");
        assertThat(nl).doesNotContain("20%"); // R3's share of two companies
        String en = new String(BriefingRenderersTests.render(BriefingRenderersTests.withLang(b, "en"), Format.MD),
                StandardCharsets.UTF_8);
        assertThat(en).contains("## 4. Where data is missing", "the selected companies buy an estimated 12% of this"
                + " refinery's output", "too few companies to show a share", "likelihood ×0.5", "proxy; stale: observed in 2005");
    }
}
