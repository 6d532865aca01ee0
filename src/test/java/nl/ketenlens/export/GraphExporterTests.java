package nl.ketenlens.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.exposure.ChainView;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

class GraphExporterTests {

    /** company → trader → smelter, company → smelter (a shortcut), one share unknown. */
    static final ChainView CHAIN = new ChainView("C1", "Buyer B.V.", 6, 1, true, List.of(
            new ChainView.Node("C1", "Buyer B.V.", "company", 0, null, null, 0, false, true),
            new ChainView.Node("T1", "Trader \"One\"", "trader", 1, "AE", null, 0, false, true),
            new ChainView.Node("S1", "Smelter & Co", "smelter", 1, "CD", "CD-NK", 1.4, true, true)), List.of(
            new ChainView.Edge("C1", "T1", "gold", 0.5, false),
            new ChainView.Edge("T1", "S1", "gold", null, true),
            new ChainView.Edge("C1", "S1", "gold", 0.2, true)), false);

    private static String write(GraphFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphExporter.write(CHAIN, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void graphMlReadsBackWithTheSameNodesAndEdges() {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(null, SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.importGraph(g, new StringReader(write(GraphFormat.GRAPHML)));
        assertThat(g.vertexSet()).containsExactlyInAnyOrder("C1", "T1", "S1");
        assertThat(g.edgeSet()).hasSize(3);
        assertThat(g.containsEdge("T1", "S1")).isTrue();
    }

    @Test
    void everyFormatNamesEveryNode() {
        for (GraphFormat f : List.of(GraphFormat.GRAPHML, GraphFormat.GEXF, GraphFormat.DOT, GraphFormat.NODES_CSV)) {
            assertThat(write(f)).as(f.name()).contains("C1", "T1", "S1");
        }
        assertThat(write(GraphFormat.CSV).lines()).containsExactly("C1,T1", "T1,S1", "C1,S1"); // one line per edge
        assertThat(write(GraphFormat.NODES_CSV)).contains("\"Trader \"\"One\"\"\"", "\"CD-NK\"");
        assertThat(write(GraphFormat.DOT)).contains("rankdir", "\"C1\" -> \"T1\"");
    }

    @Test
    void anUnknownFormatIsABadParameterNamingIt() {
        assertThatThrownBy(() -> GraphFormat.parse("xlsx")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("xlsx");
        assertThat(GraphFormat.parse("nodes-csv")).isEqualTo(GraphFormat.NODES_CSV);
        assertThat(GraphFormat.parse(null)).isEqualTo(GraphFormat.GRAPHML);
    }
}
