package nl.ketenlens.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingAssemblerTests {

    private final Briefing b = Sector.briefing();

    @Test
    void sectorExposureCountsWhatTheFullReportsHold() {
        nl.ketenlens.exposure.ExposureAnalyzer analyzer = new nl.ketenlens.exposure.ExposureAnalyzer(Sector.projection());
        java.util.Map<String, java.util.Set<String>> companies = new java.util.HashMap<>();
        java.util.Map<String, java.util.Set<String>> facilities = new java.util.HashMap<>();
        java.util.Map<String, java.util.Set<String>> sources = new java.util.HashMap<>();
        java.util.Map<String, Double> severity = new java.util.HashMap<>();
        for (String id : Sector.COMPANY_IDS) {
            for (var i : analyzer.analyze(nl.ketenlens.exposure.ExposureRequest.of(id)).salientIssues()) {
                companies.computeIfAbsent(i.key(), x -> new java.util.TreeSet<>()).add(id);
                facilities.computeIfAbsent(i.key(), x -> new java.util.TreeSet<>()).addAll(i.facilityIds());
                i.sources().forEach(s -> sources.computeIfAbsent(i.key(), x -> new java.util.LinkedHashSet<>()).add(s.id()));
                severity.merge(i.key(), i.severity(), Math::max);
            }
        }
        nl.ketenlens.exposure.SectorExposure sector = analyzer.sector(Sector.COMPANY_IDS,
                nl.ketenlens.exposure.ExposureRequest.DEFAULT_DEPTH, null);
        assertThat(sector.issues()).extracting(nl.ketenlens.exposure.SectorExposure.Issue::key)
                .containsExactlyInAnyOrderElementsOf(companies.keySet());
        for (var i : sector.issues()) {
            assertThat(i.companies()).as(i.key()).isEqualTo(companies.get(i.key()).size());
            assertThat(i.facilities()).as(i.key()).isEqualTo(facilities.get(i.key()).size());
            assertThat(i.severity()).as(i.key()).isEqualTo(severity.get(i.key()));
            assertThat(i.sources()).extracting(s -> s.id()).containsExactlyElementsOf(sources.get(i.key()));
        }
        assertThat(sector.blindSpots()).singleElement().satisfies(s -> {
            assertThat(s.commodity()).isEqualTo("garments");
            assertThat(s.companies()).isEqualTo(2);
            assertThat(s.facilities()).isEqualTo(1);
        });
        assertThat(sector.syntheticData()).isTrue();
    }

    @Test
    void salientIssuesRankBySeverityThenLikelihoodAndCountCompanies() {
        assertThat(b.issues().ranked()).extracting(Briefing.IssueRow::key)
                .containsExactly("CD:gold:conflict", "CD:gold:child_labour", "UG:gold:child_labour");
        Briefing.IssueRow first = b.issues().ranked().get(0);
        assertThat(first.severity()).isEqualTo(1.0);
        assertThat(first.companies().value()).isEqualTo(4);
        assertThat(first.sourceIds()).containsExactly("cahra2026");
        assertThat(b.issues().belowK()).isEqualTo(1); // PE:gold:forced_labour, one company
    }

    @Test
    void heatMapHoldsThemeByCountryCellsOfListedIssues() {
        assertThat(b.issues().heatThemes()).containsExactly("conflict", "child_labour");
        assertThat(b.issues().heatCountries()).containsExactlyInAnyOrder("CD", "UG");
        assertThat(b.issues().heatMap()).hasSize(3)
                .allSatisfy(c -> assertThat(c.companies().value()).isEqualTo(4));
    }

    @Test
    void chainCoverageCountsTiersCountriesAndKnownShares() {
        Briefing.Chains c = b.chains();
        assertThat(c.facilities()).isEqualTo(6);
        assertThat(c.tiers()).extracting(Briefing.TierRow::tier, Briefing.TierRow::facilities)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3), org.assertj.core.groups.Tuple.tuple(2, 3));
        assertThat(c.tiers().get(0).companies().value()).isEqualTo(5);
        assertThat(c.knownShare()).isEqualTo(0.5);
        assertThat(c.countries()).isEqualTo(6);
        assertThat(c.mappedDepth()).singleElement().satisfies(d -> {
            assertThat(d.deepestTier()).isEqualTo(2);
            assertThat(d.companies().value()).isEqualTo(5);
        });
    }

    @Test
    void blindSpotIsTheUnmappedCommodityWeightedByItsWorstUpstreamRisk() {
        assertThat(b.chains().blindSpots()).singleElement().satisfies(s -> {
            assertThat(s.commodity()).isEqualTo("garments");
            assertThat(s.expectedTheme()).isEqualTo("forced_labour");
            assertThat(s.expectedCountry()).isEqualTo("CN");
            assertThat(s.expectedRisk()).isCloseTo(14 / 15.0 * 0.6, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(s.companies().suppressed()).isTrue(); // two companies, k = 3
            assertThat(s.facilities()).isEqualTo(1);
        });
    }

    @Test
    void facilitiesAndHotspotsReachedByFewerThanKCompaniesAreNotNamed() {
        assertThat(b.leverage().facilities()).extracting(Briefing.FacilityRow::facilityId).containsExactly("R1", "M1");
        assertThat(b.leverage().facilities()).extracting(Briefing.FacilityRow::rank).containsExactly(1, 2);
        assertThat(b.leverage().plan()).hasSize(2);
        assertThat(b.leverage().plan().get(1).facilityId()).isNull();
        assertThat(b.leverage().plan().get(1).name()).isNull();
        assertThat(b.leverage().plan().get(1).companies().suppressed()).isTrue();
        assertThat(b.leverage().curve()).containsExactly(0.8, 1.0);
        assertThat(b.leverage().cuts()).extracting(Briefing.CutRow::hotspot).containsExactly("CD:gold:conflict");
        assertThat(b.leverage().groups()).extracting(g -> g.companies().value()).containsExactly(4); // the pair is left out
        assertThat(b.leverage().cuts().get(0).facilityNames()).containsExactly("Zurich Precious Refining");
        assertThat(b.leverage().cuts().get(0).unnamed()).isZero();
    }

    @Test
    void nextStepsFollowTheFiguresAndOecdSteps() {
        assertThat(b.nextSteps()).extracting(Briefing.Step::key).startsWith("step.jointIssue", "step.firstFacility",
                "step.cut", "step.group", "step.blindSpot", "step.shares", "step.remedy", "step.trackFirst");
        assertThat(b.nextSteps().get(0).args()).containsExactly("conflict", "gold", "CD", 4, 1.0);
        assertThat(b.nextSteps().get(1).args()).containsExactly("Zurich Precious Refining", "CH", 0.8, 2, 1.0);
        assertThat(b.nextSteps()).extracting(Briefing.Step::oecdStep).contains(2, 3, 4, 5, 6);
    }

    @Test
    void suppressionFollowsK() {
        Briefing k1 = new BriefingAssembler(Sector.inputs(1, null)).assemble();
        assertThat(k1.issues().ranked()).hasSize(4);
        assertThat(k1.issues().ranked().get(1).key()).isEqualTo("PE:gold:forced_labour"); // severity 0.93
        assertThat(k1.chains().blindSpots().get(0).companies().value()).isEqualTo(2);
        Briefing k5 = new BriefingAssembler(Sector.inputs(5, null)).assemble();
        assertThat(k5.issues().ranked()).isEmpty();
        assertThat(k5.leverage().facilities()).isEmpty();
        assertThat(k5.leverage().cuts()).isEmpty();
        assertThatThrownBy(() -> new BriefingAssembler(Sector.inputs(0, null))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sinceDiffShowsNewIssuesRankMovesAndCoverage() {
        Briefing previous = new BriefingAssembler(Sector.inputs(1, null)).assemble();
        Briefing older = new Briefing(new Briefing.Cover("covenant", "gold", "x", "x", LocalDate.of(2026, 6, 1), 3,
                "nl", null, true, 3), previous.context(),
                new Briefing.Issues(List.of(previous.issues().ranked().get(0), previous.issues().ranked().get(1)), 0,
                        List.of(), List.of(), List.of()),
                previous.chains(), previous.dataGaps(), new Briefing.Leverage(7, 4, List.of(previous.leverage().facilities().get(1),
                previous.leverage().facilities().get(0)), List.of(), List.of(0.5), List.of(), List.of(), null),
                List.of(), null, previous.methods());
        Briefing now = new BriefingAssembler(Sector.inputs(3, older)).assemble();
        Briefing.Changes c = now.changes();
        assertThat(c.previousDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(c.newIssues()).containsExactly("CD:gold:child_labour", "UG:gold:child_labour");
        assertThat(c.resolvedIssues()).containsExactly("PE:gold:forced_labour");
        assertThat(c.coverageBefore()).isEqualTo(0.5);
        assertThat(c.coverageAfter()).isEqualTo(1.0);
        assertThat(c.moves()).isNotEmpty();
        assertThat(now.nextSteps()).extracting(Briefing.Step::key).contains("step.trackProgress");
    }

    @Test
    void methodsCiteTheCovenantSourcesAndEverySourceBehindAnIssue() {
        assertThat(b.methods().sources()).extracting(s -> s.id())
                .containsExactly("minbuza2020", "imvo_ser", "kpmg_sra2014", "cahra2026", "ilab2022");
    }
}
