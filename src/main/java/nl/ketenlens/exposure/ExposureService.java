package nl.ketenlens.exposure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.IntPredicate;
import nl.ketenlens.access.AggregatePolicy;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.analysis.Engagement;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.api.Limits;
import nl.ketenlens.api.NotFoundException;
import nl.ketenlens.catalog.CodeLookup;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjector;
import org.springframework.stereotype.Service;

/**
 * Exposure of a company on the current graph: validates parameters (unknown company → {@link NotFoundException},
 * bad parameter → {@link BadRequestException} naming it) and keeps one {@link ExposureAnalyzer} per projection.
 * A viewer reads only chains it may read ({@link Viewer#mayReadChainOf}): another company's id is "unknown", so
 * the answer does not even confirm that the company exists. The methods without a viewer are the admin's.
 */
@Service
public class ExposureService {

    /** Most paths the paths endpoint lists by default. */
    public static final int DEFAULT_PATH_LIMIT = 1000;
    static final int MAX_PATH_LIMIT = 10_000;

    private final GraphProjector projector;
    private final CodeLookup codes;
    private final AggregatePolicy policy;
    private volatile ExposureAnalyzer analyzer;

    ExposureService(GraphProjector projector, CodeLookup codes, AggregatePolicy policy) {
        this.projector = projector;
        this.codes = codes;
        this.policy = policy;
    }

    /** The exposure report; {@code depth} null = {@value ExposureRequest#DEFAULT_DEPTH}, lists may be null. */
    public ExposureReport exposure(String companyId, Integer depth, String theme, List<String> engaged,
                                   List<String> replaced) {
        return exposure(Viewer.admin(), companyId, depth, theme, engaged, replaced);
    }

    /** The report as {@code viewer} may see it: its own chain in full, the sector context as counts of ≥ k. */
    public ExposureReport exposure(Viewer viewer, String companyId, Integer depth, String theme, List<String> engaged,
                                   List<String> replaced) {
        ExposureAnalyzer a = analyzer();
        return a.analyze(request(a, viewer, companyId, depth, theme, engaged, replaced), policy.disclosureFor(viewer));
    }

    /** The full path list from a company to one facility (at most {@code limit}, null = default). */
    public PathsReport paths(String companyId, String facilityId, Integer depth, List<String> engaged,
                             List<String> replaced, Integer limit) {
        return paths(Viewer.admin(), companyId, facilityId, depth, engaged, replaced, limit);
    }

    /** The paths, for a viewer who may read the company's chain. */
    public PathsReport paths(Viewer viewer, String companyId, String facilityId, Integer depth, List<String> engaged,
                             List<String> replaced, Integer limit) {
        ExposureAnalyzer a = analyzer();
        ExposureRequest request = request(a, viewer, companyId, depth, null, engaged, replaced);
        if (facilityId == null || facilityId.isBlank()) {
            throw new BadRequestException("facility", "a facility id is required");
        }
        if (a.projection().graph().findFacility(facilityId) < 0) {
            throw new BadRequestException("facility", "unknown facility '" + facilityId + "'");
        }
        int max = limit == null ? DEFAULT_PATH_LIMIT : limit;
        if (max < 1 || max > MAX_PATH_LIMIT) {
            throw new BadRequestException("limit", "must be 1.." + MAX_PATH_LIMIT + ", was " + max);
        }
        return a.paths(request, facilityId, max);
    }

    /** The analyzer of the current graph revision, rebuilt when the projection changes. */
    public ExposureAnalyzer analyzer() {
        GraphProjection p = projector.current();
        ExposureAnalyzer a = analyzer;
        if (a == null || a.projection() != p) {
            synchronized (this) {
                if (analyzer == null || analyzer.projection() != p) {
                    analyzer = new ExposureAnalyzer(p);
                }
                a = analyzer;
            }
        }
        return a;
    }

    private ExposureRequest request(ExposureAnalyzer a, Viewer viewer, String companyId, Integer depth,
                                    String theme, List<String> engaged, List<String> replaced) {
        if (!a.isCompany(companyId) || !viewer.mayReadChainOf(companyId)) {
            throw new NotFoundException("company", companyId);
        }
        int d = depth == null ? ExposureRequest.DEFAULT_DEPTH : depth;
        if (d < 1 || d > ExposureRequest.MAX_DEPTH) {
            throw new BadRequestException("depth", "must be 1.." + ExposureRequest.MAX_DEPTH + ", was " + d);
        }
        Limits.requireAtMost("engaged", engaged, Limits.MAX_IDS);
        Limits.requireAtMost("replaced", replaced, Limits.MAX_IDS);
        String t = theme == null || theme.isBlank() ? null : theme.strip();
        codes.requireTheme(t);
        SupplyGraph g = a.projection().graph();
        return new ExposureRequest(companyId, d, t, engagedIds(g, engaged),
                links(g, replaced, buyers(g, viewer, companyId, d)), ExposureRequest.DEFAULT_PATH_CAP);
    }

    /**
     * Which buyers' links a what-if may name: any for the admin; for a company its own company and what it reaches
     * within the depth. Otherwise "no supply link X>Y" against "accepted" would tell a company whether a competitor
     * buys from a facility.
     */
    private static IntPredicate buyers(SupplyGraph g, Viewer viewer, String companyId, int depth) {
        if (viewer.isAdmin()) {
            return v -> true;
        }
        Reach reach = new Traversal(g, Engagement.none(), depth, g.find(companyId)).reach();
        return reach::reached;
    }

    private static LinkedHashSet<String> engagedIds(SupplyGraph g, List<String> ids) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String id : clean(ids)) {
            if (g.findFacility(id) < 0) {
                throw new BadRequestException("engaged", "unknown facility '" + id + "'");
            }
            out.add(id);
        }
        return out;
    }

    private static List<ExposureRequest.Link> links(SupplyGraph g, List<String> texts, IntPredicate buyers) {
        List<ExposureRequest.Link> out = new ArrayList<>();
        for (String text : clean(texts)) {
            ExposureRequest.Link link = ExposureRequest.Link.parse(text);
            int e = g.findSupplyLink(link.buyerId(), link.supplierId());
            if (e < 0 || !buyers.test(g.find(link.buyerId()))) {
                throw new BadRequestException("replaced", "no supply link " + link);
            }
            out.add(link);
        }
        return out;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
