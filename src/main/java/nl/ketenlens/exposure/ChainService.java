package nl.ketenlens.exposure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.analysis.Engagement;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.api.NotFoundException;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.risk.ThemeWeights;
import org.springframework.stereotype.Service;

/**
 * A company's own chain as a drawable graph, from the current projection. Same access rule as exposure: the admin
 * and the company itself; anyone else gets the 404 of an unknown company. {@code O(V + E)} over the reached part.
 */
@Service
public class ChainService {

    /** Most nodes returned; farther tiers are cut first. */
    public static final int MAX_NODES = 3000;

    private final ExposureService exposure;

    ChainService(ExposureService exposure) {
        this.exposure = exposure;
    }

    /**
     * The chain of {@code companyId} within {@code depth} tiers (null = the exposure default). For a financial
     * institution the companies it finances are at tier 0 beside it, linked by its financing links, as in exposure.
     */
    public ChainView chain(Viewer viewer, String companyId, Integer depth) {
        ExposureAnalyzer a = exposure.analyzer();
        if (!a.isCompany(companyId) || !viewer.mayReadChainOf(companyId)) {
            throw new NotFoundException("company", companyId);
        }
        int d = depth == null ? ExposureRequest.DEFAULT_DEPTH : depth;
        if (d < 1 || d > ExposureRequest.MAX_DEPTH) {
            throw new BadRequestException("depth", "must be 1.." + ExposureRequest.MAX_DEPTH + ", was " + d);
        }
        GraphProjection p = a.projection();
        SupplyGraph g = p.graph();
        int root = g.find(companyId);
        Reach reach = new Traversal(g, Engagement.none(), d, root).reach();
        List<Integer> vertices = new ArrayList<>();
        vertices.add(root);
        for (int i = 0; i < reach.financed.size(); i++) { // a financial institution's own financing links
            vertices.add(reach.financed.get(i));
        }
        for (int i = 0; i < reach.facilities.size(); i++) {
            vertices.add(reach.facilities.get(i));
        }
        boolean truncated = vertices.size() > MAX_NODES;
        List<Integer> kept = truncated ? vertices.subList(0, MAX_NODES) : vertices;
        BitSet in = new BitSet(g.vertexCount());
        kept.forEach(in::set);
        List<ChainView.Node> nodes = new ArrayList<>(kept.size());
        BitSet risky = new BitSet(g.vertexCount());
        for (int v : kept) {
            boolean company = !g.isFacility(v);
            double w = company ? 0 : ThemeWeights.of(p.indicatorsOf(v)).total();
            if (w > 0) {
                risky.set(v);
            }
            nodes.add(new ChainView.Node(g.id(v), p.names()[v], company ? "company" : p.kinds()[v],
                    reach.tier[v], p.countries()[v], p.regions()[v], w, w > 0, p.synthetic()[v]));
        }
        return new ChainView(companyId, p.names()[root], d, p.revision(), p.synthetic()[root], nodes,
                edges(g, kept, in, riskPathEdges(g, reach, risky, in)), truncated);
    }

    private static BitSet riskPathEdges(SupplyGraph g, Reach reach, BitSet risky, BitSet in) {
        BitSet onPath = new BitSet(g.edgeCount());
        for (int v = risky.nextSetBit(0); v >= 0; v = risky.nextSetBit(v + 1)) {
            for (int x = v; reach.parent[x] >= 0 && in.get(reach.parent[x]); x = reach.parent[x]) {
                int e = g.edge(reach.parent[x], x);
                if (e < 0 || onPath.get(e)) {
                    break;
                }
                onPath.set(e);
            }
        }
        return onPath;
    }

    private static List<ChainView.Edge> edges(SupplyGraph g, List<Integer> kept, BitSet in, BitSet riskPath) {
        List<String> commodities = g.commodities();
        List<ChainView.Edge> out = new ArrayList<>();
        for (int v : kept) {
            for (int e = g.outStart(v); e < g.outStart(v + 1); e++) {
                int w = g.target(e);
                if ((g.isFinancing(e) && v != kept.get(0)) || !in.get(w)) {
                    continue;
                }
                double share = g.share(e);
                int c = g.commodity(e);
                String commodity = g.isFinancing(e) || c < 0 || c >= commodities.size() ? null : commodities.get(c);
                out.add(new ChainView.Edge(g.id(v), g.id(w), commodity,
                        Double.isNaN(share) ? null : share, riskPath.get(e)));
            }
        }
        return out;
    }
}
