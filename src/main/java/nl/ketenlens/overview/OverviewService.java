package nl.ketenlens.overview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjector;
import nl.ketenlens.risk.IndicatorView;
import org.springframework.stereotype.Service;

/** Counts the current projection; cached per graph revision. {@code O(V + indicators applied)}. */
@Service
public class OverviewService {

    private final GraphProjector projector;
    private volatile Overview cached;

    OverviewService(GraphProjector projector) {
        this.projector = projector;
    }

    public Overview overview() {
        GraphProjection p = projector.current();
        Overview o = cached;
        if (o == null || o.graphRevision() != p.revision()) {
            o = count(p);
            cached = o;
        }
        return o;
    }

    static Overview count(GraphProjection p) {
        SupplyGraph g = p.graph();
        int[] facilities = g.facilities();
        Set<String> countries = new HashSet<>();
        Map<String, int[]> perTheme = new TreeMap<>(); // indicators, facilities covered
        Map<String, Set<String>> themeCountries = new TreeMap<>();
        for (IndicatorView i : p.sourceIndicators()) {
            perTheme.computeIfAbsent(i.theme(), t -> new int[2])[0]++;
            themeCountries.computeIfAbsent(i.theme(), t -> new HashSet<>()).add(i.country());
            countries.add(i.country());
        }
        boolean synthetic = false;
        for (int f : facilities) {
            if (p.countries()[f] != null) {
                countries.add(p.countries()[f]);
            }
            synthetic |= p.synthetic()[f];
            Set<String> seen = new HashSet<>();
            for (int idx : p.facilityIndicators()[f]) {
                String theme = p.indicators().get(idx).theme();
                if (seen.add(theme)) {
                    perTheme.get(theme)[1]++;
                }
            }
        }
        countries.remove(null);
        List<Overview.ThemeCoverage> themes = new ArrayList<>();
        perTheme.forEach((theme, n) -> themes.add(new Overview.ThemeCoverage(theme, n[0],
                themeCountries.get(theme).size(), facilities.length == 0 ? 0 : (double) n[1] / facilities.length)));
        return new Overview(p.revision(), g.companies().length, facilities.length, countries.size(), g.edgeCount(),
                p.sourceIndicators().size(), synthetic, themes, financing(g), certified(p, facilities));
    }

    private static int financing(SupplyGraph g) {
        int n = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            n += g.isFinancing(e) ? 1 : 0;
        }
        return n;
    }

    private static int certified(GraphProjection p, int[] facilities) {
        int n = 0;
        for (int f : facilities) {
            n += p.facts().certificationsOf(f).isEmpty() ? 0 : 1;
        }
        return n;
    }
}
