package nl.ketenlens.briefing;

import java.time.LocalDate;
import java.util.List;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.api.NotFoundException;
import nl.ketenlens.exposure.ExposureAnalyzer;
import nl.ketenlens.exposure.ExposureRequest;
import nl.ketenlens.exposure.SectorExposure;
import nl.ketenlens.leverage.LeverageReports.CutReport;
import nl.ketenlens.leverage.LeverageReports.GroupsReport;
import nl.ketenlens.leverage.LeverageReports.HotspotView;
import nl.ketenlens.leverage.LeverageReports.LeverageReport;
import nl.ketenlens.leverage.LeverageReports.PlanReport;
import nl.ketenlens.leverage.LeverageRequest;
import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.risk.Coverage;
import nl.ketenlens.seed.reference.CovenantRow;
import nl.ketenlens.seed.reference.SectorRow;

/**
 * The briefing from a leverage service and an exposure analyzer over one projection: no Spring, so a benchmark
 * can feed it a generated network. Asks for leverage, plan, working groups (up to
 * {@link BriefingProperties#maxGroupCompanies()} companies) and minimum cuts, takes per member what its exposure
 * report's salient issues and blind spots hold as counts ({@link ExposureAnalyzer#sector}: one breadth-first search
 * per member, no path enumeration), measures chain coverage and hands everything to {@link BriefingAssembler}.
 */
public final class BriefingBuilder {

    /** Milliseconds per step of one build. */
    public record Timings(long leverage, long plan, long groups, long cuts, long exposure, long chains,
                          long assemble) {

        public long total() {
            return leverage + plan + groups + cuts + exposure + chains + assemble;
        }
    }

    /** A briefing with the time its steps took and how many companies it covers. */
    public record Built(Briefing briefing, int companies, Timings timings) {
    }

    private static final double GROUP_THRESHOLD = 0.2;

    private final LeverageService leverage;
    private final ExposureAnalyzer exposure;
    private final BriefingReference reference;
    private final BriefingProperties properties;

    /** Over a leverage service and an exposure analyzer of the same projection, with the classpath's reference. */
    public BriefingBuilder(LeverageService leverage, ExposureAnalyzer exposure, BriefingProperties properties) {
        this(leverage, exposure, new BriefingReference(), properties);
    }

    BriefingBuilder(LeverageService leverage, ExposureAnalyzer exposure, BriefingReference reference,
                    BriefingProperties properties) {
        this.leverage = leverage;
        this.exposure = exposure;
        this.reference = reference;
        this.properties = properties;
    }

    /** The default settings ({@code ketenlens.briefing.*} unset). */
    public static BriefingProperties defaults() {
        return new BriefingProperties(3, 5, 3, BriefingProperties.MAX_GROUP_COMPANIES);
    }

    public Built build(BriefingRequest request) {
        CovenantRow covenant = null;
        SectorRow sector;
        if (request.covenant() != null) {
            covenant = reference.covenant(request.covenant())
                    .orElseThrow(() -> new NotFoundException("covenant", request.covenant()));
            sector = reference.sector(covenant.sector()).orElse(null);
        } else {
            sector = reference.sector(request.sector())
                    .orElseThrow(() -> new NotFoundException("sector", request.sector()));
        }
        if (request.since() != null && !sameScope(request, request.since())) {
            throw new BadRequestException("since", "the previous briefing is for "
                    + request.since().cover().scope() + " '" + request.since().cover().code() + "'");
        }
        LeverageRequest question = new LeverageRequest(request.sector(), request.covenant(), null, request.theme(),
                null, null, null, 50);
        long t0 = System.nanoTime();
        LeverageReport ranked = leverage.leverage(question);
        long t1 = System.nanoTime();
        PlanReport plan = leverage.plan(question, properties.planBudget());
        long t2 = System.nanoTime();
        List<String> companies = ranked.scope().selection().companyIds();
        GroupsReport groups = companies.size() > properties.maxGroupCompanies() ? null
                : leverage.groups(question, GROUP_THRESHOLD);
        long t3 = System.nanoTime();
        List<CutReport> cuts = cuts(question, ranked);
        long t4 = System.nanoTime();
        SectorExposure exposures = exposure.sector(companies, ExposureRequest.DEFAULT_DEPTH, request.theme());
        long t5 = System.nanoTime();
        ChainCoverage.Figures chains = ChainCoverage.of(exposure.projection(), companies);
        Coverage coverage = new Coverage(exposure.projection().sourceIndicators());
        BriefingReference.GapThemes gapThemes = reference.gapThemes(request.theme(), covenant, sector);
        long t6 = System.nanoTime();
        BriefingInputs inputs = new BriefingInputs(request.covenant() != null ? "covenant" : "sector",
                request.covenant() != null ? request.covenant() : request.sector(),
                LocalDate.now(BriefingService.ZONE), request.lang(), request.theme(), properties.k(),
                covenant == null ? null : BriefingReference.facts(covenant),
                sector == null ? null : sector.code(), sector == null ? null : sector.name(),
                sector == null ? null : sector.nameNl(), reference.kpmgRisks(sector), ranked, plan,
                cuts, groups, companies.size() > properties.maxGroupCompanies() ? properties.maxGroupCompanies() : null,
                exposures, chains, reference.sources(), request.since(), coverage, gapThemes.basis(),
                gapThemes.themes());
        Briefing briefing = new BriefingAssembler(inputs).assemble();
        long t7 = System.nanoTime();
        return new Built(briefing, companies.size(),
                new Timings(ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t5, t6), ms(t6, t7)));
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private List<CutReport> cuts(LeverageRequest question, LeverageReport ranked) {
        return ranked.hotspots().stream()
                .filter(h -> h.exposedCompanies().value() >= properties.k())
                .limit(properties.cutHotspots())
                .map(HotspotView::hotspot)
                .flatMap(h -> {
                    try {
                        return java.util.stream.Stream.of(leverage.cut(question, h));
                    } catch (BadRequestException e) { // a hotspot key the cut cannot name (e.g. a whole region)
                        return java.util.stream.Stream.empty();
                    }
                })
                .toList();
    }

    private static boolean sameScope(BriefingRequest r, Briefing previous) {
        String code = r.covenant() != null ? r.covenant() : r.sector();
        return previous.cover() != null && code.equals(previous.cover().code());
    }
}
