package nl.ketenlens.leverage;

import java.util.List;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.api.BadRequestException;
import org.springframework.stereotype.Service;

/**
 * The aggregate sector graph and its Sankey flow for a covenant or sector, under the same gate as the other
 * sector views ({@link SelectionGate}: whole groups of at least k companies for everyone but the admin).
 */
@Service
public class SectorGraphService {

    /** Facilities drawn by default: more make an unreadable hairball and a slow page. */
    public static final int DEFAULT_TOP = 150;
    /** Most facilities in one answer (an export takes this many). */
    public static final int MAX_TOP = 3000;
    public static final int DEFAULT_BUDGET = 5;

    private final LeverageInputs inputs;
    private final LeverageProperties properties;

    SectorGraphService(LeverageInputs inputs, LeverageProperties properties) {
        this.inputs = inputs;
        this.properties = properties;
    }

    /** The service over one fixed projection without a store (tests, benchmarks); codes are not checked. */
    public static SectorGraphService over(nl.ketenlens.graph.projection.GraphProjection projection,
                                          LeverageProperties properties, nl.ketenlens.access.AggregatePolicy policy) {
        return new SectorGraphService(new LeverageInputs(() -> projection,
                nl.ketenlens.catalog.CodeLookup.unchecked(), policy), properties);
    }

    /** One of {@code covenant} or {@code sector}; theme and commodity filter the risk weights (null = all). */
    public SectorGraph graph(String covenant, String sector, String theme, String commodity, int top, int budget,
                             Viewer viewer) {
        if (top < 1 || top > MAX_TOP) {
            throw new BadRequestException("top", "must be 1.." + MAX_TOP + ", was " + top);
        }
        if (budget < 1 || budget > 50) {
            throw new BadRequestException("budget", "must be 1..50, was " + budget);
        }
        if ((covenant == null) == (sector == null)) {
            throw new BadRequestException("sector|covenant", "give exactly one of sector or covenant");
        }
        LeverageRequest request = new LeverageRequest(sector, covenant, List.of(), theme, commodity, List.of(),
                List.of(), top);
        return new SectorGraphBuilder(inputs.prepare(request, null, viewer), properties).build(top, budget);
    }
}
