package nl.ketenlens.seed.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenlens.analysis.RiskWeight;
import nl.ketenlens.graph.IndicatorRow;
import nl.ketenlens.risk.CommodityTaxonomy;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.ThemeWeights;
import nl.ketenlens.seed.reference.EdgarIndicators.Figure;
import nl.ketenlens.seed.reference.EdgarIndicators.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EDGAR 2024 sector rule on the real file: the highest and the lowest emitter of each sector group sit in the
 * top and bottom band; the counts per group follow from the file and commodities.csv; and the sector decides which
 * facility carries an indicator (a smelter the industry figure, a farm the agriculture figure, never the other's);
 * agriculture is one row per country for the farm commodities and the cultivation types (ADR 0023), never a mine's.
 */
class EdgarIndicatorsTests {

    private static ReferenceData data;
    private static Map<String, IndicatorRow> byId;
    private static List<CsvRow> file;

    @BeforeAll
    static void read() throws IOException {
        data = new ReferenceDataReader().read();
        byId = data.indicators().stream().collect(Collectors.toMap(IndicatorRow::id, Function.identity()));
        file = ReferenceDataReaderTests.file(ReferenceFiles.EDGAR);
    }

    /** The iso3 codes of the group's highest and lowest 2023 total, found in the file. */
    private static List<String> extremes(Group group) {
        Map<String, Figure> figures = EdgarIndicators.figures(group, file);
        Comparator<Map.Entry<String, Figure>> byTotal = Comparator.comparingDouble(e -> e.getValue().total());
        return List.of(figures.entrySet().stream().max(byTotal).orElseThrow().getKey(),
                figures.entrySet().stream().min(byTotal).orElseThrow().getKey());
    }

    @Test
    void agricultureBandsItsHighestAndLowestEmitterOnFarmCommodities() {
        assertThat(extremes(Group.AGRICULTURE)).containsExactly("CHN", "MDV");
        IndicatorRow china = byId.get("edgar2024:ghg:CN:agriculture");
        assertThat(china.commodity()).as("a list, not one commodity").isNull();
        assertThat(china.commodities()).hasSize(63).contains("rice", "cattle", "cocoa", "soy").doesNotContain("gold",
                "coal", "timber", "fish");
        assertThat(china.facilityTypes()).containsExactly("farm", "plantation", "ranch", "cooperative");
        assertThat(china.likelihood()).as("China 870 Mt CO2e: top fifth").isEqualTo(0.5);
        assertThat(List.of(china.scale(), china.scope(), china.irremediability())).as("the ghg theme's severity")
                .containsExactly(2, 3, 4);
        assertThat(china.stages()).containsExactly("extraction");
        assertThat(china.observedYear()).isEqualTo(2023);
        assertThat(china.proxy()).isFalse();
        assertThat(china.basis()).startsWith("EDGAR 2024 (JRC) non-CO2 GHG, agriculture: China 870 Mt CO2e")
                .contains("(2023)", "band 5 of 5", "quintiles of the file's 203 values: 0.173 | 2.68 | 9.24 | 29.9",
                        "CO2 is not included");
        assertThat(byId.get("edgar2024:ghg:MV:agriculture").likelihood()).as("Maldives 0.00003 Mt: bottom fifth")
                .isEqualTo(0.1);
        assertThat(byId).as("no per-commodity rows any more").doesNotContainKey("edgar2024:ghg:CN:rice")
                .as("Palau has no agriculture figure: no data, not zero")
                .doesNotContainKey("edgar2024:ghg:PW:agriculture");
    }

    @Test
    void fuelExploitationBandsItsHighestAndLowestEmitterOnCoal() {
        assertThat(extremes(Group.FUEL_EXPLOITATION)).containsExactly("CHN", "COK");
        IndicatorRow china = byId.get("edgar2024:ghg:CN:coal");
        assertThat(china.likelihood()).isEqualTo(0.5);
        assertThat(china.stages()).containsExactly("extraction");
        assertThat(china.basis()).contains("fuel exploitation: China 736 Mt CO2e", "0.0272 | 0.605 | 2.04 | 10.9");
        assertThat(byId.get("edgar2024:ghg:CK:coal").likelihood()).as("Cook Islands 0: a figure, bottom fifth")
                .isEqualTo(0.1);
        assertThat(byId).as("Malta's row is empty").doesNotContainKey("edgar2024:ghg:MT:coal");
    }

    @Test
    void industryAddsCombustionAndProcessesForEveryCommodity() {
        assertThat(extremes(Group.INDUSTRY)).containsExactly("CHN", "SHN");
        IndicatorRow china = byId.get("edgar2024:ghg:CN:*");
        assertThat(china.commodity()).isNull();
        assertThat(china.likelihood()).isEqualTo(0.5);
        assertThat(china.stages()).containsExactly("processing", "manufacturing");
        assertThat(china.basis()).contains("industry (industrial combustion + processes): China 540 Mt CO2e");
        assertThat(byId.get("edgar2024:ghg:SH:*").likelihood()).as("Saint Helena 0.00021 Mt").isEqualTo(0.1);
        IndicatorRow netherlands = byId.get("edgar2024:ghg:NL:*");
        assertThat(netherlands.likelihood()).as("NL 2.89 Mt in 1.32 … 5.27").isEqualTo(0.4);
    }

    @Test
    void countsPerGroupFollowFromTheFile() {
        long farmCodes = data.commodities().stream()
                .filter(c -> EdgarIndicators.FARM_CATEGORIES.contains(c.category())).count();
        long agriculture = EdgarIndicators.figures(Group.AGRICULTURE, file).size();
        long fuel = EdgarIndicators.figures(Group.FUEL_EXPLOITATION, file).size();
        long industry = EdgarIndicators.figures(Group.INDUSTRY, file).size();
        assertThat(count(i -> !i.commodities().isEmpty())).as("one agriculture row per country").isEqualTo(agriculture);
        assertThat(count(i -> i.commodities().size() == farmCodes)).isEqualTo(agriculture);
        assertThat(count(i -> "coal".equals(i.commodity()))).isEqualTo(fuel);
        assertThat(count(i -> i.commodity() == null && i.commodities().isEmpty())).isEqualTo(industry);
        assertThat(agriculture).isEqualTo(203);
        assertThat(count(i -> true)).isEqualTo(expectedCount(file, data));
        // rows with a figure: every sector row less the empty ones (Palau, Turks and Caicos; 8 for fuel)
        assertThat(agriculture).isEqualTo(rows("Agriculture") - 2);
        assertThat(fuel).isEqualTo(rows("Fuel Exploitation") - 8);
    }

    /** The EDGAR indicators the files give: one per group and country with a figure (ADR 0023). */
    static long expectedCount(List<CsvRow> file, ReferenceData data) {
        return EdgarIndicators.figures(Group.AGRICULTURE, file).size()
                + EdgarIndicators.figures(Group.FUEL_EXPLOITATION, file).size() * EdgarIndicators.FUEL_CODES.size()
                + EdgarIndicators.figures(Group.INDUSTRY, file).size();
    }

    @Test
    void aSmelterCarriesTheIndustryFigureAndAFarmTheAgricultureFigureNeverTheOther() {
        List<String> smelter = edgarIdsOf("CN", "aluminium", "smelter");
        List<String> factory = edgarIdsOf("CN", "garments", "factory");
        List<String> farm = edgarIdsOf("CN", "rice", "farm");
        List<String> coalMine = edgarIdsOf("CN", "coal", "mine");
        assertThat(smelter).containsExactly("edgar2024:ghg:CN:*");
        assertThat(factory).containsExactly("edgar2024:ghg:CN:*");
        assertThat(farm).containsExactly("edgar2024:ghg:CN:agriculture");
        assertThat(coalMine).containsExactly("edgar2024:ghg:CN:coal");
        assertThat(edgarIdsOf("CN", "gold", "mine")).as("a gold mine: no sector figure").isEmpty();
        assertThat(edgarIdsOf("CN", "rice", "trader")).as("a trader emits in no EDGAR sector we load").isEmpty();
        assertThat(edgarIdsOf("CN", "rice", "mill")).as("a rice mill: industry, not the paddy")
                .containsExactly("edgar2024:ghg:CN:*");
    }

    @Test
    void theAgricultureFigureReachesCultivationOfFarmGoodsOnlyNeverAMine() {
        for (String type : List.of("farm", "plantation", "ranch", "cooperative")) {
            assertThat(edgarIdsOf("BR", "cattle", type)).as(type).containsExactly("edgar2024:ghg:BR:agriculture");
        }
        assertThat(edgarIdsOf("BR", "soy", "mine")).as("a mine that says soy: extraction, but not a farm").isEmpty();
        assertThat(edgarIdsOf("BR", "soy", "quarry")).isEmpty();
        assertThat(edgarIdsOf("BR", "soy", "fishery")).isEmpty();
        assertThat(edgarIdsOf("BR", "timber", "plantation")).as("a timber plantation: forestry, not a farm good")
                .isEmpty();
        assertThat(edgarIdsOf("BR", "soy", "workshop")).as("an unknown type keeps every indicator, as with stages")
                .contains("edgar2024:ghg:BR:agriculture");
        assertThat(edgarIdsOf("BR", "gold", "workshop")).as("… but only for the goods it is written for")
                .doesNotContain("edgar2024:ghg:BR:agriculture");
        assertThat(edgarIdsOf("BR", "soy", null)).contains("edgar2024:ghg:BR:agriculture");
    }

    @Test
    void theStrongerOfGcbAndEdgarCountsForGhg() {
        // Brazil: 2.3 t fossil CO2 per person (GCB band 3) but the third-largest agriculture (EDGAR band 5)
        ThemeWeights farm = ThemeWeights.of(applying("BR", "soy", "farm"));
        ThemeWeights trader = ThemeWeights.of(applying("BR", "soy", "trader"));
        assertThat(farm.byTheme().get("ghg")).as("EDGAR agriculture dominates on the farm")
                .isEqualTo(RiskWeight.weight(2, 3, 4, 0.5));
        assertThat(trader.byTheme().get("ghg")).as("GCB alone for the trader")
                .isEqualTo(RiskWeight.weight(2, 3, 4, byId.get("gcb2024:ghg:BR:*").likelihood()))
                .isLessThan(farm.byTheme().get("ghg"));
    }

    private static long count(java.util.function.Predicate<IndicatorRow> p) {
        return data.indicators().stream().filter(i -> i.sourceId().equals(EdgarIndicators.SOURCE)).filter(p).count();
    }

    private static long rows(String sector) {
        return file.stream().filter(r -> r.required("sector").equals(sector)).count();
    }

    private static List<String> edgarIdsOf(String country, String commodity, String type) {
        return applying(country, commodity, type).stream().map(IndicatorView::id)
                .filter(id -> id.startsWith("edgar2024:")).toList();
    }

    private static List<IndicatorView> applying(String country, String commodity, String type) {
        return data.indicators().stream().filter(i -> i.country().equals(country)).map(EdgarIndicatorsTests::view)
                .filter(v -> v.appliesTo(country, null, List.of(commodity), type, CommodityTaxonomy.EMPTY)).toList();
    }

    private static IndicatorView view(IndicatorRow i) {
        return new IndicatorView(i.id(), i.theme(), i.country(), i.region(), i.commodity(), i.scale(), i.scope(),
                i.irremediability(), i.likelihood(), RiskWeight.severity(i.scale(), i.scope(), i.irremediability()),
                RiskWeight.weight(i.scale(), i.scope(), i.irremediability(), i.likelihood()), i.basis(), null)
                .withStages(i.stages()).withGoodsAndTypes(i.commodities(), i.facilityTypes());
    }
}
