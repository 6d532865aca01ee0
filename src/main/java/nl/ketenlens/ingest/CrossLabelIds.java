package nl.ketenlens.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenlens.graph.Batches;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Ids are unique across companies and facilities, because the projection numbers both in one id space: a company
 * with a facility's id would make every later projection fail. Neo4j cannot enforce a constraint across labels, so
 * each write step asks, inside the import's own transaction (and imports are serialized), which of its ids the
 * other label already uses.
 */
final class CrossLabelIds {

    private CrossLabelIds() {
    }

    private static String query(String label) {
        return "UNWIND $ids AS id MATCH (n:%1$s {%2$s: id}) RETURN n.%2$s AS id".formatted(label, Prop.ID);
    }

    private static final String FACILITIES = query(Label.FACILITY);
    private static final String COMPANIES = query(Label.COMPANY);

    /** Of these ids, the ones a facility already has. */
    static Set<String> facilities(SimpleQueryRunner tx, List<String> ids, int batchSize) {
        return found(tx, FACILITIES, ids, batchSize);
    }

    /** Of these ids, the ones a company already has. */
    static Set<String> companies(SimpleQueryRunner tx, List<String> ids, int batchSize) {
        return found(tx, COMPANIES, ids, batchSize);
    }

    private static Set<String> found(SimpleQueryRunner tx, String query, List<String> ids, int batchSize) {
        Set<String> found = new HashSet<>();
        Batches.each(ids, batchSize, batch -> tx.run(query, Map.of("ids", batch))
                .forEachRemaining(r -> found.add(r.get("id").asString())));
        return found;
    }
}
