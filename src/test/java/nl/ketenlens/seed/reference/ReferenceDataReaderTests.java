package nl.ketenlens.seed.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenlens.graph.IndicatorRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceDataReaderTests {
    private static ReferenceData data;
    private static Map<String, IndicatorRow> byId;
    private static List<CsvRow> ilabRows;

    @BeforeAll
    static void read() throws IOException {
        data = new ReferenceDataReader().read();
        byId = data.indicators().stream().collect(Collectors.toMap(IndicatorRow::id, Function.identity()));
        ilabRows = file(ReferenceFiles.ILAB_GOODS);
    }

    static List<CsvRow> file(String name) throws IOException {
        return Csv.parse(name, ReferenceFiles.classpath().text(name));
    }

    private static List<IndicatorRow> indicators(String sourceId, String theme) {
        return data.indicators().stream()
                .filter(i -> i.sourceId().equals(sourceId) && i.theme().equals(theme)).toList();
    }

    @Test
    void everyIlabRowBecomesItsIndicatorsWithTheIlabSource() {
        for (CsvRow row : ilabRows) {
            String place = CommodityTable.nfc(row.get("good")) + " (" + row.get("country") + ")";
            for (String theme : List.of("child_labour", "forced_labour")) {
                boolean listed = row.flag(theme.equals("child_labour") ? "child_labor" : "forced_labor");
                boolean found = indicators("ilab2022", theme).stream()
                        .anyMatch(i -> i.basis().contains("labour in " + place));
                assertThat(found).as(theme + " for " + place).isEqualTo(listed);
            }
            if (row.flag("derived_labor_exploitation")) {
                assertThat(data.indicators()).as("derived " + place)
                        .anyMatch(i -> i.basis().contains(place + " made with inputs"));
            }
        }
    }

    @Test
    void indicatorCountsMatchTheSourceRows() throws IOException {
        long child = ilabRows.stream().filter(r -> r.flag("child_labor")).count();
        long forced = ilabRows.stream().filter(r -> r.flag("forced_labor")).count();
        long derived = ilabRows.stream().filter(r -> r.flag("derived_labor_exploitation")).count();
        List<IndicatorRow> ilab = data.indicators().stream().filter(i -> i.sourceId().equals("ilab2022")).toList();

        assertThat(child).isEqualTo(414);
        assertThat(forced).isEqualTo(121);
        assertThat(derived).isEqualTo(10);
        assertThat(ilab.stream().filter(i -> !i.basis().contains("made with inputs")))
                .filteredOn(i -> i.theme().equals("child_labour")).hasSize(414);
        assertThat(ilab.stream().filter(i -> !i.basis().contains("made with inputs")))
                .filteredOn(i -> i.theme().equals("forced_labour")).hasSize(121);
        // palm-oil derivatives (Indonesian palm fruit) and batteries (Congolese cobalt) → child labour;
        // photovoltaic goods (Chinese polysilicon) → forced labour
        assertThat(ilab).filteredOn(i -> i.basis().contains("made with inputs")).hasSize(10)
                .filteredOn(i -> i.theme().equals("forced_labour")).hasSize(4);

        long whole = file(ReferenceFiles.CAHRA).stream().filter(r -> r.flag("whole_country")).count();
        assertThat(data.regions()).hasSize(234);
        assertThat(whole).isEqualTo(5);
        assertThat(indicators("cahra2026", "conflict")).hasSize((234 + 5) * CahraList.MINERALS.size());

        long notLow = file(ReferenceFiles.EUDR).stream().filter(r -> !r.get("eudr_risk_tier").equals("low")).count();
        long eudrCodes = data.commodities().stream().filter(CommodityRow::eudr).count();
        assertThat(notLow).as("EUDR tier_basis: outermost regions and Åland are low as parts of the EU").isEqualTo(102);
        assertThat(eudrCodes).isEqualTo(16);
        assertThat(indicators("eudr2025", "deforestation")).hasSize((int) (notLow * eudrCodes));

        assertThat(data.indicators()).hasSize((int) (414 + 121 + 10 + 956 + 1632 + ThemeIndicatorsTests.THEME_INDICATORS
                + EdgarIndicatorsTests.expectedCount(file(ReferenceFiles.EDGAR), data)));
    }

    @Test
    void all169GoodsAndAll78CountriesMap() {
        Set<String> goods = ilabRows.stream().map(r -> CommodityTable.nfc(r.get("good"))).collect(Collectors.toSet());
        Set<String> mapped = data.commodities().stream().flatMap(c -> c.ilabGoods().stream())
                .collect(Collectors.toSet());
        Set<String> countries = data.indicators().stream().filter(i -> i.sourceId().equals("ilab2022"))
                .map(IndicatorRow::country).collect(Collectors.toSet());
        Set<String> iso2 = data.countries().stream().map(CountryRow::iso2).collect(Collectors.toSet());

        assertThat(goods).hasSize(169);
        assertThat(mapped).isEqualTo(goods);
        assertThat(countries).hasSize(78);
        assertThat(iso2).containsAll(countries).hasSize(249);
    }

    @Test
    void rulesGiveHandCheckedValuesForRealRows() {
        // ILAB: Cobalt ore (heterogenite), DRC, child labour only; findings: 17.4 % of 5-14 working,
        // "Minimal Advancement – Efforts Made but Regression in Practice…"
        assertRating("ilab2022:child_labour:CD:cobalt_ore", 4, 4, 4, 0.8);
        // Cocoa, Côte d'Ivoire: child, forced and forced child labour; 25.6 %, "Significant Advancement"
        assertRating("ilab2022:child_labour:CI:cocoa", 5, 5, 4, 0.7);
        // forced labour: ILAB gives no prevalence → scope unknown, ranked 5 by the conservative rule
        assertRating("ilab2022:forced_labour:CI:cocoa", 5, 5, 4, 0.7);
        assertThat(byId.get("ilab2022:forced_labour:CI:cocoa").unknown()).containsExactly("scope");
        assertThat(byId.get("ilab2022:child_labour:CI:cocoa").unknown()).isEmpty();
        // Gold and cocoa, Ghana: share of working children "Unavailable", "Moderate Advancement" → scope unknown,
        // ranked as 5 (conservative), not middling 3
        assertRating("ilab2022:child_labour:GH:gold", 4, 5, 4, 0.7);
        assertRating("ilab2022:child_labour:GH:cocoa", 4, 5, 4, 0.7);
        assertThat(byId.get("ilab2022:child_labour:GH:cocoa").unknown()).containsExactly("scope");
        assertThat(byId.get("ilab2022:child_labour:GH:cocoa").basis())
                .contains("share of working children unavailable → scope unknown → ranked as 5 (conservative rule");
        // Lithium-Ion Batteries, China, derived from DRC cobalt ore (child labour, 17.4 %)
        assertRating("ilab2022:child_labour:CN:lithium_ion_batteries", 4, 4, 4, 0.4);
        assertRating("ilab2022:forced_labour:CN:solar_modules", 5, 5, 4, 0.4);
        // CAHRA: Nord-Kivu conflict-affected, Kongo Central high-risk, Burundi whole country
        assertRating("cahra2026:conflict:CD-NK:tantalum_ore", 5, 4, 5, 0.8);
        assertRating("cahra2026:conflict:CD-BC:gold", 4, 3, 4, 0.5);
        assertRating("cahra2026:conflict:BI:tin_ore", 4, 3, 4, 0.5);
        // EUDR: Brazil standard, Myanmar high, Netherlands low (no indicator)
        assertRating("eudr2025:deforestation:BR:soy", 4, 4, 5, 0.3);
        assertRating("eudr2025:deforestation:MM:timber", 4, 4, 5, 0.7);
        assertThat(byId).doesNotContainKey("eudr2025:deforestation:NL:soy");

        assertThat(byId.get("cahra2026:conflict:CD-NK:tantalum_ore"))
                .extracting(IndicatorRow::country, IndicatorRow::region, IndicatorRow::commodity)
                .containsExactly("CD", "CD-NK", "tantalum_ore");
        assertThat(byId.get("cahra2026:conflict:BI:tin_ore").region()).isNull();
        assertThat(byId.get("ilab2022:child_labour:CD:cobalt_ore").basis())
                .isEqualTo("ILAB 2022 list: child labour in Cobalt ore (heterogenite) (Congo, Democratic Republic of"
                        + " the) → scale 4; 17.4 % of children aged 5-14 working → scope 4; advancement 'Minimal"
                        + " Advancement – Efforts Made but Regression in Practice that Delayed Advancement' →"
                        + " likelihood 0.8");
    }

    private static void assertRating(String id, int scale, int scope, int irremediability, double likelihood) {
        assertThat(byId).as(id).containsKey(id);
        assertThat(byId.get(id)).as(id)
                .extracting(IndicatorRow::scale, IndicatorRow::scope, IndicatorRow::irremediability,
                        IndicatorRow::likelihood)
                .containsExactly(scale, scope, irremediability, likelihood);
    }

    @Test
    void countriesCarryEudrTierAndWgiEstimates() {
        Map<String, CountryRow> countries = data.countries().stream()
                .collect(Collectors.toMap(CountryRow::iso2, Function.identity()));

        assertThat(countries.get("BR").eudrRisk()).isEqualTo("standard");
        assertThat(countries.get("MM").eudrRisk()).isEqualTo("high");
        assertThat(countries.get("NL").eudrRisk()).isEqualTo("low");
        assertThat(countries.get("AF")).extracting(CountryRow::wgiVa, CountryRow::wgiCc, CountryRow::wgiSource)
                .containsExactly(-1.8529, -1.1549, "wgi2023");
        assertThat(countries.get("AS").wgiVa()).isNull(); // ".." in the WGI file
        assertThat(countries.get("AS").wgiPv()).isEqualTo(1.1142);
        assertThat(countries.get("AF")).extracting(CountryRow::iso3, CountryRow::numeric, CountryRow::m49SubRegion)
                .containsExactly("AFG", "004", "Southern Asia");
        // 214 WGI rows minus the deliberately skipped Kosovo and Netherlands Antilles (former)
        assertThat(data.countries()).filteredOn(c -> c.wgiSource() != null).hasSize(212);
    }

    @Test
    void requiredCommodityCodesExistWithChainLinks() {
        Map<String, CommodityRow> byCode = data.commodities().stream()
                .collect(Collectors.toMap(CommodityRow::code, Function.identity()));

        assertThat(byCode).containsKeys("gold", "silver", "tin_ore", "tin", "tantalum_ore", "tantalum",
                "tungsten_ore", "tungsten", "cobalt_ore", "cobalt", "mica", "copper", "aluminium", "electronics",
                "cotton", "yarn", "textiles", "garments", "leather", "cocoa", "bananas", "tomatoes",
                "tomato_products", "flowers", "granite", "sandstone", "stones", "coffee", "palm_oil", "soy", "cattle",
                "rubber", "timber");
        assertThat(byCode.get("electronics").upstream())
                .containsExactly("tin", "tantalum", "tungsten", "gold", "cobalt", "mica");
        assertThat(byCode.get("garments").upstream()).containsExactly("textiles");
        assertThat(byCode.get("tin").upstream()).containsExactly("tin_ore");
        assertThat(byCode.get("cocoa").mainProducers()).startsWith("CI", "GH");
        assertThat(byCode.get("bricks").ilabGoods()).containsExactly("Bricks", "Bricks (clay)");
        assertThat(byCode.get("khat").ilabGoods())
                .containsExactly("Khat (stimulant plant)", "Khat/Miraa (stimulant plant)");
        assertThat(byCode.values()).filteredOn(CommodityRow::eudr).extracting(CommodityRow::code)
                .contains("cattle", "cocoa", "coffee", "palm_oil", "rubber", "soy", "timber")
                .doesNotContain("cotton", "gold");
    }

    @Test
    void hsCodesExistInTheHs2022Extract() throws IOException {
        Set<String> hs = file(ReferenceFiles.HS2022).stream().map(r -> r.get("hscode")).collect(Collectors.toSet());

        assertThat(data.commodities()).filteredOn(c -> c.hs() != null)
                .allSatisfy(c -> assertThat(hs).as(c.code()).contains(c.hs()));
        assertThat(data.commodities()).filteredOn(c -> c.hs() == null).extracting(CommodityRow::code)
                .containsExactly("pornography");
    }

    @Test
    void sectorsAndCovenantsLinkUp() {
        Map<String, CovenantRow> covenants = data.covenants().stream()
                .collect(Collectors.toMap(CovenantRow::code, Function.identity()));

        assertThat(data.sectors()).hasSize(13).filteredOn(s -> s.kpmgPage() == 134).extracting(SectorRow::code)
                .containsExactly("metal", "electronics");
        assertThat(covenants).hasSize(13);
        assertThat(covenants.get("gold").sector()).isEqualTo("retail");
        assertThat(covenants.get("natural_stone"))
                .extracting(CovenantRow::sector, CovenantRow::signed, CovenantRow::inForce)
                .containsExactly("construction", "2019-05-13", "2019-10-01");
        assertThat(covenants.get("banking"))
                .extracting(CovenantRow::status, CovenantRow::marketShareClass, CovenantRow::ended)
                .containsExactly("ended", ">90%", "2019-12");
        assertThat(data.themes()).extracting(ThemeRow::code).contains("child_labour", "forced_labour",
                "living_wage", "freedom_of_association", "health_safety", "gender", "land_rights", "deforestation",
                "biodiversity", "pollution", "ghg", "corruption", "conflict");
    }

    @Test
    void everyReferenceFileHasASource() throws IOException {
        Set<String> files = file(ReferenceFiles.SOURCES).stream().flatMap(r -> r.list("file").stream())
                .collect(Collectors.toSet());

        assertThat(files).contains(ReferenceFiles.COUNTRY_CODES, ReferenceFiles.COUNTRY_ALIASES,
                ReferenceFiles.COMMODITIES, ReferenceFiles.ILAB_GOODS, ReferenceFiles.ILAB_FINDINGS,
                ReferenceFiles.CAHRA, ReferenceFiles.EUDR, ReferenceFiles.WGI, ReferenceFiles.HS2022,
                ReferenceFiles.THEMES, ReferenceFiles.SECTORS, ReferenceFiles.COVENANTS,
                "imvo_covenants_ser.csv", "kpmg_sra2014_sectors.csv");
    }

    @Test
    void unmappedCountryFailsNamingFileLineAndValue() {
        ReferenceFiles files = replaceInFile(ReferenceFiles.ILAB_GOODS, "Cambodia,Indo-Pacific", "Kambodja,Indo-Pacific");

        assertThatThrownBy(() -> new ReferenceDataReader(files).read())
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo(ReferenceFiles.ILAB_GOODS);
                    assertThat(e.line()).isEqualTo(3); // Alcoholic Beverages, Cambodia
                    assertThat(e.value()).isEqualTo("Kambodja");
                })
                .hasMessageStartingWith("ilab_tvpra_2022_goods_countries.csv:3: country name does not map");
    }

    @Test
    void unmappedGoodFailsNamingFileLineAndValue() {
        ReferenceFiles files = replaceInFile(ReferenceFiles.ILAB_GOODS, "Amber,Mining", "Ambergris,Mining");

        assertThatThrownBy(() -> new ReferenceDataReader(files).read())
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("ilab_tvpra_2022_goods_countries.csv:4: ILAB good does not map to a commodity; add it to"
                        + " the ilab_goods column of commodities.csv (value 'Ambergris')");
    }

    @Test
    void skippedNamesAreOnlyAcceptedWhereSkippingIsAllowed() {
        ReferenceFiles files = replaceInFile(ReferenceFiles.ILAB_GOODS, "Amber,Mining,Ukraine", "Amber,Mining,Kosovo");

        assertThatThrownBy(() -> new ReferenceDataReader(files).read())
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining(":4: country name is listed as skipped, but ilab_goods rows may not be skipped");
    }

    @Test
    void cahraNameThatContradictsItsIsoCodeFails() {
        ReferenceFiles files = replaceInFile(ReferenceFiles.CAHRA, "Burundi,BI,BDI", "Rwanda,BI,BDI");

        assertThatThrownBy(() -> new ReferenceDataReader(files).read())
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("eu_cahra_regions_2026q2.csv:").hasMessageContaining("maps to RW but iso2 says BI");
    }

    private static ReferenceFiles replaceInFile(String file, String from, String to) {
        ReferenceFiles classpath = ReferenceFiles.classpath();
        try {
            String text = classpath.text(file);
            assertThat(text).contains(from);
            return classpath.with(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
