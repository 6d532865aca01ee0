package nl.ketenlens.risk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commodity chain model (docs/adr/0013): a taxonomy ({@code granite} is a kind of {@code stones}, {@code gold_ore}
 * a form of {@code gold}) and an input-output chain ({@code jewellery} ← {@code gold} ← {@code gold_dore} ←
 * {@code gold_ore}), both from seed-data/reference/commodities.csv (columns {@code parent} and {@code upstream}).
 *
 * <p>An indicator on a commodity covers that commodity and everything below it in the taxonomy, never the
 * commodity above it: ILAB's India "stones" reaches a granite quarry, while a granite finding does not reach a
 * facility that only says "stones" (it may cut marble). Immutable; unknown codes have no parent and no inputs.
 */
public final class CommodityTaxonomy {

    public static final CommodityTaxonomy EMPTY = new CommodityTaxonomy(Map.of(), Map.of());

    private final Map<String, String> parents;
    private final Map<String, List<String>> inputs;
    private final Map<String, List<String>> ancestors = new HashMap<>();

    /**
     * @param parents code → its parent code (codes without a parent are absent)
     * @param inputs  code → the codes it is made from, one tier up the chain
     */
    public CommodityTaxonomy(Map<String, String> parents, Map<String, List<String>> inputs) {
        this.parents = Map.copyOf(parents);
        this.inputs = Map.copyOf(inputs);
        for (String code : parents.keySet()) {
            ancestors.put(code, walkUp(code));
        }
    }

    private List<String> walkUp(String code) {
        List<String> up = new ArrayList<>();
        for (String p = parents.get(code); p != null && !up.contains(p) && !p.equals(code); p = parents.get(p)) {
            up.add(p);
        }
        return List.copyOf(up);
    }

    /** The parents of {@code code}, nearest first (empty for a top-level or unknown code). */
    public List<String> ancestors(String code) {
        return ancestors.getOrDefault(code, List.of());
    }

    /** Whether an indicator on {@code indicatorCommodity} covers {@code commodity}: the same or a kind of it. */
    public boolean covers(String indicatorCommodity, String commodity) {
        return indicatorCommodity.equals(commodity) || ancestors(commodity).contains(indicatorCommodity);
    }

    /** Whether an indicator on {@code indicatorCommodity} covers any of {@code commodities}. */
    public boolean coversAny(String indicatorCommodity, Collection<String> commodities) {
        for (String c : commodities) {
            if (covers(indicatorCommodity, c)) {
                return true;
            }
        }
        return false;
    }

    /** The codes {@code code} is made from, one tier up the chain. */
    public List<String> inputs(String code) {
        return inputs.getOrDefault(code, List.of());
    }

    /** Every commodity the given ones are made from, directly or further up the chain, nearest first (cycle-safe). */
    public Set<String> upstreamClosure(Collection<String> commodities) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(commodities);
        while (!todo.isEmpty()) {
            for (String up : inputs(todo.poll())) {
                if (seen.add(up)) {
                    todo.add(up);
                }
            }
        }
        seen.removeAll(commodities);
        return seen;
    }
}
