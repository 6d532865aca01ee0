package nl.ketenlens.leverage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.exposure.ExposureRequest;
import org.junit.jupiter.api.Test;

/** Issue 10 item 10: list parameters are capped before any work is done. */
class RequestLimitsTests {

    @Test
    void leverageListsAreCapped() {
        List<String> many = Collections.nCopies(1001, "X");
        assertThatThrownBy(() -> new LeverageRequest(null, null, many, null, null, null, null, 20))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("companies").hasMessageContaining("1000");
        assertThatThrownBy(() -> new LeverageRequest("food", null, null, null, null, many, null, 20))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("engaged");
        assertThatThrownBy(() -> new LeverageRequest("food", null, null, null, null, null,
                Collections.nCopies(51, "NL:*:child_labour:1:1:1:0.5"), 20))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("addIndicator");
    }

    @Test
    void exposureListsAndDepthAreCapped() {
        assertThatThrownBy(() -> ExposureRequest.of("C").withEngaged(new java.util.HashSet<>(
                java.util.stream.IntStream.range(0, 1001).mapToObj(i -> "F" + i).toList())))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("engaged");
        assertThatThrownBy(() -> ExposureRequest.of("C").withDepth(13))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("depth");
    }
}
