package nl.ketenlens.seed.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenlens.graph.IndicatorRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The theme-indicator rules on hand-picked real rows (the best and the worst country of each file) and the counts
 * per theme derived from the files: every row with a figure becomes one indicator (the FAO proxies one per EUDR
 * commodity, for rows with a loss only).
 */
class ThemeIndicatorsTests {
    /** 187 + 100 + 170 + 183 + 194 + 213 + (92 + 29) × 16, from the files (see docs/seed-data.md). */
    static final int THEME_INDICATORS = 187 + 100 + 170 + 183 + 194 + 213 + (92 + 29) * 16;

    private static ReferenceData data;
    private static Map<String, IndicatorRow> byId;

    @BeforeAll
    static void read() {
        data = new ReferenceDataReader().read();
        byId = data.indicators().stream().collect(Collectors.toMap(IndicatorRow::id, Function.identity()));
    }

    private static List<CsvRow> file(String name) throws IOException {
        return ReferenceDataReaderTests.file(name);
    }

    private static long count(String sourceId, String theme) {
        return data.indicators().stream().filter(i -> i.sourceId().equals(sourceId) && i.theme().equals(theme)).count();
    }

    @Test
    void countsPerThemeEqualTheRowsWithAFigure() throws IOException {
        assertThat(count("ilo_sdg882", "freedom_of_association")).isEqualTo(file(ReferenceFiles.SDG882).size());
        assertThat(count("ilo_sdg881", "health_safety")).as("all but South Africa's flagged value")
                .isEqualTo(file(ReferenceFiles.SDG881).size() - 1).isEqualTo(100);
        assertThat(count("wb_pov300", "living_wage")).isEqualTo(file(ReferenceFiles.POVERTY).size());
        assertThat(count("ilo_lfpr", "gender")).isEqualTo(file(ReferenceFiles.LFPR).size());
        assertThat(count("wdi_pm25", "pollution")).isEqualTo(file(ReferenceFiles.PM25).size());
        assertThat(count("gcb2024", "ghg")).as("all but Kosovo (no ISO code)")
                .isEqualTo(file(ReferenceFiles.GCB).size() - 1);
        List<CsvRow> fao = file(ReferenceFiles.FAO);
        long netLoss = fao.stream().filter(r -> neg(r.optionalNumber("forest_annual_net_change_pct_2010_2020"))).count();
        long primaryLoss = fao.stream().filter(r -> neg(r.optionalNumber("primary_forest_change_pct_2010_2020"))).count();
        assertThat(netLoss).isEqualTo(92);
        assertThat(primaryLoss).isEqualTo(29);
        assertThat(count("fao_fra2020", "deforestation")).isEqualTo(netLoss * 16);
        assertThat(count("fao_fra2020", "biodiversity")).isEqualTo(primaryLoss * 16);
        assertThat(data.indicators().stream().filter(i -> !List.of("ilab2022", "cahra2026", "eudr2025",
                EdgarIndicators.SOURCE)
                .contains(i.sourceId())).count()).isEqualTo(THEME_INDICATORS);
    }

    @Test
    void labourRightsBandsOnTheBestAndWorstScores() {
        IndicatorRow worst = byId.get("ilo_sdg882:freedom_of_association:AE:*");
        assertThat(worst.likelihood()).as("UAE 10 of 10: worst fifth").isEqualTo(0.5);
        assertThat(List.of(worst.scale(), worst.scope(), worst.irremediability())).containsExactly(3, 4, 2);
        assertThat(worst.basis()).contains("score 10 of 10", "band 5 of 5", "0.53 | 1.35 | 2.11 | 4.45");
        assertThat(worst.proxy()).isFalse();
        assertThat(worst.observedYear()).isEqualTo(2024);
        assertThat(byId.get("ilo_sdg882:freedom_of_association:CY:*").likelihood()).as("Cyprus 0: best fifth")
                .isEqualTo(0.1);
    }

    @Test
    void fatalInjuriesLeaveOutTheFlaggedValueAndLowerStaleOnes() {
        assertThat(byId).doesNotContainKey("ilo_sdg881:health_safety:ZA:*");
        IndicatorRow india = byId.get("ilo_sdg881:health_safety:IN:*");
        assertThat(india.basis()).contains("116.8 fatal injuries", "band 5 of 5");
        assertThat(List.of(india.scale(), india.scope(), india.irremediability())).containsExactly(5, 2, 5);
        IndicatorRow stale = data.indicators().stream().filter(i -> i.sourceId().equals("ilo_sdg881")
                && i.observedYear() != null && i.observedYear() < 2014).findFirst().orElseThrow();
        assertThat(stale.basis()).contains("more than 10 years before the 2024 edition", "likelihood lowered");
        assertThat(stale.likelihood()).isLessThanOrEqualTo(0.25);
    }

    @Test
    void povertyIsALivingWageProxyAndSaysSo() {
        IndicatorRow drc = byId.get("wb_pov300:living_wage:CD:*");
        assertThat(drc.proxy()).isTrue();
        assertThat(drc.likelihood()).isEqualTo(0.5);
        assertThat(drc.basis()).contains("85.3 % of people below $3.00", "PROXY");
        assertThat(byId.get("wb_pov300:living_wage:AE:*").likelihood()).isEqualTo(0.1);
    }

    @Test
    void genderPollutionAndGhgBandTheirExtremes() {
        assertThat(byId.get("ilo_lfpr:gender:AF:*").likelihood()).as("Afghanistan, ratio 0.073").isEqualTo(0.5);
        assertThat(byId.get("ilo_lfpr:gender:BI:*").likelihood()).as("Burundi, ratio above 1").isEqualTo(0.1);
        assertThat(byId.get("wdi_pm25:pollution:NP:*").likelihood()).as("Nepal 99.73 µg/m³").isEqualTo(0.5);
        assertThat(byId.get("wdi_pm25:pollution:FI:*").likelihood()).as("Finland 5.86 µg/m³").isEqualTo(0.1);
        assertThat(byId.get("wdi_pm25:pollution:NP:*").observedYear()).isEqualTo(2017);
        assertThat(byId.get("gcb2024:ghg:QA:*").likelihood()).as("Qatar 38.1 t/person").isEqualTo(0.5);
        assertThat(byId.get("gcb2024:ghg:SO:*").likelihood()).as("Somalia 0.037 t/person").isEqualTo(0.1);
    }

    @Test
    void forestProxiesApplyToEudrCommoditiesOnlyWhereForestIsLost() {
        IndicatorRow egypt = byId.get("fao_fra2020:deforestation:EG:cocoa");
        assertThat(egypt.proxy()).isTrue();
        assertThat(egypt.likelihood()).as("Egypt −3.709 %/year, the largest loss").isEqualTo(0.5);
        assertThat(egypt.basis()).contains("PROXY");
        assertThat(byId).as("Albania gained forest").doesNotContainKey("fao_fra2020:deforestation:AL:cocoa");
        assertThat(byId.get("fao_fra2020:biodiversity:CA:timber").likelihood()).as("Canada −0.07 %").isEqualTo(0.1);
    }

    @Test
    void bandsAreQuintilesWithTiesInTheLowerBand() {
        Bands bands = Bands.quintiles(List.of(0.0, 0.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0));
        assertThat(bands.cuts()).containsExactly(0.0, 1.0, 3.0, 5.0);
        assertThat(bands.band(0.0)).isEqualTo(1);
        assertThat(bands.band(1.0)).isEqualTo(2);
        assertThat(bands.band(7.0)).isEqualTo(5);
    }

    private static boolean neg(Double x) {
        return x != null && x < 0;
    }
}
