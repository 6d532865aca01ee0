package nl.ketenlens.graph.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.Schema;
import nl.ketenlens.graph.projection.GraphProjector.Fingerprint;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * Reads the projection through the embedded engine's own API, inside the caller's one read transaction (ADR 0019):
 * nodes by label scan, their properties straight from the store, links by one scan per relationship type, joined
 * to the nodes through {@link NodeIds}. No Cypher planning, no Bolt packing and unpacking, no result maps for the 500k
 * node and link rows; the few small reads (indicators, commodities, ADR 0017 facts) run as Cypher in the same
 * transaction. Gives the same projection as {@link BoltProjectionReader}, which a server store still uses: vertices
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
    private static final String[] COMPANY_KEYS = {Schema.Prop.ID, Schema.Prop.NAME, Schema.Prop.SECTOR, KIND,
            SYNTHETIC};
    private static final String[] FACILITY_KEYS = {Schema.Prop.ID, Schema.Prop.NAME, TYPE, Schema.Prop.COUNTRY,
            REGION, COMMODITIES, SYNTHETIC};
    private static final String[] LINK_KEYS = {COMMODITY, SHARE};

    private static final RelationshipType BUYS_FROM = RelationshipType.withName(Schema.Rel.BUYS_FROM);
    private static final RelationshipType FINANCES = RelationshipType.withName(Schema.Rel.FINANCES);
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

    static GraphProjection build(Transaction tx, Fingerprint fingerprint) {
        List<Long> counts = fingerprint.counts();
        int vertices = Math.toIntExact(counts.get(0) + counts.get(1));
        ProjectionBuilder builder = new ProjectionBuilder(vertices, Math.toIntExact(counts.get(2) + counts.get(3)));
        NodeIds ids = new NodeIds(vertices);
        List<Read<CompanyRow>> companies = companies(tx);
        List<Read<FacilityRow>> facilities = facilities(tx);
        for (Read<CompanyRow> c : companies) {
            ids.put(c.node(), builder.addCompany(c.row()));
        }
        for (Read<FacilityRow> f : facilities) {
            ids.put(f.node(), builder.addFacility(f.row()));
        }
        int firstFacility = companies.size();
        links(tx, ids, builder, firstFacility);
        financing(tx, ids, builder, firstFacility);
        return ProjectionRows.finish(rows(tx), builder, fingerprint.revision());
    }

    /** A row and the internal id of the node it was read from. */
    private record Read<T>(long node, T row) {
    }

    private static List<Read<CompanyRow>> companies(Transaction tx) {
        List<Read<CompanyRow>> out = new ArrayList<>();
        try (ResourceIterator<Node> nodes = tx.findNodes(Label.label(Schema.Label.COMPANY))) {
            nodes.forEachRemaining(n -> {
                Map<String, Object> p = n.getProperties(COMPANY_KEYS);
                out.add(new Read<>(n.getId(), new CompanyRow(id(p), str(p, Schema.Prop.NAME), str(p, Schema.Prop.SECTOR), null,
                        null, covenants(n), str(p, KIND), Boolean.TRUE.equals(p.get(SYNTHETIC)))));
            });
        }
        out.sort(Comparator.comparing(r -> r.row().id()));
        return out;
    }

    private static List<Read<FacilityRow>> facilities(Transaction tx) {
        List<Read<FacilityRow>> out = new ArrayList<>();
        try (ResourceIterator<Node> nodes = tx.findNodes(Label.label(Schema.Label.FACILITY))) {
            nodes.forEachRemaining(n -> {
                Map<String, Object> p = n.getProperties(FACILITY_KEYS);
                out.add(new Read<>(n.getId(), new FacilityRow(id(p), str(p, Schema.Prop.NAME), str(p, TYPE),
                        str(p, Schema.Prop.COUNTRY), str(p, REGION), strings(p.get(COMMODITIES)), null, null,
                        Boolean.TRUE.equals(p.get(SYNTHETIC)))));
            });
        }
        out.sort(Comparator.comparing(r -> r.row().id()));
        return out;
    }

    /** The covenant codes of a company: {@code [(c)-[:MEMBER_OF]->(v:Covenant) | v.code]}. */
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
     * Every supply link, in one scan of the relationship type (records in store order, not chain by chain): to a
     * facility from any buyer ({@code MATCH (b)-[:BUYS_FROM]->(s:Facility)}: a buyer that is neither a company nor a
     * facility is an error, as there), to a company from companies only (vertices below {@code firstFacility}).
     */
    private static void links(Transaction tx, NodeIds ids, ProjectionBuilder builder, int firstFacility) {
        try (ResourceIterator<Relationship> rels = tx.findRelationships(BUYS_FROM)) {
            while (rels.hasNext()) {
                Relationship r = rels.next();
                int supplier = ids.find(r.getEndNodeId());
                if (supplier < 0) {
                    continue;
                }
                int buyer = supplier >= firstFacility ? ids.get(r.getStartNodeId()) : ids.find(r.getStartNodeId());
                if (buyer < 0 || supplier < firstFacility && buyer >= firstFacility) {
                    continue;
                }
                Map<String, Object> p = r.getProperties(LINK_KEYS);
                Object share = p.get(SHARE);
                builder.link(buyer, supplier, (String) p.get(COMMODITY),
                        share == null ? Double.NaN : ((Number) share).doubleValue());
            }
        }
    }

    /** {@code MATCH (a:Company)-[:FINANCES]->(b:Company)}. */
    private static void financing(Transaction tx, NodeIds ids, ProjectionBuilder builder, int firstFacility) {
        try (ResourceIterator<Relationship> rels = tx.findRelationships(FINANCES)) {
            while (rels.hasNext()) {
                Relationship r = rels.next();
                int institution = ids.find(r.getStartNodeId());
                int company = ids.find(r.getEndNodeId());
                if (institution >= 0 && institution < firstFacility && company >= 0 && company < firstFacility) {
                    builder.financing(institution, company);
                }
            }
        }
    }

    private static String id(Map<String, Object> p) {
        Object id = p.get(Schema.Prop.ID);
        if (!(id instanceof String s)) {
            throw new IllegalStateException("a company or facility has no string id: " + id);
        }
        return s;
    }

    private static String str(Map<String, Object> p, String key) {
        Object v = p.get(key);
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
