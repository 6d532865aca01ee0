package nl.ketenlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Risk input for one theme/commodity filter: a risk weight per vertex and the hotspots.
 *
 * <p>The service computes each facility's weight with {@link RiskWeight} from the indicators that apply to it (see
 * {@code docs/leverage.md}); a facility is <em>risk-bearing</em> when its weight is positive. Companies always weigh 0.
 * Indicators and their sources stay in the service: the analysis returns vertices, the service attaches sources.
 *
 * <p>Immutable. What-if "indicator added" = {@link #withWeight(int, double)} or a new profile, never a new graph.
 */
public final class RiskProfile {
    private final double[] weight;
    private final List<Hotspot> hotspots;
    private final Map<String, Hotspot> byKey;

    /**
     * @param graph      the graph the weights belong to
     * @param riskWeight one finite weight ≥ 0 per vertex ({@code 0} = not risk-bearing; must be 0 for companies)
     * @param hotspots   hotspots over facilities of {@code graph}, distinct keys
     */
    public RiskProfile(SupplyGraph graph, double[] riskWeight, List<Hotspot> hotspots) {
        if (riskWeight.length != graph.vertexCount()) {
            throw new IllegalArgumentException("riskWeight has " + riskWeight.length + " entries, graph has "
                    + graph.vertexCount() + " vertices");
        }
        for (int v = 0; v < riskWeight.length; v++) {
            double w = riskWeight[v];
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("riskWeight of " + graph.id(v) + " is " + w + ", need finite >= 0");
            }
            if (w > 0 && graph.company[v]) {
                throw new IllegalArgumentException("company " + graph.id(v) + " cannot carry a risk weight");
            }
        }
        this.weight = riskWeight.clone();
        this.byKey = new HashMap<>();
        for (Hotspot h : hotspots) {
            for (int f : h.raw()) {
                graph.checkVertex(f);
                if (graph.company[f]) {
                    throw new IllegalArgumentException("hotspot " + h.key() + " contains company " + graph.id(f));
                }
            }
            if (byKey.put(h.key(), h) != null) {
                throw new IllegalArgumentException("duplicate hotspot key: " + h.key());
            }
        }
        this.hotspots = List.copyOf(hotspots);
    }

    /** A profile with no risk at all (every weight 0, no hotspots). */
    public static RiskProfile none(SupplyGraph graph) {
        return new RiskProfile(graph, new double[graph.vertexCount()], List.of());
    }

    public double weight(int vertex) {
        return weight[vertex];
    }

    /** A copy of all weights. */
    public double[] weights() {
        return weight.clone();
    }

    double[] raw() {
        return weight;
    }

    public List<Hotspot> hotspots() {
        return hotspots;
    }

    /** The hotspot with this key; unknown keys are an {@link IllegalArgumentException} naming the key. */
    public Hotspot hotspot(String key) {
        Hotspot h = byKey.get(key);
        if (h == null) {
            throw new IllegalArgumentException("unknown hotspot: " + key);
        }
        return h;
    }

    /** Number of risk-bearing vertices (weight > 0). */
    public int riskBearingCount() {
        int c = 0;
        for (double w : weight) {
            c += w > 0 ? 1 : 0;
        }
        return c;
    }

    /** What-if: the same profile with one vertex's weight replaced (e.g. an indicator added). */
    public RiskProfile withWeight(SupplyGraph graph, int vertex, double newWeight) {
        double[] w = weight.clone();
        w[vertex] = newWeight;
        return new RiskProfile(graph, w, hotspots);
    }

    /** The same profile with weights outside the hotspot set to 0: exposure to one hotspot only. */
    public RiskProfile restrictedTo(SupplyGraph graph, String hotspotKey) {
        Hotspot h = hotspot(hotspotKey);
        double[] w = new double[weight.length];
        for (int f : h.raw()) {
            w[f] = weight[f];
        }
        return new RiskProfile(graph, w, List.of(h));
    }

    /** Hotspot keys containing {@code vertex}, in profile order. */
    public List<String> hotspotsOf(int vertex) {
        List<String> out = new ArrayList<>();
        for (Hotspot h : hotspots) {
            if (h.contains(vertex)) {
                out.add(h.key());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "RiskProfile[" + riskBearingCount() + " risk-bearing, " + hotspots.size() + " hotspots, total "
                + Arrays.stream(weight).sum() + "]";
    }
}
