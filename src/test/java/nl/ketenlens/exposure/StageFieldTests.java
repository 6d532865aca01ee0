package nl.ketenlens.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chain stage the browser draws travels in the JSON of chain nodes and exposed facilities, derived from the
 * facility type by the one table in {@code ChainStage}: a refinery is processing, a company and an unknown type have
 * none (null, which the UI shows as "stage unknown").
 */
class StageFieldTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void chainNodesCarryTheStageOfTheirType() {
        JsonNode refinery = json.valueToTree(new ChainView.Node("F1", "Refinery", "refinery", 1, "CH", null, 0.5, true, true));
        JsonNode mine = json.valueToTree(new ChainView.Node("F2", "Mine", "mine", 2, "GH", null, 0.7, true, true));
        JsonNode company = json.valueToTree(new ChainView.Node("C1", "Buyer", "company", 0, null, null, 0, false, true));
        JsonNode odd = json.valueToTree(new ChainView.Node("F3", "Workshop", "workshop", 1, "IN", null, 0, false, true));
        assertThat(refinery.get("stage").asText()).isEqualTo("processing");
        assertThat(mine.get("stage").asText()).isEqualTo("extraction");
        assertThat(company.get("stage").isNull()).isTrue();
        assertThat(odd.get("stage").isNull()).as("a type outside the table has no stage").isTrue();
        assertThat(refinery.get("kind").asText()).as("the record's own fields stay").isEqualTo("refinery");
    }

    @Test
    void exposedFacilitiesCarryTheStageOfTheirType() {
        FacilityExposure trader = new FacilityExposure("F4", "Trader", "trader", "AE", null, List.of("gold"), 1, 1, false,
                null, null, null, 0.3, List.of());
        assertThat(json.valueToTree(trader).get("stage").asText()).isEqualTo("trade");
    }
}
