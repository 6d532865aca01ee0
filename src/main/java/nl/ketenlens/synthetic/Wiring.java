package nl.ketenlens.synthetic;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.NetworkSink;

/**
 * Chooses the suppliers of one buyer and the volume shares of those links, and remembers which
 * facilities already have a buyer. Suppliers are drawn per input from the supplier role's pool with
 * Zipf weights (popular facilities get many buyers, which is where shared suppliers and chokepoints come
 * from), optionally within the buyer's own country; never the same (supplier, commodity) twice.
 */
final class Wiring {
    /** Share of (buyer, commodity) groups whose links carry volume shares. */
    static final double SHARE_PROBABILITY = 0.5;
    /** Attempts per wanted supplier before giving up on duplicates in a small pool. */
    private static final int ATTEMPTS = 8;

    private final Layout layout;
    private final NetworkSink sink;
    private final BitSet hasBuyer;
    private final Map<String, Pool> poolByRole = new HashMap<>();
    private int[] picks = new int[32];
    private String[] commodities = new String[32];
    private int count;

    Wiring(Layout layout, NetworkSink sink) {
        this.layout = layout;
        this.sink = sink;
        this.hasBuyer = new BitSet(layout.facilities);
        for (Pool pool : layout.pools) {
            poolByRole.put(pool.role.key(), pool);
        }
    }

    BitSet hasBuyer() {
        return hasBuyer;
    }

    /**
     * Links {@code buyerId} to suppliers for its inputs; a buyer with inputs always gets at least one.
     *
     * @param country    the buyer's country for domestic picks, or null (Dutch companies)
     * @param multiplier supplier-count multiplier (large companies buy from more suppliers)
     */
    void wire(String buyerId, String country, List<Input> inputs, int multiplier, Rng rng) {
        count = 0;
        for (Input in : inputs) {
            if (rng.chance(in.probability())) {
                add(in, rng.between(in.min(), in.max()) * multiplier, country, rng);
            }
        }
        if (count == 0 && !inputs.isEmpty()) {
            add(inputs.get(0), 1, country, rng);
        }
        Double[] shares = Shares.assign(commodities, count, rng);
        for (int i = 0; i < count; i++) {
            hasBuyer.set(picks[i]);
            sink.link(new LinkRow(buyerId, Ids.facility(picks[i]), commodities[i],
                shares.length == 0 ? null : shares[i], true));
        }
    }

    private void add(Input in, int wanted, String country, Rng rng) {
        Pool pool = poolByRole.get(in.supplier());
        int home = pool.segmentIn(country);
        int k = Math.min(wanted, pool.size);
        int added = 0;
        for (int attempt = 0; added < k && attempt < k * ATTEMPTS; attempt++) {
            int segment = home >= 0 && rng.chance(in.domestic()) ? home : -1;
            int global = pool.offset + pool.pick(rng, segment);
            if (!contains(global, in.commodity())) {
                push(global, in.commodity());
                added++;
            }
        }
    }

    private boolean contains(int global, String commodity) {
        for (int i = 0; i < count; i++) {
            if (picks[i] == global && commodities[i].equals(commodity)) {
                return true;
            }
        }
        return false;
    }

    private void push(int global, String commodity) {
        if (count == picks.length) {
            picks = Arrays.copyOf(picks, count * 2);
            commodities = Arrays.copyOf(commodities, count * 2);
        }
        picks[count] = global;
        commodities[count++] = commodity;
    }
}
