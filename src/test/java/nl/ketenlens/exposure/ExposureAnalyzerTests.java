package nl.ketenlens.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import nl.ketenlens.exposure.PathView.Hop;
import org.junit.jupiter.api.Test;

/** Exposure on hand-built chains whose answers are worked out by hand in the comments. */
class ExposureAnalyzerTests {

    /** C buys cocoa 60 % from A and 40 % from B; A buys all from F, B half; F carries child labour (4,4,4, 0.8). */
    static Net diamond() {
        return new Net().company("C", "food")
                .facility("A", "trader", "NL", "cocoa").facility("B", "trader", "BE", "cocoa")
                .facility("F", "cooperative", "CI", "cocoa")
                .link("C", "A", "cocoa", 0.6).link("C", "B", "cocoa", 0.4)
                .link("A", "F", "cocoa", 1.0).link("B", "F", "cocoa", 0.5)
                .indicator("child_labour", "CI", "cocoa", 4, 4, 4, 0.8);
    }

    @Test
    void diamondCountsBothPathsAndKeepsTheStrongestAsBest() {
        ExposureReport r = diamond().analyzer().analyze(ExposureRequest.of("C"));

        assertThat(r.reachedFacilityCount()).isEqualTo(3);
        assertThat(r.riskBearingCount()).isEqualTo(1);
        FacilityExposure f = r.facilities().get(0);
        assertThat(f.facilityId()).isEqualTo("F");
        assertThat(f.tier()).isEqualTo(2);
        assertThat(f.pathCount()).isEqualTo(2);
        assertThat(f.pathsCapped()).isFalse();
        // best: C→A→F = 0.6 × 1.0; total: 0.6 + 0.4 × 0.5 = 0.8
        assertThat(f.bestPath().hops()).containsExactly(new Hop(1, "A", "cocoa", 0.6), new Hop(2, "F", "cocoa", 1.0));
        assertThat(f.bestPathShare()).isCloseTo(0.6, within(1e-9));
        assertThat(f.totalShare()).isCloseTo(0.8, within(1e-9));
        // severity (4+4+4)/15 = 0.8; weight 0.8 × 0.8 = 0.64
        assertThat(f.riskWeight()).isCloseTo(0.64, within(1e-9));
        assertThat(f.indicators()).singleElement().satisfies(i -> {
            assertThat(i.theme()).isEqualTo("child_labour");
            assertThat(i.source().publisher()).contains("ILAB");
            assertThat(i.source().year()).isEqualTo(2022);
        });
    }

    @Test
    void aPathWithAnUnknownShareHasNoShareAndTotalsCountOnlyFullyKnownPaths() {
        // C-A-F: 0.6 × 1.0 known; C-B-F: 0.4 × unknown → unknown, so the total is 0.6 (a lower bound)
        ExposureReport r = new Net().company("C", "food")
                .facility("A", "trader", "NL", "cocoa").facility("B", "trader", "BE", "cocoa")
                .facility("F", "cooperative", "CI", "cocoa")
                .link("C", "A", "cocoa", 0.6).link("C", "B", "cocoa", 0.4)
                .link("A", "F", "cocoa", 1.0).link("B", "F", "cocoa", null)
                .indicator("child_labour", "CI", "cocoa", 4, 4, 4, 0.8)
                .analyzer().analyze(ExposureRequest.of("C"));

        FacilityExposure f = r.facilities().get(0);
        assertThat(f.pathCount()).isEqualTo(2);
        assertThat(f.bestPath().hops()).extracting(Hop::facilityId).containsExactly("A", "F");
        assertThat(f.totalShare()).isCloseTo(0.6, within(1e-9));
        PathsReport paths = new Net().company("C", "food").facility("B", "trader", "BE", "cocoa")
                .facility("F", "cooperative", "CI", "cocoa").link("C", "B", "cocoa", 0.4)
                .link("B", "F", "cocoa", null).analyzer().paths(ExposureRequest.of("C"), "F", 10);
        assertThat(paths.paths().get(0).share()).isNull();
        assertThat(paths.paths().get(0).hops().get(0).share()).isEqualTo(0.4);
    }

    @Test
    void salientIssueExplainsItsRankInPlainLanguage() {
        SalientIssue issue = diamond().analyzer().analyze(ExposureRequest.of("C")).salientIssues().get(0);

        assertThat(issue.rank()).isEqualTo(1);
        assertThat(issue.key()).isEqualTo("CI:cocoa:child_labour");
        assertThat(issue.facilityIds()).containsExactly("F");
        assertThat(issue.facilityCount()).isEqualTo(1);
        assertThat(issue.severity()).isCloseTo(0.8, within(1e-9));
        assertThat(issue.reason()).isEqualTo("Child labour in cocoa from Côte d’Ivoire: severity 0.80 (scale 4, "
                + "scope 4, irremediability 4), likelihood 0.8 (ILAB 2022); reached at tier 2 via 2 paths, 80 % of volume");
    }

    @Test
    void cycleNeverLoops() {
        // C → A → B → A (cycle) and B → F → A (cycle through the risk facility): one simple path C-A-B-F
        ExposureReport r = new Net().company("C", "food")
                .facility("A", "trader", "NL", "cocoa").facility("B", "processor", "NL", "cocoa")
                .facility("F", "cooperative", "CI", "cocoa")
                .link("C", "A", "cocoa", null).link("A", "B", "cocoa", null).link("B", "A", "cocoa", null)
                .link("B", "F", "cocoa", null).link("F", "A", "cocoa", null)
                .indicator("child_labour", "CI", "cocoa", 4, 4, 4, 0.8)
                .analyzer().analyze(ExposureRequest.of("C").withDepth(12));

        assertThat(r.reachedFacilityCount()).isEqualTo(3);
        FacilityExposure f = r.facilities().get(0);
        assertThat(f.tier()).isEqualTo(3);
        assertThat(f.pathCount()).isEqualTo(1);
        assertThat(f.bestPath().hops()).extracting(Hop::facilityId).containsExactly("A", "B", "F");
        assertThat(f.totalShare()).isNull();
        assertThat(f.bestPathShare()).isNull();
    }

    @Test
    void deepChainBeyondTheDepthLimitIsNotReached() {
        Net net = new Net().company("C", "food");
        String buyer = "C";
        for (int i = 1; i <= 8; i++) {
            net.facility("F" + i, "processor", i == 8 ? "CI" : "NL", "cocoa").link(buyer, "F" + i, "cocoa", null);
            buyer = "F" + i;
        }
        ExposureAnalyzer analyzer = net.indicator("child_labour", "CI", "cocoa", 4, 4, 4, 0.8).analyzer();

        ExposureReport six = analyzer.analyze(ExposureRequest.of("C"));
        assertThat(six.reachedFacilityCount()).isEqualTo(6);
        assertThat(six.salientIssues()).isEmpty();
        assertThat(analyzer.analyze(ExposureRequest.of("C").withDepth(7)).riskBearingCount()).isZero();
        ExposureReport eight = analyzer.analyze(ExposureRequest.of("C").withDepth(8));
        assertThat(eight.facilities()).singleElement().satisfies(f -> {
            assertThat(f.facilityId()).isEqualTo("F8");
            assertThat(f.tier()).isEqualTo(8);
        });
    }

    @Test
    void facilityWithTwoIndicatorsYieldsTwoIssuesMostSevereFirst() {
        ExposureReport r = new Net().company("C", "food").facility("F", "cooperative", "CI", "cocoa")
                .link("C", "F", "cocoa", 1.0)
                .indicator("child_labour", "CI", "cocoa", 4, 4, 4, 0.8)      // severity 0.80, weight 0.64
                .indicator("forced_labour", "CI", "cocoa", 5, 4, 5, 0.5)     // severity 0.933, weight 0.467
                .analyzer().analyze(ExposureRequest.of("C"));

        // severity first: forced labour outranks child labour although its weight is lower
        assertThat(r.salientIssues()).extracting(SalientIssue::theme).containsExactly("forced_labour", "child_labour");
        assertThat(r.facilities().get(0).indicators()).extracting(i -> i.theme())
                .containsExactly("forced_labour", "child_labour");
        assertThat(r.facilities().get(0).riskWeight()).isCloseTo(0.64 + 14 / 15.0 * 0.5, within(1e-9));
        assertThat(r.totals().byTheme()).extracting(Totals.Total::key).containsExactly("child_labour", "forced_labour");
        assertThat(r.totals().byTier()).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("1");
            assertThat(t.riskWeight()).isCloseTo(1.10667, within(1e-5));
        });
    }

    @Test
    void equalSeverityAndLikelihoodRankByShareBeforeTier() {
        // CI reached at tier 2 with 70 % of volume, GH at tier 1 with 30 %: the larger share ranks first
        ExposureReport r = new Net().company("C", "food")
                .facility("A", "trader", "NL", "cocoa").facility("F", "cooperative", "CI", "cocoa")
                .facility("G", "cooperative", "GH", "cocoa")
                .link("C", "A", "cocoa", 0.7).link("A", "F", "cocoa", 1.0).link("C", "G", "cocoa", 0.3)
                .indicator("child_labour", "CI", "cocoa", 4, 4, 4, 0.8)
                .indicator("child_labour", "GH", "cocoa", 4, 4, 4, 0.8)
                .analyzer().analyze(ExposureRequest.of("C"));

        assertThat(r.salientIssues()).extracting(SalientIssue::country).containsExactly("CI", "GH");
        assertThat(r.totals().byCountry()).extracting(Totals.Total::key).containsExactlyInAnyOrder("CI", "GH");
        assertThat(r.totals().byTier()).extracting(Totals.Total::key).containsExactly("1", "2");
    }

    @Test
    void companyWithoutRiskGetsAnEmptyRankingNotAnError() {
        ExposureReport r = new Net().company("C", "floriculture").facility("A", "farm", "NL", "cut_flowers")
                .link("C", "A", "cut_flowers", 1.0)
                .indicator("child_labour", "CI", "cocoa", 4, 4, 4, 0.8)
                .analyzer().analyze(ExposureRequest.of("C"));

        assertThat(r.reachedFacilityCount()).isEqualTo(1);
        assertThat(r.riskBearingCount()).isZero();
        assertThat(r.salientIssues()).isEmpty();
        assertThat(r.facilities()).isEmpty();
        assertThat(r.totals().byTheme()).isEmpty();
        assertThat(r.blindSpots()).isEmpty();
        assertThat(r.whatIf()).isNull();
    }

    @Test
    void themeFilterKeepsOnlyThatTheme() {
        ExposureReport r = new Net().company("C", "food").facility("F", "cooperative", "CI", "cocoa")
                .link("C", "F", "cocoa", 1.0)
                .indicator("child_labour", "CI", "cocoa", 4, 4, 4, 0.8)
                .indicator("forced_labour", "CI", "cocoa", 5, 4, 5, 0.5)
                .analyzer().analyze(ExposureRequest.of("C").withTheme("child_labour"));

        assertThat(r.theme()).isEqualTo("child_labour");
        assertThat(r.salientIssues()).extracting(SalientIssue::theme).containsExactly("child_labour");
        assertThat(r.facilities().get(0).riskWeight()).isCloseTo(0.64, within(1e-9));
    }

    @Test
    void financialInstitutionReachesChainsThroughTheCompaniesItFinances() {
        ExposureReport r = diamond().bank("K").finances("K", "C").analyzer().analyze(ExposureRequest.of("K"));

        assertThat(r.financialInstitution()).isTrue();
        assertThat(r.financedCompanyIds()).containsExactly("C");
        assertThat(r.financedCompanyCount()).isEqualTo(1);
        FacilityExposure f = r.facilities().get(0);
        assertThat(f.tier()).isEqualTo(2);
        assertThat(f.pathCount()).isEqualTo(2);
        assertThat(f.bestPath().financierId()).isEqualTo("K");
        assertThat(f.bestPath().companyId()).isEqualTo("C");
        assertThat(f.bestPath().hops()).extracting(Hop::facilityId).containsExactly("A", "F");
    }

    @Test
    void pathCapBoundsTheEnumerationAndSaysSo() {
        ExposureReport r = diamond().analyzer().analyze(ExposureRequest.of("C").withPathCap(1));

        FacilityExposure f = r.facilities().get(0);
        assertThat(f.pathCount()).isEqualTo(1);
        assertThat(f.pathsCapped()).isTrue();
        assertThat(r.pathsTruncated()).isTrue();
        assertThat(f.tier()).isEqualTo(2);   // tiers come from the breadth-first search, never capped
        assertThat(r.salientIssues().get(0).reason()).contains("via 1+ paths");
    }

    @Test
    void pathsListsEveryPathToOneFacilityShortestAndStrongestFirst() {
        ExposureAnalyzer analyzer = diamond().link("A", "B", "cocoa", 0.1).analyzer();

        PathsReport p = analyzer.paths(ExposureRequest.of("C"), "F", 100);

        // C-A-F (0.6), C-B-F (0.2), C-A-B-F (0.6 × 0.1 × 0.5 = 0.03)
        assertThat(p.pathCount()).isEqualTo(3);
        assertThat(p.tier()).isEqualTo(2);
        assertThat(p.truncated()).isFalse();
        assertThat(p.paths()).extracting(v -> v.hops().stream().map(Hop::facilityId).toList())
                .containsExactly(List.of("A", "F"), List.of("B", "F"), List.of("A", "B", "F"));
        assertThat(p.paths().get(2).share()).isCloseTo(0.03, within(1e-9));
        assertThat(analyzer.paths(ExposureRequest.of("C"), "F", 2).truncated()).isTrue();
        assertThat(analyzer.paths(ExposureRequest.of("C").withDepth(1), "F", 10).paths()).isEmpty();
    }

    @Test
    void unknownIdsAreRejectedByName() {
        ExposureAnalyzer analyzer = diamond().analyzer();

        assertThatThrownBy(() -> analyzer.analyze(ExposureRequest.of("NOPE"))).hasMessageContaining("'NOPE'");
        assertThatThrownBy(() -> analyzer.analyze(ExposureRequest.of("A"))).hasMessageContaining("unknown company");
        assertThatThrownBy(() -> analyzer.analyze(ExposureRequest.of("C").withEngaged(Set.of("X"))))
                .hasMessageContaining("engaged").hasMessageContaining("'X'");
        assertThatThrownBy(() -> analyzer.analyze(ExposureRequest.of("C")
                .withReplaced(List.of(ExposureRequest.Link.parse("C>F"))))).hasMessageContaining("replaced");
        assertThatThrownBy(() -> analyzer.paths(ExposureRequest.of("C"), "C", 10)).hasMessageContaining("facility");
        assertThatThrownBy(() -> ExposureRequest.of("C").withDepth(13)).hasMessageContaining("depth");
        assertThatThrownBy(() -> ExposureRequest.Link.parse("C-A")).hasMessageContaining("BUYER>SUPPLIER");
    }
}
