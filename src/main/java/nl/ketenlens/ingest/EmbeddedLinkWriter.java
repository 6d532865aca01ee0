package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import nl.ketenlens.graph.Schema.Rel;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Plans and writes the batches of a streamed links file through the embedded engine's own API, inside the import's
 * one transaction (ADR 0018). Same decisions as {@link LinkStep} (created / updated / unchanged per buyer, supplier
 * and commodity; an update sets share and synthetic), without Cypher planning, Bolt packing or index seeks per row:
 * each id is looked up once per import and its node kept.
 *
 * <p>The existence check must see the store as it was before the import, not the links this transaction has
 * already created (keys are unique within a file, so those can never match). Looking through a node's links would
 * also walk everything the import added to it so far, which grows with the file (the superlinear part of the old
 * path, ADR 0018). So each end counts the links this import created on it: when the buyer's outgoing or the
 * supplier's incoming {@code BUYS_FROM} degree minus that count is zero — always in an empty store — the link cannot
 * exist and nothing is read. Otherwise the end with the smaller degree is walked.
 */
final class EmbeddedLinkWriter implements StreamedLinkImport.BatchWriter {
    private static final RelationshipType BUYS_FROM = RelationshipType.withName(Rel.BUYS_FROM);
    private static final org.neo4j.graphdb.Label COMPANY = org.neo4j.graphdb.Label.label(Label.COMPANY);
    private static final org.neo4j.graphdb.Label FACILITY = org.neo4j.graphdb.Label.label(Label.FACILITY);

    private final Transaction tx;
    private final Set<String> companies;
    private final Map<String, End> ends = new HashMap<>();

    /** A node of this import and how many links the import created from and to it. */
    private static final class End {
        final Node node;
        int createdOut;
        int createdIn;

        End(Node node) {
            this.node = node;
        }
    }

    /** @param companies the file's ids that are companies (validated: every other buyer is a facility) */
    EmbeddedLinkWriter(Transaction tx, Set<String> companies) {
        this.tx = tx;
        this.companies = companies;
    }

    @Override
    public List<LinkRow> write(List<ParsedRow> batch) {
        List<LinkRow> created = new ArrayList<>();
        for (ParsedRow row : batch) {
            LinkRow l = row.link;
            End b = end(l.buyerId(), companies.contains(l.buyerId()) ? COMPANY : FACILITY);
            End s = end(l.supplierId(), FACILITY);
            Relationship old = existing(b, s, l.commodity());
            if (old == null) {
                Relationship r = b.node.createRelationshipTo(s.node, BUYS_FROM);
                set(r, Prop.LINK_COMMODITY, l.commodity());
                set(r, Prop.SHARE, l.share());
                r.setProperty(Prop.SYNTHETIC, l.synthetic());
                b.createdOut++;
                s.createdIn++;
                row.mark(RowStatus.CREATED);
                created.add(l);
            } else if (Objects.equals(old.getProperty(Prop.SHARE, null), l.share())
                    && Objects.equals(old.getProperty(Prop.SYNTHETIC, null), l.synthetic())) {
                row.mark(RowStatus.UNCHANGED);
            } else {
                set(old, Prop.SHARE, l.share());
                old.setProperty(Prop.SYNTHETIC, l.synthetic());
                row.mark(RowStatus.UPDATED);
            }
        }
        return created;
    }

    /** As Cypher's {@code SET x.p = null}: a null value removes the property. */
    private static void set(Relationship r, String key, Object value) {
        if (value == null) {
            r.removeProperty(key);
        } else {
            r.setProperty(key, value);
        }
    }

    private End end(String id, org.neo4j.graphdb.Label label) {
        return ends.computeIfAbsent(id, k -> {
            Node n = tx.findNode(label, Prop.ID, k);
            if (n == null) {
                throw new IllegalStateException(label.name() + " '" + k + "' was validated but is not in the store");
            }
            return new End(n);
        });
    }

    /** The link buyer → supplier for {@code commodity} as it was before this import, or null. */
    private static Relationship existing(End b, End s, String commodity) {
        int out = b.node.getDegree(BUYS_FROM, Direction.OUTGOING);
        if (out == b.createdOut) {
            return null;
        }
        int in = s.node.getDegree(BUYS_FROM, Direction.INCOMING);
        if (in == s.createdIn) {
            return null;
        }
        boolean fromBuyer = out <= in;
        Node from = fromBuyer ? b.node : s.node;
        Node to = fromBuyer ? s.node : b.node;
        try (var links = from.getRelationships(fromBuyer ? Direction.OUTGOING : Direction.INCOMING, BUYS_FROM)) {
            for (Relationship r : links) {
                if (r.getOtherNode(from).equals(to) && Objects.equals(r.getProperty(Prop.LINK_COMMODITY, null), commodity)) {
                    return r;
                }
            }
        }
        return null;
    }
}
