package nl.ketenlens.briefing;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.graph.projection.GraphProjection;

/**
 * Where a set of companies' chains run, as raw counts: one breadth-first search per company over its supply
 * links (financing links are not supply), tier = fewest hops. Counts of companies are raw here; the
 * {@link BriefingAssembler} applies the k threshold. Cost {@code O(|S|·(n+m))} in the worst case.
 */
final class ChainCoverage {

    /** Raw figures: per key, distinct facilities and distinct companies reaching it. */
    record Figures(int facilities, Map<Integer, int[]> tiers, Map<String, int[]> countries,
                   Map<String, int[]> commodities, int links, int linksWithShare, Map<Integer, Integer> deepestTier,
                   Map<String, Integer> facilityCompanies) {

        /** How many of the companies reach facility {@code id} (0 when none does). */
        int companiesReaching(String id) {
            return facilityCompanies.getOrDefault(id, 0);
        }
    }

    private ChainCoverage() {
    }

    static Figures of(GraphProjection p, Collection<String> companyIds) {
        SupplyGraph g = p.graph();
        int n = g.vertexCount();
        int[] stamp = new int[n];
        int[] tier = new int[n];
        int[] minTier = new int[n];
        int[] reachedBy = new int[n];
        java.util.Arrays.fill(minTier, Integer.MAX_VALUE);
        boolean[] edgeSeen = new boolean[g.edgeCount()];
        int[] queue = new int[n];
        Map<Integer, int[]> tiers = new TreeMap<>();
        Map<String, int[]> countries = new HashMap<>();
        Map<String, int[]> commodities = new HashMap<>();
        Map<Integer, Integer> deepest = new TreeMap<>();
        int links = 0;
        int withShare = 0;
        int round = 0;
        for (String id : companyIds) {
            int c = g.find(id);
            if (c < 0 || !g.isCompany(c)) {
                continue;
            }
            round++;
            Set<Integer> tiersHere = new HashSet<>();
            Set<String> countriesHere = new HashSet<>();
            Set<String> commoditiesHere = new HashSet<>();
            int tail = 0;
            stamp[c] = round;
            tier[c] = 0;
            queue[tail++] = c;
            int maxTier = 0;
            for (int head = 0; head < tail; head++) {
                int v = queue[head];
                if (g.isFacility(v)) {
                    reachedBy[v]++;
                    maxTier = Math.max(maxTier, tier[v]);
                    minTier[v] = Math.min(minTier[v], tier[v]);
                    tiersHere.add(tier[v]);
                    String country = p.countries()[v] == null ? "unknown" : p.countries()[v];
                    countriesHere.add(country);
                    commoditiesHere.addAll(p.commodities().get(v));
                }
                for (int e = g.outStart(v); e < g.outStart(v + 1); e++) {
                    if (g.isFinancing(e)) {
                        continue;
                    }
                    if (!edgeSeen[e]) {
                        edgeSeen[e] = true;
                        links++;
                        withShare += Double.isNaN(g.share(e)) ? 0 : 1;
                    }
                    int w = g.target(e);
                    if (stamp[w] != round) {
                        stamp[w] = round;
                        tier[w] = tier[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }
            tiersHere.forEach(t -> tiers.computeIfAbsent(t, x -> new int[2])[1]++);
            countriesHere.forEach(x -> countries.computeIfAbsent(x, y -> new int[2])[1]++);
            commoditiesHere.forEach(x -> commodities.computeIfAbsent(x, y -> new int[2])[1]++);
            deepest.merge(maxTier, 1, Integer::sum);
        }
        int facilities = 0;
        Map<String, Integer> facilityCompanies = new HashMap<>();
        for (int v = 0; v < n; v++) {
            if (minTier[v] != Integer.MAX_VALUE) {
                facilities++;
                facilityCompanies.put(g.id(v), reachedBy[v]);
                tiers.get(minTier[v])[0]++;
                countries.get(p.countries()[v] == null ? "unknown" : p.countries()[v])[0]++;
                for (String commodity : p.commodities().get(v)) {
                    commodities.get(commodity)[0]++;
                }
            }
        }
        return new Figures(facilities, tiers, countries, commodities, links, withShare, deepest, facilityCompanies);
    }

    static List<String> keysByCompanies(Map<String, int[]> counts) {
        return counts.entrySet().stream()
                .sorted((a, b) -> a.getValue()[1] != b.getValue()[1] ? b.getValue()[1] - a.getValue()[1]
                        : a.getValue()[0] != b.getValue()[0] ? b.getValue()[0] - a.getValue()[0]
                        : a.getKey().compareTo(b.getKey()))
                .map(Map.Entry::getKey).toList();
    }
}
