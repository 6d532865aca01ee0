package nl.ketenlens.synthetic;

import java.util.List;

/**
 * A kind of facility in a chain (e.g. garment factory, tin smelter): its facility type, name labels,
 * commodities handled, production countries and what it buys upstream.
 *
 * @param key        unique role name, referenced by {@link Input#supplier()}
 * @param labels     name endings; each role's labels are distinct so names stay unique
 * @param inDegree   target mean number of buyers per facility: pool size = expected picks / inDegree
 * @param zipf       popularity skew of supplier choice (0 uniform, ~1.2 strong chokepoints)
 * @param blindSpot  probability that a facility's upstream is unknown (no supplier links at all)
 * @param cid        whether facilities carry an RMI-style smelter id
 */
record Role(String key, String type, List<String> labels, List<String> commodities, double inDegree,
            double zipf, double blindSpot, boolean cid, List<Place> places, List<Input> inputs) {
    Role {
        labels = List.copyOf(labels);
        commodities = List.copyOf(commodities);
        places = List.copyOf(places);
        inputs = List.copyOf(inputs);
        if (labels.isEmpty() || commodities.isEmpty() || places.isEmpty() || inDegree <= 0) {
            throw new IllegalArgumentException("incomplete role " + key);
        }
    }

    boolean leaf() {
        return inputs.isEmpty();
    }
}
