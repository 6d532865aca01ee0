package nl.ketenlens.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.ketenlens.exposure.ChainView;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.csv.CSVExporter;
import org.jgrapht.nio.csv.CSVFormat;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes a {@link ChainView} with jgrapht-io's exporters: vertices are facility and company ids, edges carry share
 * and commodity. Writes to a stream it does not close.
 */
public final class GraphExporter {

    private GraphExporter() {
    }

    /** The chain as a JGraphT graph (vertex = id; edge = the view's edge record). */
    public static Graph<String, ChainView.Edge> graph(ChainView chain) {
        Graph<String, ChainView.Edge> g = new DefaultDirectedGraph<>(ChainView.Edge.class);
        chain.nodes().forEach(n -> g.addVertex(n.id()));
        chain.edges().forEach(e -> g.addEdge(e.source(), e.target(), e));
        return g;
    }

    public static void write(ChainView chain, GraphFormat format, OutputStream out) {
        Graph<String, ChainView.Edge> g = graph(chain);
        Map<String, ChainView.Node> nodes = new LinkedHashMap<>();
        chain.nodes().forEach(n -> nodes.put(n.id(), n));
        Function<String, Map<String, Attribute>> vertexAttributes = id -> nodeAttributes(nodes.get(id));
        Function<ChainView.Edge, Map<String, Attribute>> edgeAttributes = GraphExporter::edgeAttributes;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        switch (format) {
            case GRAPHML -> {
                GraphMLExporter<String, ChainView.Edge> x = new GraphMLExporter<>(id -> id);
                x.setExportVertexLabels(true);
                x.setVertexLabelAttributeName("name");
                for (String a : new String[] {"kind", "country", "region"}) {
                    x.registerAttribute(a, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
                }
                x.registerAttribute("tier", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
                x.registerAttribute("riskWeight", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
                x.registerAttribute("commodity", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
                x.registerAttribute("share", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
                x.registerAttribute("riskPath", GraphMLExporter.AttributeCategory.EDGE, AttributeType.BOOLEAN);
                x.setVertexAttributeProvider(vertexAttributes);
                x.setEdgeAttributeProvider(edgeAttributes);
                x.exportGraph(g, writer);
            }
            case GEXF -> {
                GEXFExporter<String, ChainView.Edge> x = new GEXFExporter<>(id -> id, e -> e.source() + ">" + e.target());
                for (String a : new String[] {"kind", "country", "region"}) {
                    x.registerAttribute(a, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
                }
                x.registerAttribute("tier", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
                x.registerAttribute("riskWeight", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
                x.setVertexAttributeProvider(vertexAttributes);
                x.setEdgeAttributeProvider(edgeAttributes);
                x.exportGraph(g, writer);
            }
            case DOT -> {
                DOTExporter<String, ChainView.Edge> x = new DOTExporter<>(id -> '"' + id.replace("\"", "") + '"');
                x.setGraphAttributeProvider(() -> Map.of("rankdir", DefaultAttribute.createAttribute("LR")));
                x.setVertexAttributeProvider(id -> Map.of("label", DefaultAttribute.createAttribute(nodes.get(id).name())));
                x.exportGraph(g, writer);
            }
            case CSV -> new CSVExporter<String, ChainView.Edge>(id -> id, CSVFormat.EDGE_LIST, ',').exportGraph(g, writer);
            case NODES_CSV -> writeNodes(nodes, writer);
        }
        try {
            writer.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeNodes(Map<String, ChainView.Node> nodes, Writer writer) {
        PrintWriter w = new PrintWriter(writer);
        w.print("id,name,kind,tier,country,region,riskWeight\r\n");
        nodes.values().forEach(n -> w.print(String.join(",", csv(n.id()), csv(n.name()), csv(n.kind()),
                String.valueOf(n.tier()), csv(n.country()), csv(n.region()),
                String.format(Locale.ROOT, "%.4f", n.riskWeight())) + "\r\n"));
        w.flush();
    }

    private static String csv(String s) {
        return s == null ? "" : '"' + s.replace("\"", "\"\"") + '"';
    }

    private static Map<String, Attribute> nodeAttributes(ChainView.Node n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("name", DefaultAttribute.createAttribute(n.name()));
        a.put("kind", DefaultAttribute.createAttribute(n.kind()));
        a.put("tier", DefaultAttribute.createAttribute(n.tier()));
        if (n.country() != null) {
            a.put("country", DefaultAttribute.createAttribute(n.country()));
        }
        if (n.region() != null) {
            a.put("region", DefaultAttribute.createAttribute(n.region()));
        }
        a.put("riskWeight", DefaultAttribute.createAttribute(n.riskWeight()));
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(ChainView.Edge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        if (e.commodity() != null) {
            a.put("commodity", DefaultAttribute.createAttribute(e.commodity()));
        }
        if (e.share() != null) {
            a.put("share", DefaultAttribute.createAttribute(e.share()));
        }
        a.put("riskPath", DefaultAttribute.createAttribute(e.riskPath()));
        return a;
    }
}
