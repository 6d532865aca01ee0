package nl.ketenlens.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class LimitsTests {

    @Test
    void overTheLimitIs400NamingParameterAndLimit() {
        assertThatThrownBy(() -> Limits.requireAtMost("engaged", Collections.nCopies(1001, "F"), Limits.MAX_IDS))
                .isInstanceOf(BadRequestException.class).hasMessage("engaged: at most 1000 values, was 1001");
        assertThatCode(() -> Limits.requireAtMost("engaged", null, 1)).doesNotThrowAnyException();
    }
}
