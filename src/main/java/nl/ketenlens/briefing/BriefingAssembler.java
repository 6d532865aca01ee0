package nl.ketenlens.briefing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenlens.access.CompanyCount;
import nl.ketenlens.briefing.Briefing.Count;
import nl.ketenlens.exposure.SectorExposure;
import nl.ketenlens.leverage.LeverageReports.CutReport;
import nl.ketenlens.leverage.LeverageReports.FacilityLeverage;
import nl.ketenlens.leverage.LeverageReports.GroupView;
import nl.ketenlens.leverage.LeverageReports.OutputShare;
import nl.ketenlens.leverage.LeverageReports.PlanStepView;
import nl.ketenlens.risk.Certifications;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;
import nl.ketenlens.risk.Staleness;

/**
 * Builds a {@link Briefing} from service results, keeping only aggregate figures: company identities are read
 * to count distinct companies and then dropped; any count below k becomes an empty {@link Count}; a facility
 * or hotspot that fewer than k companies reach is not named. Plain Java, no Spring.
 */
final class BriefingAssembler {

    static final int TOP_ISSUES = 15;
    static final int TOP_FACILITIES = 10;
    static final int HEAT_THEMES = 8;
    static final int HEAT_COUNTRIES = 10;
    static final int TOP_BLIND_SPOTS = 8;
    static final int TOP_REACHED = 8;
    static final int TOP_GROUPS = 5;

    private final BriefingInputs in;
    private final int k;

    BriefingAssembler(BriefingInputs in) {
        if (in.k() < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + in.k());
        }
        this.in = in;
        this.k = in.k();
    }

    Briefing assemble() {
        Briefing.Issues issues = issues();
        Briefing.Chains chains = chains();
        Briefing.Leverage leverage = leverage();
        Briefing.Cover cover = cover();
        Briefing.Context context = new Briefing.Context(in.covenant(), in.sector(), in.sectorName(),
                in.sectorNameNl(), in.leverage().scope().selection().companyCount().value(),
                in.leverage().scope().selection().memberCount().value(), in.kpmgRisks());
        Briefing.DataGaps gaps = DataGapTable.of(in.coverage(), in.gapBasis(), in.gapThemes(), in.chains().countries(), k);
        Briefing draft = new Briefing(cover, context, issues, chains, gaps, leverage, List.of(), null,
                methods(issues, chains));
        Briefing.Changes changes = in.previous() == null ? null : SinceDiff.changes(in.previous(), draft);
        return new Briefing(cover, context, issues, chains, gaps, leverage,
                NextSteps.of(draft, changes), changes, draft.methods());
    }

    private Briefing.Cover cover() {
        boolean synthetic = in.leverage().scope().syntheticData()
                || in.exposure().syntheticData();
        String name = in.covenant() != null ? in.covenant().name() : in.sectorName();
        String nameNl = in.covenant() != null ? in.covenant().nameNl() : in.sectorNameNl();
        return new Briefing.Cover(in.scope(), in.code(), name, nameNl, in.date(), in.leverage().scope().graphRevision(),
                in.lang(), in.theme(), synthetic, k);
    }

    // ---- salient issues -------------------------------------------------------------------------------------

    private Briefing.Issues issues() {
        List<SectorExposure.Issue> shown = in.exposure().issues().stream().filter(a -> a.companies() >= k)
                .sorted(Comparator.<SectorExposure.Issue>comparingDouble(a -> -a.severity())
                        .thenComparingDouble(a -> -a.likelihood())
                        .thenComparingInt(a -> -a.companies())
                        .thenComparing(SectorExposure.Issue::key))
                .toList();
        List<Briefing.IssueRow> rows = new ArrayList<>();
        for (SectorExposure.Issue t : shown.subList(0, Math.min(TOP_ISSUES, shown.size()))) {
            IndicatorView top = t.strongest();
            rows.add(new Briefing.IssueRow(rows.size() + 1, t.key(), t.theme(), t.country(), t.commodity(),
                    t.severity(), t.likelihood(), t.riskWeight(), Count.of(t.companies(), k), t.facilities(),
                    t.sources().stream().map(SourceView::id).toList(), top != null && top.proxy(),
                    top == null ? null : top.observedYear(),
                    top != null && top.source() != null && Staleness.stale(top.observedYear(), top.source().year()),
                    top == null ? List.of() : top.unknown()));
        }
        return heatMap(rows.isEmpty() ? List.of() : shown, rows, in.exposure().issues().size() - shown.size());
    }

    private Briefing.Issues heatMap(List<SectorExposure.Issue> shown, List<Briefing.IssueRow> rows, int belowK) {
        Map<String, Double> themeSeverity = new LinkedHashMap<>();
        Map<String, BitSet> countryCompanies = new HashMap<>();
        Map<String, BitSet> cellCompanies = new HashMap<>();
        Map<String, Double> cellSeverity = new HashMap<>();
        for (SectorExposure.Issue t : shown) {
            themeSeverity.merge(t.theme(), t.severity(), Math::max);
            countryCompanies.computeIfAbsent(t.country(), x -> new BitSet()).or(t.members());
            String cell = t.theme() + "|" + t.country();
            cellCompanies.computeIfAbsent(cell, x -> new BitSet()).or(t.members());
            cellSeverity.merge(cell, t.severity(), Math::max);
        }
        List<String> themes = themeSeverity.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(HEAT_THEMES).map(Map.Entry::getKey).toList();
        List<String> countries = countryCompanies.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, BitSet>>comparingInt(e -> -e.getValue().cardinality())
                        .thenComparing(Map.Entry::getKey))
                .limit(HEAT_COUNTRIES).map(Map.Entry::getKey).toList();
        List<Briefing.HeatCell> cells = new ArrayList<>();
        for (String theme : themes) {
            for (String country : countries) {
                String cell = theme + "|" + country;
                if (cellSeverity.containsKey(cell)) {
                    cells.add(new Briefing.HeatCell(theme, country, cellSeverity.get(cell),
                            Count.of(cellCompanies.get(cell).cardinality(), k)));
                }
            }
        }
        return new Briefing.Issues(rows, belowK, themes, countries, cells);
    }

    // ---- chains and blind spots -----------------------------------------------------------------------------

    private Briefing.Chains chains() {
        ChainCoverage.Figures f = in.chains();
        List<Briefing.TierRow> tiers = f.tiers().entrySet().stream()
                .map(e -> new Briefing.TierRow(e.getKey(), e.getValue()[0], Count.of(e.getValue()[1], k))).toList();
        List<Briefing.DepthBucket> depth = f.deepestTier().entrySet().stream()
                .map(e -> new Briefing.DepthBucket(e.getKey(), Count.of(e.getValue(), k))).toList();
        Double known = f.links() == 0 ? null : (double) f.linksWithShare() / f.links();
        return new Briefing.Chains(f.facilities(), tiers, f.countries().size(), f.commodities().size(),
                reached(f.countries()), reached(f.commodities()), known, depth, blindSpots());
    }

    private List<Briefing.Reached> reached(Map<String, int[]> counts) {
        return ChainCoverage.keysByCompanies(counts).stream().limit(TOP_REACHED)
                .map(key -> new Briefing.Reached(key, counts.get(key)[0], Count.of(counts.get(key)[1], k))).toList();
    }

    private List<Briefing.BlindSpotRow> blindSpots() {
        return in.exposure().blindSpots().stream()
                .sorted(Comparator.<SectorExposure.BlindSpotFigures>comparingDouble(
                                s -> -(s.expectedRiskWeight() == null ? 0 : s.expectedRiskWeight()) * s.companies())
                        .thenComparing(SectorExposure.BlindSpotFigures::commodity))
                .limit(TOP_BLIND_SPOTS)
                .map(s -> new Briefing.BlindSpotRow(s.commodity(), Count.of(s.companies(), k), s.facilities(),
                        s.expectedRiskWeight(), s.expectedTheme(), s.expectedCountry(), s.expectedCommodity(),
                        s.expectedSource() == null ? null : s.expectedSource().id()))
                .toList();
    }

    // ---- leverage -------------------------------------------------------------------------------------------

    private Briefing.Leverage leverage() {
        List<Briefing.FacilityRow> facilities = new ArrayList<>();
        for (FacilityLeverage f : in.leverage().facilities()) {
            if (f.reachCompanies().value() >= k && facilities.size() < TOP_FACILITIES) {
                facilities.add(new Briefing.FacilityRow(facilities.size() + 1, f.facilityId(), f.name(), f.type(),
                        f.country(), Count.of(f.reachCompanies().value(), k), f.betweennessShare(), f.riskWeight(),
                        f.chokepoint(), List.copyOf(f.dominatedHotspots()), certifications(f.certifications()),
                        output(f.memberOutput())));
            }
        }
        List<Briefing.PlanRow> plan = in.plan().steps().stream().map(this::planRow).toList();
        List<Briefing.CutRow> cuts = in.cuts().stream().filter(c -> c.exposedCompanies().value() >= k)
                .map(this::cutRow).toList();
        List<Briefing.GroupRow> groups = in.groups() == null ? List.of() : in.groups().groups().stream()
                .filter(g -> g.companies().value() >= k).limit(TOP_GROUPS).map(this::groupRow).toList();
        return new Briefing.Leverage(in.leverage().totalExposure(), in.leverage().riskBearingFacilities(),
                facilities, plan, List.copyOf(in.plan().curve()), cuts, groups, in.groupsLeftOutAbove());
    }

    /** Each declared certification with the scheme Ketenlens recognises in it and what that lowers. */
    static List<Briefing.Certification> certifications(List<String> declared) {
        if (declared == null) {
            return List.of();
        }
        return declared.stream().map(d -> Certifications.scheme(d)
                        .map(s -> new Briefing.Certification(d, s.name(), s.themes().stream().sorted().toList(),
                                Certifications.FACTOR))
                        .orElse(new Briefing.Certification(d, null, List.of(), null)))
                .toList();
    }

    /**
     * The share of a facility's output, its figures kept only when at least k companies give a volume towards it
     * (leverage already withholds it for a viewer who may not see it; the briefing checks again against its own k,
     * which may be larger). An "all but fewer than k" count stands for at least k companies.
     */
    Briefing.Output output(OutputShare o) {
        if (o == null) {
            return new Briefing.Output("not_computed", null, null, null, null, null);
        }
        CompanyCount c = o.contributors();
        boolean fewer = c != null && c.value() == null && c.text().startsWith("fewer");
        // "all but fewer than k" has no value to show, but stands for at least k companies
        Count contributors = c == null || (c.value() == null && !fewer) ? null
                : c.value() == null ? new Count(null) : Count.of(c.value(), k);
        boolean enough = c != null && !fewer && (c.value() == null || c.value() >= k);
        if (OutputShare.KNOWN.equals(o.reason()) && !enough) {
            return new Briefing.Output(OutputShare.TOO_FEW_COMPANIES, null, null, null, null, contributors);
        }
        if (!OutputShare.KNOWN.equals(o.reason())) {
            return new Briefing.Output(o.reason(), null, null, null, null, contributors);
        }
        return new Briefing.Output(o.reason(), o.share(), o.volume(), o.throughput(), o.unit(), contributors);
    }

    /** A plan step that fewer than k companies reach keeps its place in the curve but not its facility's name. */
    private Briefing.PlanRow planRow(PlanStepView s) {
        boolean named = s.companies().value() >= k;
        return new Briefing.PlanRow(s.rank(), named ? s.facilityId() : null, named ? s.name() : null, s.type(),
                s.country(), Count.of(s.companies().value(), k), s.coveredShare());
    }

    private Briefing.CutRow cutRow(CutReport c) {
        double exposure = in.leverage().hotspots().stream().filter(h -> h.hotspot().equals(c.hotspot()))
                .mapToDouble(h -> h.exposure()).findFirst().orElse(0);
        List<nl.ketenlens.leverage.LeverageReports.FacilityRef> named = c.cut().stream()
                .filter(r -> in.chains().companiesReaching(r.facilityId()) >= k).toList();
        return new Briefing.CutRow(c.hotspot(), exposure, Count.of(c.exposedCompanies().value(), k), c.separable(),
                c.cutSize(), named.stream().map(r -> r.facilityId()).toList(), named.stream().map(r -> r.name()).toList(),
                c.cut().size() - named.size());
    }

    private Briefing.GroupRow groupRow(GroupView g) {
        return new Briefing.GroupRow(g.rank(), Count.of(g.companies().value(), k), g.meanSimilarity(),
                List.copyOf(g.sharedHotspots()), g.sharedFacilityIds().size());
    }

    // ---- methods and sources --------------------------------------------------------------------------------

    /** Every source cited: the covenant and sector references first, then those behind issues and blind spots. */
    private Briefing.Methods methods(Briefing.Issues issues, Briefing.Chains chains) {
        Map<String, SourceView> byId = new LinkedHashMap<>();
        in.referenceSources().forEach(s -> byId.putIfAbsent(s.id(), s));
        in.exposure().issues().forEach(i -> i.sources().forEach(s -> byId.putIfAbsent(s.id(), s)));
        in.exposure().blindSpots().stream().map(SectorExposure.BlindSpotFigures::expectedSource)
                .filter(s -> s != null).forEach(s -> byId.putIfAbsent(s.id(), s));
        Set<String> cited = new LinkedHashSet<>(List.of("minbuza2020", "imvo_ser", "kpmg_sra2014"));
        issues.ranked().forEach(i -> cited.addAll(i.sourceIds()));
        chains.blindSpots().stream().map(Briefing.BlindSpotRow::sourceId).filter(s -> s != null).forEach(cited::add);
        List<SourceView> sources = cited.stream().map(byId::get).filter(s -> s != null).toList();
        return new Briefing.Methods(sources);
    }
}
