package nl.ketenlens.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeWeightsTests {

    private static IndicatorView indicator(String id, String theme, String region, double weight) {
        return new IndicatorView(id, theme, "UG", region, "gold", 3, 3, 3, weight / 0.6, 0.6, weight, "", null);
    }

    @Test
    void strongestIndicatorPerThemeCountsAndThemesAddUp() {
        ThemeWeights w = ThemeWeights.of(List.of(
                indicator("country-wide", "child_labour", null, 0.3),
                indicator("regional", "child_labour", "UG-W", 0.5),
                indicator("other-harm", "forced_labour", null, 0.2)));

        assertThat(w.byTheme()).containsExactly(
                org.assertj.core.api.Assertions.entry("child_labour", 0.5),
                org.assertj.core.api.Assertions.entry("forced_labour", 0.2));
        assertThat(w.total()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void noIndicatorsWeighNothing() {
        ThemeWeights w = ThemeWeights.of(List.of());

        assertThat(w.byTheme()).isEmpty();
        assertThat(w.total()).isZero();
    }
}
