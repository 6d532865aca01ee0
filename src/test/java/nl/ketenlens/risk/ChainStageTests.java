package nl.ketenlens.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ChainStageTests {

    @Test
    void everyFacilityTypeOfTheSchemaHasAStage() {
        for (String t : new String[] {"mine", "quarry", "farm", "plantation", "cooperative"}) {
            assertThat(ChainStage.ofFacilityType(t)).as(t).isEqualTo(ChainStage.EXTRACTION);
        }
        for (String t : new String[] {"mill", "smelter", "refinery", "processor"}) {
            assertThat(ChainStage.ofFacilityType(t)).as(t).isEqualTo(ChainStage.PROCESSING);
        }
        assertThat(ChainStage.ofFacilityType("factory")).isEqualTo(ChainStage.MANUFACTURING);
        assertThat(ChainStage.ofFacilityType("manufacturer")).isEqualTo(ChainStage.MANUFACTURING);
        assertThat(ChainStage.ofFacilityType("trader")).isEqualTo(ChainStage.TRADE);
        assertThat(ChainStage.ofFacilityType("workshop")).isNull();
        assertThat(ChainStage.ofFacilityType(null)).isNull();
    }

    @Test
    void extractionHasNothingUpstreamAndARefineryHasMinesAndTraders() {
        assertThat(ChainStage.EXTRACTION.upstream()).isEmpty();
        assertThat(ChainStage.PROCESSING.upstream()).containsExactlyInAnyOrder(ChainStage.EXTRACTION, ChainStage.TRADE);
        assertThat(ChainStage.MANUFACTURING.upstream()).doesNotContain(ChainStage.MANUFACTURING);
        assertThat(ChainStage.codes(EnumSet.of(ChainStage.TRADE, ChainStage.EXTRACTION)))
                .containsExactly("extraction", "trade");
    }
}
