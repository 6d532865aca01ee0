package nl.ketenlens.exposure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.ThemeWeights;

/**
 * A reached, risk-bearing facility with the indicators that count under the theme filter, weighed by the leverage
 * engine's rule, {@link ThemeWeights}: strongest indicator per theme, summed over themes.
 */
final class Hit {

    /** Strongest first: severity, then likelihood, then id for a stable order. */
    static final Comparator<IndicatorView> STRONGEST = Comparator.comparingDouble(IndicatorView::severity).reversed()
            .thenComparing(Comparator.comparingDouble(IndicatorView::likelihood).reversed())
            .thenComparing(IndicatorView::id);

    final int vertex;
    final int tier;
    /** Positions in {@code facilityIndicators[vertex]} of the indicators that count. */
    final int[] positions;
    final List<IndicatorView> indicators;
    final Map<String, Double> themeWeights;
    final double weight;

    private Hit(int vertex, int tier, int[] positions, List<IndicatorView> indicators) {
        this.vertex = vertex;
        this.tier = tier;
        this.positions = positions;
        this.indicators = indicators;
        ThemeWeights weights = ThemeWeights.of(indicators);
        this.themeWeights = weights.byTheme();
        this.weight = weights.total();
    }

    /** The risk-bearing facilities of a reach, in breadth-first order. */
    static List<Hit> of(GraphProjection p, Reach reach, String theme) {
        List<Hit> hits = new ArrayList<>();
        for (int k = 0; k < reach.facilities.size(); k++) {
            int v = reach.facilities.get(k);
            int[] applying = p.facilityIndicators()[v];
            if (applying.length == 0) {
                continue;
            }
            int[] positions = new int[applying.length];
            List<IndicatorView> list = new ArrayList<>(applying.length);
            for (int j = 0; j < applying.length; j++) {
                IndicatorView i = p.indicators().get(applying[j]);
                if (theme == null || theme.equals(i.theme())) {
                    positions[list.size()] = j;
                    list.add(i);
                }
            }
            if (!list.isEmpty()) {
                list.sort(STRONGEST);
                hits.add(new Hit(v, reach.tier[v], java.util.Arrays.copyOf(positions, list.size()), List.copyOf(list)));
            }
        }
        return hits;
    }

    IndicatorView strongest() {
        return indicators.get(0);
    }
}
