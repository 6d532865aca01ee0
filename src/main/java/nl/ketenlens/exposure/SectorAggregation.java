package nl.ketenlens.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;

/**
 * Computes a {@link SectorExposure}: per company one breadth-first search with the reach rules of
 * {@link Traversal#reach()} (no what-if), on arrays reused between companies; per reached facility its issue keys
 * and blind spot, each worked out once (the first time any company reaches the facility) and afterwards only
 * counted. {@code O(Σ reach)} integer work plus one pass over each distinct reached facility's indicators.
 */
final class SectorAggregation {

    private final GraphProjection p;
    private final SupplyGraph g;
    private final IssueKeys keys;
    private final BlindSpots blindSpots;
    private final int depth;
    private final String theme;

    // per vertex
    private final int[] stamp;
    private final int[] tier;
    private final int[] queue;
    private final boolean[] seen;          // reached by any company so far
    private final int[] spot;              // blind-spot commodity index, -1 none
    // per issue key (IssueKeys id) and per blind-spot commodity
    private final Acc[] byKey;                       // by IssueKeys id
    private final List<Acc> issues = new ArrayList<>();  // in order of first reach
    private final Map<String, Integer> spotIndex = new HashMap<>();
    private final List<SpotAcc> spots = new ArrayList<>();
    private boolean synthetic;

    SectorAggregation(GraphProjection p, IssueKeys keys, BlindSpots blindSpots, int depth, String theme) {
        this.p = p;
        this.g = p.graph();
        this.keys = keys;
        this.blindSpots = blindSpots;
        this.depth = depth;
        this.theme = theme;
        int n = g.vertexCount();
        stamp = new int[n];
        tier = new int[n];
        queue = new int[n];
        seen = new boolean[n];
        spot = new int[n];
        Arrays.fill(spot, -1);
        byKey = new Acc[keys.size()];
    }

    private static final class Acc {
        final int key;
        IndicatorView top;
        final java.util.BitSet members = new java.util.BitSet();
        int lastCompany = -1;
        int facilities;
        final List<SourceView> sources = new ArrayList<>(2);

        Acc(int key) {
            this.key = key;
        }
    }

    private static final class SpotAcc {
        final String commodity;
        BlindSpot worst;
        int companies;
        int lastCompany = -1;
        int facilities;

        SpotAcc(String commodity) {
            this.commodity = commodity;
        }
    }

    SectorExposure of(List<String> companyIds) {
        int round = 0;
        for (String id : companyIds) {
            int root = g.findCompany(id);
            if (root < 0) {
                throw new IllegalArgumentException("unknown company '" + id + "'");
            }
            round++;
            synthetic |= p.synthetic()[root];
            reach(root, round);
        }
        List<SectorExposure.Issue> issueList = new ArrayList<>(issues.size());
        for (Acc a : issues) {
            issueList.add(new SectorExposure.Issue(keys.key(a.key), keys.theme(a.key), keys.country(a.key),
                    keys.commodity(a.key), a.top.severity(), a.top.likelihood(), a.top.riskWeight(), (java.util.BitSet) a.members.clone(),
                    a.facilities, List.copyOf(a.sources), a.top));
        }
        List<SectorExposure.BlindSpotFigures> spotList = new ArrayList<>(spots.size());
        for (SpotAcc s : spots) {
            BlindSpot w = s.worst;
            spotList.add(new SectorExposure.BlindSpotFigures(s.commodity, s.companies, s.facilities,
                    w.expectedRiskWeight(), w.expectedTheme(), w.expectedCountry(), w.expectedCommodity(),
                    w.expectedSource()));
        }
        return new SectorExposure(List.copyOf(issueList), List.copyOf(spotList), synthetic);
    }

    /** {@link Traversal#reach()} without a mask, visiting each reached facility once in breadth-first order. */
    private void reach(int root, int round) {
        int head = 0;
        int tail = 0;
        queue[tail++] = root;
        stamp[root] = round;
        tier[root] = 0;
        for (int e = g.outStart(root); e < g.outStart(root + 1); e++) {
            int w = g.target(e);
            if (g.isFinancing(e) && stamp[w] != round) {
                stamp[w] = round;
                tier[w] = 0;
                queue[tail++] = w;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            int t = tier[v];
            if (t >= depth) {
                continue;
            }
            for (int e = g.outStart(v); e < g.outStart(v + 1); e++) {
                if (g.isFinancing(e)) {
                    continue;
                }
                int w = g.target(e);
                if (stamp[w] != round) {
                    stamp[w] = round;
                    tier[w] = t + 1;
                    queue[tail++] = w;
                    facility(w, t + 1, round);
                }
            }
        }
    }

    private void facility(int v, int t, int round) {
        boolean first = !seen[v];
        if (first) {
            seen[v] = true;
            synthetic |= p.synthetic()[v];
        }
        int[] applying = p.facilityIndicators()[v];
        for (int j = 0; j < applying.length; j++) {
            IndicatorView i = p.indicators().get(applying[j]);
            if (theme != null && !theme.equals(i.theme())) {
                continue;
            }
            int key = keys.keyOf(v, j);
            Acc a = byKey[key];
            if (a == null) {
                a = new Acc(key);
                byKey[key] = a;
                issues.add(a);
            }
            if (a.lastCompany != round) {
                a.lastCompany = round;
                a.members.set(round - 1);
            }
        }
        if (first) {
            firstReach(v);
            // only a facility without suppliers can be a no_supplier blind spot, the kind a briefing counts
            BlindSpot b = g.outDegree(v) == 0 ? blindSpots.at(v, t, theme) : null;
            if (b != null && b.reasons().contains(BlindSpots.NO_SUPPLIER) && !b.commodities().isEmpty()) {
                String commodity = b.commodities().get(0);
                Integer s = spotIndex.get(commodity);
                if (s == null) {
                    s = spots.size();
                    spotIndex.put(commodity, s);
                    spots.add(new SpotAcc(commodity));
                }
                spot[v] = s;
                SpotAcc acc = spots.get(s);
                acc.facilities++;
                double w = b.expectedRiskWeight() == null ? -1 : b.expectedRiskWeight();
                if (acc.worst == null
                        || w > (acc.worst.expectedRiskWeight() == null ? -1 : acc.worst.expectedRiskWeight())) {
                    acc.worst = b;
                }
            }
        }
        if (spot[v] >= 0) {
            SpotAcc acc = spots.get(spot[v]);
            if (acc.lastCompany != round) {
                acc.lastCompany = round;
                acc.companies++;
            }
        }
    }

    /**
     * A facility's first reach: one more facility for each distinct key it carries under the theme filter, and its
     * indicators (strongest first, as {@link Hit} orders them) weighed for each key's top and sources.
     */
    private void firstReach(int v) {
        int[] applying = p.facilityIndicators()[v];
        List<Integer> positions = new ArrayList<>(applying.length);
        for (int j = 0; j < applying.length; j++) {
            if (theme == null || theme.equals(p.indicators().get(applying[j]).theme())) {
                positions.add(j);
            }
        }
        positions.sort((x, y) -> Hit.STRONGEST.compare(p.indicators().get(applying[x]),
                p.indicators().get(applying[y])));
        int[] counted = new int[positions.size()];
        int n = 0;
        for (int j : positions) {
            IndicatorView i = p.indicators().get(applying[j]);
            int key = keys.keyOf(v, j);
            Acc a = byKey[key];
            if (a.top == null || Hit.STRONGEST.compare(i, a.top) < 0) {
                a.top = i;
            }
            if (i.source() != null && !a.sources.contains(i.source())) {
                a.sources.add(i.source());
            }
            boolean dup = false;
            for (int x = 0; x < n && !dup; x++) {
                dup = counted[x] == key;
            }
            if (!dup) {
                counted[n++] = key;
                a.facilities++;
            }
        }
    }
}
