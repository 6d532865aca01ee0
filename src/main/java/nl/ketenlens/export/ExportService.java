package nl.ketenlens.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.exposure.ChainService;
import nl.ketenlens.exposure.ChainView;
import nl.ketenlens.leverage.SectorGraph;
import nl.ketenlens.leverage.SectorGraphService;
import org.springframework.stereotype.Service;

/**
 * Exports of a company's own chain, under the chain's access rule (the admin and the company itself; anyone else
 * gets the 404 of an unknown company), and of the aggregate sector graph of a covenant or sector, under the sector
 * views' gate: the members are one counted node, so no company → facility link of a single company is written.
 */
@Service
public class ExportService {

    private final ChainService chains;
    private final SectorGraphService sectors;

    ExportService(ChainService chains, SectorGraphService sectors) {
        this.chains = chains;
        this.sectors = sectors;
    }

    /** A prepared export: the graph is read (and access checked) before anything is written. */
    public record Export(String fileName, GraphFormat format, ChainView chain) {

        public void writeTo(OutputStream out) {
            GraphExporter.write(chain, format, out);
        }
    }

    public Export company(Viewer viewer, String companyId, String format, Integer depth) {
        GraphFormat f = GraphFormat.parse(format);
        ChainView chain = chains.chain(viewer, companyId, depth);
        return new Export("ketenlens-" + safe(companyId) + "." + f.extension, f, chain);
    }

    /** The aggregate sector graph of one covenant or sector (every facility the viewer may see, up to the cap). */
    public Export sector(Viewer viewer, String covenant, String sector, String theme, String format) {
        GraphFormat f = GraphFormat.parse(format);
        SectorGraph graph = sectors.graph(covenant, sector, theme, null, SectorGraphService.MAX_TOP,
                SectorGraphService.DEFAULT_BUDGET, viewer);
        String by = covenant != null ? "covenant-" + covenant : "sector-" + sector;
        return new Export("ketenlens-" + safe(by) + "." + f.extension, f, asChain(by, graph));
    }

    /** One of company, covenant or sector (the REST parameters). */
    public Export any(Viewer viewer, String company, String covenant, String sector, String theme, String format,
                      Integer depth) {
        int given = (company != null ? 1 : 0) + (covenant != null ? 1 : 0) + (sector != null ? 1 : 0);
        if (given != 1) {
            throw new BadRequestException("company|covenant|sector", "give exactly one of company, covenant or sector");
        }
        return company != null ? company(viewer, company, format, depth) : sector(viewer, covenant, sector, theme, format);
    }

    /**
     * The sector graph in the chain's shape, so one exporter writes both: the members node is a node of kind
     * {@code members}; an edge is on a risk path when it leads to a risk-bearing facility.
     */
    static ChainView asChain(String by, SectorGraph graph) {
        Set<String> risky = graph.nodes().stream().filter(n -> n.riskWeight() > 0).map(SectorGraph.Node::id)
                .collect(Collectors.toSet());
        List<ChainView.Node> nodes = new ArrayList<>();
        int depth = 0;
        for (SectorGraph.Node n : graph.nodes()) {
            depth = Math.max(depth, n.tier());
            nodes.add(new ChainView.Node(n.id(), n.name(), n.kind(), n.tier(), n.country(), n.region(), n.riskWeight(),
                    n.riskWeight() > 0, n.synthetic()));
        }
        List<ChainView.Edge> edges = graph.edges().stream().map(e -> new ChainView.Edge(e.source(), e.target(),
                e.commodity(), e.share(), risky.contains(e.target()))).toList();
        return new ChainView(by, by, depth, graph.scope().graphRevision(), graph.scope().syntheticData(), nodes, edges,
                graph.counts().shownFacilities() < graph.counts().nameableFacilities());
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
