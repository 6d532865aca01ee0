package nl.ketenlens.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import nl.ketenlens.access.CompanyCount;
import nl.ketenlens.access.Disclosure;
import nl.ketenlens.exposure.WhatIf.ThemeChange;
import org.junit.jupiter.api.Test;

/** Blind spots, what-if and sector context on hand-built chains. */
class BlindSpotAndWhatIfTests {

    /** Garments are made from fabric, fabric from cotton; forced labour in Chinese cotton weighs 14/15 × 0.6. */
    static Net textile() {
        return new Net()
                .commodity("garments", "Garments", List.of("fabric"), List.of("BD", "CN"))
                .commodity("fabric", "Fabric", List.of("cotton"), List.of("CN", "IN"))
                .commodity("cotton", "Cotton", List.of(), List.of("CN", "IN", "US"))
                .indicator("forced_labour", "CN", "cotton", 5, 5, 4, 0.6)     // 0.56
                .indicator("child_labour", "IN", "cotton", 4, 4, 4, 0.5)      // 0.40
                .indicator("health_safety", "BD", "garments", 4, 4, 3, 0.6)   // 11/15 × 0.6 = 0.44
                .indicator("forced_labour", "CN", "fabric", 5, 4, 4, 0.4);    // 13/15 × 0.4 ≈ 0.347
    }

    @Test
    void garmentFactoryWithoutFabricMillIsABlindSpotWeightedByItsUpstream() {
        ExposureReport r = textile().company("C", "textile").facility("G", "factory", "BD", "garments")
                .link("C", "G", "garments", 1.0).analyzer().analyze(ExposureRequest.of("C"));

        assertThat(r.blindSpotCount()).isEqualTo(1);
        BlindSpot b = r.blindSpots().get(0);
        assertThat(b.facilityId()).isEqualTo("G");
        assertThat(b.reasons()).containsExactly(BlindSpots.NO_SUPPLIER);
        assertThat(b.expectedFrom()).containsExactly("fabric", "cotton");
        // the worst that may hide upstream: forced labour in cotton from China, (5+5+4)/15 × 0.6
        assertThat(b.expectedRiskWeight()).isCloseTo(0.56, within(1e-9));
        assertThat(b.expectedTheme()).isEqualTo("forced_labour");
        assertThat(b.expectedCountry()).isEqualTo("CN");
        assertThat(b.expectedCommodity()).isEqualTo("cotton");
        assertThat(b.expectedSource().id()).isEqualTo("ilab2022");
        assertThat(b.explanation()).contains("no supplier on record").contains("fabric, cotton")
                .contains("forced labour in cotton from China");
        // its own indicator still counts as exposure
        assertThat(r.salientIssues()).extracting(SalientIssue::theme).containsExactly("health_safety");
    }

    @Test
    void factoryWithKnownSupplierIsNoBlindSpotButUnknownCountryIs() {
        ExposureReport r = textile().company("C", "textile")
                .facility("G", "factory", "BD", "garments").facility("M", "mill", "CN", "fabric")
                .facility("S", "spinner", "IN", "cotton").facility("U", "trader", null, "cotton")
                .link("C", "G", "garments", 1.0).link("G", "M", "fabric", 1.0).link("M", "S", "cotton", 1.0)
                .link("C", "U", "cotton", null)
                .analyzer().analyze(ExposureRequest.of("C"));

        assertThat(r.blindSpots()).singleElement().satisfies(b -> {
            assertThat(b.facilityId()).isEqualTo("U");
            assertThat(b.reasons()).containsExactly(BlindSpots.UNKNOWN_COUNTRY);
            assertThat(b.expectedFrom()).containsExactly("cotton");
            assertThat(b.expectedRiskWeight()).isCloseTo(0.56, within(1e-9));
        });
        assertThat(r.totals().byCountry()).extracting(Totals.Total::key).doesNotContain("unknown");
    }

    @Test
    void blindSpotWithoutAnyKnownIndicatorSaysExpectedRiskUnknown() {
        ExposureReport r = new Net().commodity("jewellery", "Jewellery", List.of("gold"), List.of("IN"))
                .commodity("gold", "Gold", List.of(), List.of("CN", "AU"))
                .company("C", "gold").facility("J", "manufacturer", "NL", "jewellery")
                .link("C", "J", "jewellery", null).analyzer().analyze(ExposureRequest.of("C"));

        assertThat(r.blindSpots()).singleElement().satisfies(b -> {
            assertThat(b.expectedRiskWeight()).isNull();
            assertThat(b.explanation()).contains("Expected risk unknown");
        });
    }

    /** C buys garments from G (BD, health and safety); G buys fabric from M (CN, forced labour). */
    static Net twoThemes() {
        return textile().company("C", "textile")
                .facility("G", "factory", "BD", "garments").facility("M", "mill", "CN", "fabric")
                .facility("S", "spinner", "US", "cotton")
                .link("C", "G", "garments", 1.0).link("G", "M", "fabric", 0.5).link("M", "S", "cotton", 1.0);
    }

    @Test
    void engagingTheMillRemovesExactlyOneTheme() {
        ExposureReport r = twoThemes().analyzer().analyze(ExposureRequest.of("C").withEngaged(Set.of("M")));

        assertThat(r.whatIf().engagedFacilityIds()).containsExactly("M");
        assertThat(r.whatIf().themes()).extracting(ThemeChange::theme).containsExactly("forced_labour", "health_safety");
        ThemeChange forced = r.whatIf().themes().get(0);
        assertThat(forced.before()).isCloseTo(13 / 15.0 * 0.4, within(1e-9));
        assertThat(forced.after()).isZero();
        assertThat(forced.facilitiesBefore()).isEqualTo(1);
        assertThat(forced.facilitiesAfter()).isZero();
        ThemeChange health = r.whatIf().themes().get(1);
        assertThat(health.after()).isEqualTo(health.before()).isCloseTo(0.44, within(1e-9));
        // the report itself shows the situation after the what-if
        assertThat(r.salientIssues()).extracting(SalientIssue::theme).containsExactly("health_safety");
        assertThat(r.reachedFacilityCount()).isEqualTo(1);
    }

    @Test
    void replacingALinkRemovesOnlyThePathsOverIt() {
        ExposureReport r = ExposureAnalyzerTests.diamond().analyzer().analyze(ExposureRequest.of("C")
                .withReplaced(List.of(ExposureRequest.Link.parse("C>A"))));

        FacilityExposure f = r.facilities().get(0);
        assertThat(f.pathCount()).isEqualTo(1);
        assertThat(f.bestPath().hops()).extracting(PathView.Hop::facilityId).containsExactly("B", "F");
        assertThat(f.totalShare()).isCloseTo(0.2, within(1e-9));
        assertThat(r.whatIf().replacedLinks()).containsExactly("C>A");
        assertThat(r.whatIf().themes()).singleElement().satisfies(t -> assertThat(t.change()).isZero());
    }

    @Test
    void sectorContextCountsOtherCompaniesOfTheSameSectorOnly() {
        ExposureAnalyzer analyzer = new Net()
                .company("C1", "food").company("C2", "food").company("C3", "food").company("D", "metal")
                .facility("F", "cooperative", "CI", "cocoa").facility("T1", "trader", "NL", "cocoa")
                .facility("T2", "trader", "NL", "cocoa")
                .link("C1", "F", "cocoa", null).link("C2", "F", "cocoa", null).link("D", "F", "cocoa", null)
                .link("C3", "T1", "cocoa", null).link("T1", "T2", "cocoa", null).link("T2", "F", "cocoa", null)
                .indicator("child_labour", "CI", "cocoa", 4, 4, 4, 0.8)
                .analyzer();

        assertThat(analyzer.analyze(ExposureRequest.of("C1")).salientIssues().get(0).otherCompaniesInSector())
                .isEqualTo(CompanyCount.exact(2));   // C2 directly, C3 at tier 3
        assertThat(analyzer.analyze(ExposureRequest.of("C1").withDepth(2)).salientIssues().get(0)
                .otherCompaniesInSector()).isEqualTo(CompanyCount.exact(1));   // C3 is beyond depth 2
        assertThat(analyzer.analyze(ExposureRequest.of("D")).salientIssues().get(0).otherCompaniesInSector())
                .isEqualTo(CompanyCount.exact(0));
        // what C1 itself may see: 2 of its sector's 2 other companies is below k = 3
        CompanyCount shown = analyzer.analyze(ExposureRequest.of("C1"), new Disclosure(3, false)).salientIssues()
                .get(0).otherCompaniesInSector();
        assertThat(shown.suppressed()).isTrue();
        assertThat(shown.value()).isNull();
        assertThat(shown.text()).isEqualTo("fewer than 3");
    }
}
