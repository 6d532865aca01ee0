package nl.ketenlens.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ketenlens.access.AggregatePolicy;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.exposure.ChainView;
import nl.ketenlens.leverage.GoldNet;
import nl.ketenlens.leverage.LeverageProperties;
import nl.ketenlens.leverage.SectorGraph;
import nl.ketenlens.leverage.SectorGraphService;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

/** The aggregate sector graph written by the exporter reads back with JGraphT's importer, and names no company. */
class SectorExportTests {

    static final SectorGraphService SERVICE = SectorGraphService.over(GoldNet.projection(),
            new LeverageProperties(5_000_000_000L, 42), AggregatePolicy.standard());

    static String write(SectorGraph graph, GraphFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphExporter.write(ExportService.asChain("covenant-gold", graph), format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theAdvisorsSectorGraphReadsBackFromGraphMlWithTheSameNodesAndEdges() {
        SectorGraph graph = SERVICE.graph("gold", null, null, null, SectorGraphService.MAX_TOP, 5,
                new Viewer("adv", Role.ADVISOR, null));
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(null, SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.importGraph(g, new StringReader(write(graph, GraphFormat.GRAPHML)));
        assertThat(g.vertexSet()).containsExactlyInAnyOrder("members", "R1", "M1", "M2");
        assertThat(g.edgeSet()).hasSize(graph.edges().size()).hasSize(3);
        assertThat(g.containsEdge("members", "R1")).isTrue();
    }

    @Test
    void noFormatOfANonAdminsExportNamesACompanyOrAWithheldFacility() {
        SectorGraph graph = SERVICE.graph("gold", null, null, null, SectorGraphService.MAX_TOP, 5,
                new Viewer("c1", Role.COMPANY, "C1"));
        for (GraphFormat f : GraphFormat.values()) {
            String text = write(graph, f);
            for (String hidden : List.of("C1", "C2", "C5", "X1", "R2", "M3", "F1", "Juwelier")) {
                assertThat(text).as(f + " " + hidden).doesNotContain(hidden);
            }
        }
        ChainView chain = ExportService.asChain("covenant-gold", graph);
        assertThat(chain.nodes()).filteredOn(n -> n.kind().equals("members")).singleElement()
                .satisfies(n -> assertThat(n.name()).isEqualTo("5 companies"));
        assertThat(chain.edges()).filteredOn(ChainView.Edge::riskPath).extracting(ChainView.Edge::target)
                .containsExactlyInAnyOrder("M1", "M2");
    }
}
