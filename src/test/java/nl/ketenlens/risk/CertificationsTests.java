package nl.ketenlens.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ketenlens.analysis.RiskWeight;
import org.junit.jupiter.api.Test;

/** The one certification rule: which schemes lower which themes, by how much, and what it says. */
class CertificationsTests {

    private static IndicatorView indicator(String theme, double likelihood) {
        return new IndicatorView("src:" + theme + ":CD:gold", theme, "CD", null, "gold", 5, 4, 5, likelihood,
                RiskWeight.severity(5, 4, 5), RiskWeight.weight(5, 4, 5, likelihood), "as imported", null);
    }

    @Test
    void schemesAreRecognisedInWhatFacilitiesDeclare() {
        assertThat(Certifications.scheme("RMAP conformant")).get().extracting(Certifications.Scheme::name).isEqualTo("RMAP");
        assertThat(Certifications.scheme("FSC-C012345")).get().extracting(Certifications.Scheme::name).isEqualTo("FSC");
        assertThat(Certifications.scheme("Fairtrade certified")).get().extracting(Certifications.Scheme::name)
                .isEqualTo("Fairtrade");
        assertThat(Certifications.scheme("Acme Gold Seal")).isEmpty();
        assertThat(Certifications.scheme("rmapx")).isEmpty();
    }

    @Test
    void aCoveredThemeHasItsLikelihoodHalvedOnceAndSaysWhy() {
        IndicatorView conflict = indicator("conflict", 0.8);
        IndicatorView pollution = indicator("pollution", 0.6);
        List<IndicatorView> out = Certifications.apply(List.of(conflict, pollution), List.of("RMAP conformant", "RJC"));
        assertThat(out.get(0).likelihood()).isEqualTo(0.4);
        assertThat(out.get(0).riskWeight()).isEqualTo(RiskWeight.weight(5, 4, 5, 0.4));
        assertThat(out.get(0).severity()).isEqualTo(conflict.severity());
        assertThat(out.get(0).basis()).isEqualTo("as imported; likelihood lowered ×0.5 because: RMAP conformant, RJC "
                + "(self-declared in import)");
        assertThat(Certifications.loweredReason(out.get(0)))
                .isEqualTo("likelihood lowered ×0.5 because: RMAP conformant, RJC (self-declared in import)");
        assertThat(out.get(1)).isSameAs(pollution);
        assertThat(Certifications.loweredReason(pollution)).isNull();
    }

    @Test
    void anUnknownSchemeIsShownButLowersNothing() {
        IndicatorView conflict = indicator("conflict", 0.8);
        assertThat(Certifications.apply(List.of(conflict), List.of("Acme Gold Seal"))).containsExactly(conflict);
        assertThat(Certifications.statement(List.of("Acme Gold Seal", "RMAP conformant"))).isEqualTo(
                "Certifications (self-declared in import): Acme Gold Seal (not a scheme Ketenlens knows: no effect); "
                        + "RMAP conformant (RMAP: likelihood ×0.5 for child_labour, conflict, corruption, forced_labour)");
        assertThat(Certifications.statement(List.of())).isNull();
    }
}
