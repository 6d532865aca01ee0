package nl.ketenlens.exposure;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import nl.ketenlens.analysis.SupplyGraph;

/**
 * A what-if mask over the graph, never a copy: engaged facility vertices are not entered (their risk and every
 * path through them count as mitigated) and replaced links are not followed.
 */
final class Scenario {

    static final Scenario NONE = new Scenario(new BitSet(), new BitSet());

    private final BitSet engaged;
    private final BitSet removed;

    private Scenario(BitSet engaged, BitSet removed) {
        this.engaged = engaged;
        this.removed = removed;
    }

    /** Resolves ids; unknown facilities or links are an {@link IllegalArgumentException} naming them. */
    static Scenario of(SupplyGraph g, Set<String> engagedIds, List<ExposureRequest.Link> replaced) {
        if (engagedIds.isEmpty() && replaced.isEmpty()) {
            return NONE;
        }
        BitSet engaged = new BitSet();
        for (String id : engagedIds) {
            int v = g.find(id);
            if (v < 0 || g.isCompany(v)) {
                throw new IllegalArgumentException("engaged: unknown facility '" + id + "'");
            }
            engaged.set(v);
        }
        BitSet removed = new BitSet();
        for (ExposureRequest.Link link : replaced) {
            int b = g.find(link.buyerId());
            int s = g.find(link.supplierId());
            int e = b < 0 || s < 0 ? -1 : g.edge(b, s);
            if (e < 0 || g.isFinancing(e)) {
                throw new IllegalArgumentException("replaced: no supply link " + link);
            }
            removed.set(e);
        }
        return new Scenario(engaged, removed);
    }

    boolean isEngaged(int v) {
        return engaged.get(v);
    }

    boolean isRemoved(int e) {
        return removed.get(e);
    }
}
