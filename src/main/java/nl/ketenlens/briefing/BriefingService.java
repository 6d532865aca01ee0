package nl.ketenlens.briefing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.api.NotFoundException;
import nl.ketenlens.exposure.ExposureReport;
import nl.ketenlens.exposure.ExposureService;
import nl.ketenlens.leverage.LeverageReports.CutReport;
import nl.ketenlens.leverage.LeverageReports.GroupsReport;
import nl.ketenlens.leverage.LeverageReports.HotspotView;
import nl.ketenlens.leverage.LeverageReports.LeverageReport;
import nl.ketenlens.leverage.LeverageReports.PlanReport;
import nl.ketenlens.leverage.LeverageRequest;
import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.seed.reference.CovenantRow;
import nl.ketenlens.seed.reference.SectorRow;
import org.springframework.stereotype.Service;

/**
 * Builds the sector briefing: asks the leverage and exposure services (aggregate view: a briefing is for a
 * room of competitors), measures chain coverage, and hands everything to {@link BriefingAssembler}, which
 * keeps aggregate figures only.
 */
@Service
public class BriefingService {

    /**
     * The view every briefing is prepared for, whoever asks for it: an advisor's aggregate view (a briefing is
     * handed to a room of competitors). {@link BriefingAssembler} enforces it on the figures; once the leverage
     * and exposure services take a {@link Viewer}, this is the one to pass.
     */
    public static final Viewer AUDIENCE = new Viewer("briefing", Role.ADVISOR, null);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BriefingService.class);
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final double GROUP_THRESHOLD = 0.2;

    private final LeverageService leverage;
    private final ExposureService exposure;
    private final BriefingReference reference;
    private final BriefingProperties properties;

    BriefingService(LeverageService leverage, ExposureService exposure, BriefingReference reference,
                    BriefingProperties properties) {
        this.leverage = leverage;
        this.exposure = exposure;
        this.reference = reference;
        this.properties = properties;
    }

    public Briefing briefing(BriefingRequest request) {
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
        List<ExposureReport> exposures = new ArrayList<>(companies.size());
        for (String id : companies) {
            exposures.add(exposure.exposure(id, null, request.theme(), null, null));
        }
        long t5 = System.nanoTime();
        ChainCoverage.Figures chains = ChainCoverage.of(exposure.analyzer().projection(), companies);
        long t6 = System.nanoTime();
        LOG.info("briefing {} for {} companies: leverage {} ms, plan {} ms, groups {} ms, cuts {} ms, exposure {} ms, "
                + "chains {} ms", request.covenant() != null ? request.covenant() : request.sector(), companies.size(),
                ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t5, t6));
        BriefingInputs inputs = new BriefingInputs(request.covenant() != null ? "covenant" : "sector",
                request.covenant() != null ? request.covenant() : request.sector(), LocalDate.now(ZONE),
                request.lang(), request.theme(), properties.k(),
                covenant == null ? null : BriefingReference.facts(covenant),
                sector == null ? null : sector.code(), sector == null ? null : sector.name(),
                sector == null ? null : sector.nameNl(), reference.kpmgRisks(sector), ranked, plan,
                cuts, groups, exposures, chains, reference.sources(), request.since());
        return new BriefingAssembler(inputs).assemble();
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
