package nl.ketenlens.seed.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenlens.graph.IndicatorRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The commodity chain model and the indicator stages on the real reference files (docs/adr/0013). */
class CommodityChainTests {
    private static ReferenceData data;
    private static Map<String, CommodityRow> byCode;

    @BeforeAll
    static void read() {
        data = new ReferenceDataReader().read();
        byCode = data.commodities().stream().collect(Collectors.toMap(CommodityRow::code, Function.identity()));
    }

    @Test
    void naturalStonesAndGoldFormsHaveTheirParents() {
        for (String stone : List.of("granite", "sandstone", "marble", "slate", "limestone")) {
            assertThat(byCode.get(stone).ancestors()).as(stone).containsExactly("stones");
        }
        assertThat(byCode.get("gold_ore").ancestors()).containsExactly("gold");
        assertThat(byCode.get("gold_dore").ancestors()).containsExactly("gold");
        assertThat(byCode.get("stones").parent()).isNull();
        // where HS nests them, the taxonomy follows HS: granite 2516 11 and sandstone 2516 20 under 2516
        assertThat(byCode.get("granite").hs()).startsWith(byCode.get("stones").hs());
        assertThat(byCode.get("sandstone").hs()).startsWith(byCode.get("stones").hs());
    }

    @Test
    void theInputOutputChainsOfTheIssueAreInTheData() {
        assertThat(byCode.get("jewellery").upstream()).contains("gold");
        assertThat(byCode.get("gold").upstream()).containsExactly("gold_dore");
        assertThat(byCode.get("gold_dore").upstream()).containsExactly("gold_ore");
        assertThat(byCode.get("garments").upstream()).containsExactly("textiles");
        assertThat(byCode.get("textiles").upstream()).containsExactly("yarn");
        assertThat(byCode.get("yarn").upstream()).containsExactly("cotton");
        assertThat(byCode.get("chocolate").upstream()).containsExactly("cocoa");
        assertThat(byCode.get("tin").upstream()).containsExactly("tin_ore");
        assertThat(byCode.get("tantalum").upstream()).containsExactly("tantalum_ore");
        assertThat(byCode.get("tungsten").upstream()).containsExactly("tungsten_ore");
        assertThat(byCode.get("gold_ore").hs()).isEqualTo("261690");
        assertThat(byCode.get("gold_dore").hs()).isEqualTo("710812");
    }

    @Test
    void ilabStagesFollowTheSectorColumnRowByRow() throws IOException {
        Map<String, String> sectorByGood = ReferenceDataReaderTests.file(ReferenceFiles.ILAB_GOODS).stream()
                .collect(Collectors.toMap(r -> CommodityTable.nfc(r.get("good")), r -> r.get("good_sector"),
                        (a, b) -> a));
        Map<String, Long> byStages = data.indicators().stream().filter(i -> i.sourceId().equals("ilab2022"))
                .collect(Collectors.groupingBy(i -> String.join("+", i.stages()), Collectors.counting()));
        // counts derived from the file (child_labor + forced_labor flags per sector): Agriculture 291 and Mining 101
        // → extraction; Manufacturing 135 → processing and manufacturing; Other (Pornography, 8) and the 10 derived
        // goods → every stage
        assertThat(sectorByGood.get("Gold")).isEqualTo("Mining");
        assertThat(byStages).containsExactlyInAnyOrderEntriesOf(
                Map.of("extraction", 392L, "processing+manufacturing", 135L, "", 18L));
        assertThat(data.indicators()).filteredOn(i -> i.sourceId().equals("cahra2026"))
                .allMatch(i -> i.stages().equals(List.of("extraction", "trade")));
        assertThat(data.indicators()).filteredOn(i -> i.sourceId().equals("eudr2025"))
                .allMatch(i -> i.stages().equals(List.of("extraction")));
        // country-wide figures describe every stage, except EDGAR's industry figure: a sector, not a country
        assertThat(data.indicators()).filteredOn(i -> i.commodity() == null && !i.sourceId().equals("edgar2024"))
                .allMatch(i -> i.stages().isEmpty());
        assertThat(data.indicators()).filteredOn(i -> i.commodity() == null && i.commodities().isEmpty()
                        && i.sourceId().equals("edgar2024"))
                .isNotEmpty().allMatch(i -> i.stages().equals(List.of("processing", "manufacturing")));
        // EDGAR agriculture: one row per country for the farm commodities, at the extraction stage (ADR 0023)
        assertThat(data.indicators()).filteredOn(i -> !i.commodities().isEmpty())
                .hasSize(203).allMatch(i -> i.stages().equals(List.of("extraction")));
    }

    @Test
    void derivedIlabIndicatorDescribesEveryStageOfTheGoodItTaints() {
        for (String id : List.of("ilab2022:child_labour:CN:lithium_ion_batteries", "ilab2022:child_labour:ID:palm_oil")) {
            IndicatorRow derived = data.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
            assertThat(derived.stages()).as(id).isEmpty();
        }
    }

    @Test
    void parentCycleIsRejectedNamingTheRow() {
        String header = "code,name,hs,category,ilab_goods,eudr,upstream,main_producers,parent\n";
        List<CsvRow> rows = Csv.parse("commodities.csv", header
                + "a,A,,mining,,false,,,b\nb,B,,mining,,false,,,a\n");
        assertThatThrownBy(() -> new CommodityTable(rows, null)).hasMessageContaining("cycle");
        List<CsvRow> missing = Csv.parse("commodities.csv", header + "a,A,,mining,,false,,,nope\n");
        assertThatThrownBy(() -> new CommodityTable(missing, null)).hasMessageContaining("parent commodity code");
    }
}
