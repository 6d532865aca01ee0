package nl.ketenlens.ingest;

import nl.ketenlens.graph.Batches;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Rel;
import org.neo4j.driver.SimpleQueryRunner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facilities a company reaches through {@value Rel#BUYS_FROM} links, any number of tiers, read in the caller's
 * transaction (an import's scope check must see the same graph its plan does). Breadth first, one {@code UNWIND}
 * seek per tier and batch: a variable-length pattern would enumerate every path, which explodes on the shared
 * smelters and traders where many paths meet. Cost: one index seek per facility of the chain plus its links.
 */
final class ChainReach {
    private static final int BATCH = 10_000;
    private static final String FIRST = step(Label.COMPANY);
    private static final String NEXT = step(Label.FACILITY);

    private ChainReach() {
    }

    private static String step(String buyerLabel) {
        return """
                UNWIND $ids AS bid
                MATCH (b:%1$s {id: bid}) USING INDEX b:%1$s(id)
                MATCH (b)-[:%2$s]->(s:%3$s)
                RETURN DISTINCT s.id AS id""".formatted(Label.require(buyerLabel), Rel.BUYS_FROM, Label.FACILITY);
    }

    /** Ids of the facilities {@code companyId} buys from directly or through tiers (cycles are fine). */
    static Set<String> of(SimpleQueryRunner q, String companyId) {
        Set<String> reached = new HashSet<>();
        List<String> frontier = next(q, FIRST, List.of(companyId), reached);
        while (!frontier.isEmpty()) {
            frontier = next(q, NEXT, frontier, reached);
        }
        return reached;
    }

    private static List<String> next(SimpleQueryRunner q, String query, List<String> buyers, Set<String> reached) {
        List<String> fresh = new ArrayList<>();
        Batches.each(buyers, BATCH, batch -> q.run(query, Map.of("ids", batch)).forEachRemaining(r -> {
            String id = r.get("id").asString();
            if (reached.add(id)) {
                fresh.add(id);
            }
        }));
        return fresh;
    }
}
