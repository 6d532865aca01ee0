package nl.ketenlens.briefing;

import java.time.ZoneId;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.exposure.ExposureService;
import nl.ketenlens.leverage.LeverageService;
import org.springframework.stereotype.Service;

/**
 * Builds the sector briefing on the current graph: {@link BriefingBuilder} over the leverage service and the
 * exposure analyzer of the current projection (aggregate view: a briefing is for a room of competitors); logs
 * the time per step.
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
        BriefingBuilder.Built built = new BriefingBuilder(leverage, exposure.analyzer(), reference, properties)
                .build(request);
        BriefingBuilder.Timings t = built.timings();
        LOG.info("briefing {} for {} companies: leverage {} ms, plan {} ms, groups {} ms, cuts {} ms, exposure {} ms, "
                + "chains {} ms, assemble {} ms", request.covenant() != null ? request.covenant() : request.sector(),
                built.companies(), t.leverage(), t.plan(), t.groups(), t.cuts(), t.exposure(), t.chains(),
                t.assemble());
        return built.briefing();
    }
}
