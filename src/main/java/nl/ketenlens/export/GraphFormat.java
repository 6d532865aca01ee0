package nl.ketenlens.export;

import java.util.Locale;
import nl.ketenlens.api.BadRequestException;

/** The file formats of an export, with their media type and file extension. */
public enum GraphFormat {
    GRAPHML("application/graphml+xml", "graphml"),
    GEXF("application/gexf+xml", "gexf"),
    DOT("text/vnd.graphviz", "dot"),
    /** Edge list (source, target), JGraphT's CSV exporter. */
    CSV("text/csv", "edges.csv"),
    /** Node list with attributes (id, name, kind, tier, country, risk weight). */
    NODES_CSV("text/csv", "nodes.csv");

    public final String mediaType;
    public final String extension;

    GraphFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** {@code graphml}, {@code gexf}, {@code dot}, {@code csv}, {@code nodes-csv}; anything else is a 400 naming it. */
    public static GraphFormat parse(String text) {
        String key = text == null ? "GRAPHML" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("format", "must be graphml, gexf, dot, csv or nodes-csv, was '" + text + "'");
        }
    }
}
