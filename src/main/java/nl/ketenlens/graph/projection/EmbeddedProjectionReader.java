package nl.ketenlens.graph.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.Schema;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.graph.projection.GraphProjector.Fingerprint;
import nl.ketenlens.risk.IndicatorView;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Reads the projection through the embedded engine, inside the caller's one read transaction (ADR 0019): one scan
 * of the node store and one of the relationship store through the kernel's cursors ({@link KernelCursors}, the only
 * user of that internal API), only the properties used, links joined to the nodes through {@link NodeIds}. No
 * Cypher planning, no Bolt packing, no entity objects or property maps for the 500k node and link rows; the
 * indicators are a second, label-filtered node scan ({@link IndicatorReads}); the few small reads (commodities,
 * covenants, ADR 0017 facts) run as Cypher in the same transaction. Gives the same projection as {@link BoltProjectionReader}, which a server store still uses: vertices
 * in the same order (companies, then facilities, each by id) and the edges in {@link StoreEdges}' canonical order.
 */
final class EmbeddedProjectionReader {

    // property keys the projection reads; the same names as ProjectionQueries' Cypher
    private static final String KIND = "kind";
    private static final String SYNTHETIC = "synthetic";
    private static final String TYPE = "type";
    private static final String REGION = "region";
    private static final String COMMODITIES = "commodities";
    private static final String COMMODITY = "commodity";
    private static final String SHARE = "share";
    /** Company and facility properties, read in one node scan; N_* are their positions. */
    private static final String[] NODE_KEYS = {Schema.Prop.ID, Schema.Prop.NAME, Schema.Prop.SECTOR, KIND, SYNTHETIC,
            TYPE, Schema.Prop.COUNTRY, REGION, COMMODITIES};
    private static final int N_ID = 0;
    private static final int N_NAME = 1;
    private static final int N_SECTOR = 2;
    private static final int N_KIND = 3;
    private static final int N_SYNTHETIC = 4;
    private static final int N_TYPE = 5;
    private static final int N_COUNTRY = 6;
    private static final int N_REGION = 7;
    private static final int N_COMMODITIES = 8;
    private static final String[] NODE_LABELS = {Schema.Label.COMPANY, Schema.Label.FACILITY};
    /** Relationship types of the one relationship scan: index 0 supply links, 1 financing. */
    private static final String[] REL_TYPES = {Schema.Rel.BUYS_FROM, Schema.Rel.FINANCES};
    private static final String[] LINK_KEYS = {COMMODITY, SHARE};

    private static final RelationshipType MEMBER_OF = RelationshipType.withName(Schema.Rel.MEMBER_OF);
    private static final Label COVENANT = Label.label(Schema.Label.COVENANT);

    private EmbeddedProjectionReader() {
    }

    /** The store's fingerprint, read in {@code tx}. */
    static Fingerprint fingerprint(Transaction tx) {
        return rows(tx).run(ProjectionQueries.FINGERPRINT).map(Fingerprint::of).findFirst().orElseThrow();
    }

    /** Cypher in the embedded transaction, each row as a driver {@link org.neo4j.driver.Value} map. */
    static ProjectionRows rows(Transaction tx) {
        return cypher -> tx.execute(cypher).stream().map(Values::value);
    }

    /**
     * Commodities (Cypher, a few dozen rows) and indicators ({@link IndicatorReads}) first, then one node-store scan;
     * then one relationship-store scan, its ends numbered in scan order, while a pool thread sorts the node rows by
     * id, adds the vertices and starts matching indicators (pure CPU on data already read); then the edges are
     * renumbered to vertices and the ADR 0017 facts read (Cypher, indexed). All in {@code tx}, one transaction.
     */
    static GraphProjection build(Transaction tx, Fingerprint fingerprint) {
        List<Long> counts = fingerprint.counts();
        int vertices = Math.toIntExact(counts.get(0) + counts.get(1));
        ProjectionBuilder builder = new ProjectionBuilder(vertices, Math.toIntExact(counts.get(2) + counts.get(3)));
        ProjectionRows rows = rows(tx);
        Map<String, CommodityInfo> commodityInfo = ProjectionRows.commodities(rows);
        try (KernelCursors store = new KernelCursors(tx)) {
            List<IndicatorView> indicators = IndicatorReads.read(store, tx);
            Nodes nodes = nodes(store, vertices);
            int firstFacility = nodes.companies.size();
            List<List<String>> covenants = new ArrayList<>(firstFacility);
            NodeIds ids = NodeIds.forIds(vertices, nodes.maxId);
            for (int i = 0; i < firstFacility; i++) {
                Read<CompanyRow> c = nodes.companies.get(i);
                covenants.add(covenants(tx.getNodeById(c.node())));
                ids.put(c.node(), i);
            }
            for (int j = 0; j < nodes.facilities.size(); j++) {
                ids.put(nodes.facilities.get(j).node(), firstFacility + j);
            }
            FutureTask<int[]> numbering = new FutureTask<>(() -> {
                int[] vertexOf = addVertices(builder, nodes, covenants);
                builder.matchAhead(indicators, commodityInfo);
                return vertexOf;
            });
            ForkJoinPool.commonPool().execute(numbering);
            StoreEdges edges = new StoreEdges(builder.expectedEdges());
            links(store, ids, edges, firstFacility);
            edges.renumber(join(numbering));
            builder.storeEdges(edges);
            CarriedRows.facts(rows, builder);
            return builder.build(fingerprint.revision(), indicators, commodityInfo);
        }
    }

    /**
     * Adds companies, then facilities, each by id — the vertex order of both readers — and returns the vertex of
     * each scan position (companies first, then facilities).
     */
    private static int[] addVertices(ProjectionBuilder builder, Nodes nodes, List<List<String>> covenants) {
        int firstFacility = nodes.companies.size();
        int[] vertexOf = new int[firstFacility + nodes.facilities.size()];
        Integer[] order = byId(nodes.companies);
        for (int i : order) {
            CompanyRow row = nodes.companies.get(i).row();
            List<String> cov = covenants.get(i);
            vertexOf[i] = builder.addCompany(cov.isEmpty() ? row
                    : new CompanyRow(row.id(), row.name(), row.sector(), null, null, cov, row.kind(), row.synthetic()));
        }
        for (int j : byId(nodes.facilities)) {
            vertexOf[firstFacility + j] = builder.addFacility(nodes.facilities.get(j).row());
        }
        return vertexOf;
    }

    /** Positions of {@code reads} ordered by row id. */
    private static <T> Integer[] byId(List<Read<T>> reads) {
        Integer[] order = new Integer[reads.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> rowId(reads.get(i).row())));
        return order;
    }

    private static String rowId(Object row) {
        return row instanceof CompanyRow c ? c.id() : ((FacilityRow) row).id();
    }

    /** The task's result, running it here if no pool thread has taken it yet; its failure rethrown as it was. */
    private static <T> T join(FutureTask<T> task) {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while numbering vertices", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** A row and the internal id of the node it was read from. */
    private record Read<T>(long node, T row) {
    }

    /** Companies and facilities in store order, and the highest node id among them. */
    private static final class Nodes {
        final List<Read<CompanyRow>> companies = new ArrayList<>();
        final List<Read<FacilityRow>> facilities;
        long maxId = -1;

        Nodes(int expected) {
            facilities = new ArrayList<>(expected);
        }
    }

    /**
     * Companies and facilities in one scan of the node store (a node with both labels becomes both rows, and the
     * builder refuses the duplicate id, as with two label scans). Covenants are added later, per company.
     */
    private static Nodes nodes(KernelCursors store, int expected) {
        Nodes out = new Nodes(expected);
        store.scanNodes(NODE_LABELS, NODE_KEYS, (node, labels, p) -> {
            out.maxId = Math.max(out.maxId, node);
            boolean synthetic = Boolean.TRUE.equals(p[N_SYNTHETIC]);
            if (labels[0]) {
                out.companies.add(new Read<>(node, new CompanyRow(id(p[N_ID]), str(p[N_NAME]), str(p[N_SECTOR]),
                        null, null, List.of(), str(p[N_KIND]), synthetic)));
            }
            if (labels[1]) {
                out.facilities.add(new Read<>(node, new FacilityRow(id(p[N_ID]), str(p[N_NAME]), str(p[N_TYPE]),
                        str(p[N_COUNTRY]), str(p[N_REGION]), strings(p[N_COMMODITIES]), null, null, synthetic)));
            }
        });
        return out;
    }

    /** The covenant codes of a company: {@code [(c)-[:MEMBER_OF]->(v:Covenant) | v.code]}, in chain order. */
    private static List<String> covenants(Node company) {
        List<String> codes = new ArrayList<>(1);
        for (Relationship r : company.getRelationships(Direction.OUTGOING, MEMBER_OF)) {
            Node v = r.getEndNode();
            if (v.hasLabel(COVENANT)) {
                codes.add((String) v.getProperty(Schema.Prop.CODE, null));
            }
        }
        return codes.isEmpty() ? List.of() : codes;
    }

    /**
     * Every supply link and financing link, in one scan of the relationship store (record order). Supply links: to
     * a facility from any buyer ({@code MATCH (b)-[:BUYS_FROM]->(s:Facility)}: a buyer that is neither a company
     * nor a facility is an error, as there), to a company from companies only (scan positions below
     * {@code firstFacility}; edges are numbered by scan position, renumbered to vertices later). Financing: {@code MATCH (a:Company)-[:FINANCES]->(b:Company)}.
     */
    private static void links(KernelCursors store, NodeIds ids, StoreEdges edges, int firstFacility) {
        store.scanRelationships(REL_TYPES, LINK_KEYS, (type, start, end, p) -> {
            if (type == 0) {
                int supplier = ids.find(end);
                if (supplier < 0) {
                    return;
                }
                int buyer = supplier >= firstFacility ? ids.get(start) : ids.find(start);
                if (buyer < 0 || supplier < firstFacility && buyer >= firstFacility) {
                    return;
                }
                Object share = p[1];
                edges.add(buyer, supplier, (String) p[0], share == null ? Double.NaN : ((Number) share).doubleValue(),
                        false);
            } else {
                int institution = ids.find(start);
                int company = ids.find(end);
                if (institution >= 0 && institution < firstFacility && company >= 0 && company < firstFacility) {
                    edges.add(institution, company, null, Double.NaN, true);
                }
            }
        });
    }

    private static String id(Object id) {
        if (!(id instanceof String s)) {
            throw new IllegalStateException("a company or facility has no string id: " + id);
        }
        return s;
    }

    private static String str(Object v) {
        return v == null ? null : v.toString();
    }

    private static List<String> strings(Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof String[] a) {
            return List.of(a);
        }
        return Values.value(v).asList(org.neo4j.driver.Value::asString);
    }
}
