package nl.ketenlens.seed.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeverityRulesTests {

    @Test
    void scopeFollowsShareOfWorkingChildrenAtTheBandEdges() {
        assertThat(SeverityRules.childLabourScope(0.0)).isEqualTo(1);
        assertThat(SeverityRules.childLabourScope(0.0249)).isEqualTo(1);
        assertThat(SeverityRules.childLabourScope(0.025)).isEqualTo(2);
        assertThat(SeverityRules.childLabourScope(0.05)).isEqualTo(3);
        assertThat(SeverityRules.childLabourScope(0.0999)).isEqualTo(3);
        assertThat(SeverityRules.childLabourScope(0.10)).isEqualTo(4);
        assertThat(SeverityRules.childLabourScope(0.20)).isEqualTo(5);
        assertThat(SeverityRules.childLabourScope(null)).as("unknown: conservative, not middling").isEqualTo(5);
    }

    @Test
    void weakGovernmentEffortsRaiseLikelihoodByOneTenth() {
        assertThat(SeverityRules.childLabourLikelihood("Moderate Advancement")).isEqualTo(0.7);
        assertThat(SeverityRules.childLabourLikelihood("Significant Advancement")).isEqualTo(0.7);
        assertThat(SeverityRules.childLabourLikelihood("Minimal Advancement")).isEqualTo(0.8);
        assertThat(SeverityRules.childLabourLikelihood(
                "No Advancement – Efforts Made but Complicit in Forced Child Labor")).isEqualTo(0.8);
        assertThat(SeverityRules.childLabourLikelihood("No Assessment")).isEqualTo(0.7);
        assertThat(SeverityRules.childLabourLikelihood(null)).isEqualTo(0.7);
    }

    @Test
    void childLabourBasisQuotesTheSourceFigure() {
        Rating rating = SeverityRules.childLabour("Cobalt ore (heterogenite)", "Congo, Democratic Republic of the",
                false, new ChildLabourStats(0.174, "5-14", "Minimal Advancement"));

        assertThat(rating).extracting(Rating::scale, Rating::scope, Rating::irremediability, Rating::likelihood)
                .containsExactly(4, 4, 4, 0.8);
        assertThat(rating.basis()).contains("17.4 % of children aged 5-14 working → scope 4")
                .contains("'Minimal Advancement' → likelihood 0.8");
    }

    @Test
    void forcedChildLabourRaisesScaleToFive() {
        Rating rating = SeverityRules.childLabour("Cocoa", "Côte d'Ivoire", true,
                new ChildLabourStats(0.256, "5-14", "Significant Advancement"));

        assertThat(rating).extracting(Rating::scale, Rating::scope, Rating::likelihood).containsExactly(5, 5, 0.7);
    }

    @Test
    void conflictTiers() {
        assertThat(SeverityRules.conflict(CahraStatus.CONFLICT_AFFECTED, "Nord-Kivu"))
                .extracting(Rating::scale, Rating::scope, Rating::irremediability, Rating::likelihood)
                .containsExactly(5, 4, 5, 0.8);
        assertThat(SeverityRules.conflict(CahraStatus.HIGH_RISK, "Kongo Central"))
                .extracting(Rating::scale, Rating::scope, Rating::irremediability, Rating::likelihood)
                .containsExactly(4, 3, 4, 0.5);
        assertThat(SeverityRules.conflict(CahraStatus.WHOLE_COUNTRY, "Burundi").likelihood()).isEqualTo(0.5);
    }

    @Test
    void deforestationOnlyForStandardAndHighRisk() {
        assertThat(SeverityRules.deforestation("high", "Myanmar")).get()
                .extracting(Rating::scale, Rating::scope, Rating::irremediability, Rating::likelihood)
                .containsExactly(4, 4, 5, 0.7);
        assertThat(SeverityRules.deforestation("standard", "Brazil")).get()
                .extracting(Rating::likelihood).isEqualTo(0.3);
        assertThat(SeverityRules.deforestation("low", "Netherlands")).isEmpty();
        assertThatThrownBy(() -> SeverityRules.deforestation("medium", "X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("medium");
    }
}
