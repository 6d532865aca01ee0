package nl.ketenlens.leverage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.ketenlens.access.Disclosure;
import nl.ketenlens.analysis.BetweennessResult;
import nl.ketenlens.analysis.ChokepointResult;
import nl.ketenlens.analysis.Chokepoints;
import nl.ketenlens.analysis.CollectiveReach;
import nl.ketenlens.analysis.EngagementPlan;
import nl.ketenlens.analysis.LeverageInput;
import nl.ketenlens.analysis.PlanStep;
import nl.ketenlens.analysis.ReachResult;
import nl.ketenlens.analysis.RiskFlowBetweenness;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.leverage.SectorGraph.Edge;
import nl.ketenlens.leverage.SectorGraph.FlowLink;
import nl.ketenlens.leverage.SectorGraph.FlowNode;
import nl.ketenlens.leverage.SectorGraph.HotspotGroup;
import nl.ketenlens.leverage.SectorGraph.Node;
import nl.ketenlens.leverage.SectorGraph.RegionMark;
import nl.ketenlens.risk.IndicatorView;

/**
 * Builds the {@link SectorGraph} of one prepared question. Tiers are fewest facility hops from any selected company
 * (a 0-1 BFS: passing a financed company costs nothing), {@code O(n + m)}; reach, betweenness, chokepoints and the
 * plan are the leverage kernels. Only facilities the disclosure may name enter nodes, edges, flow and regions.
 */
final class SectorGraphBuilder {

    /** Source id prefix of the EU CAHRA list (seed-data/reference/sources.csv). */
    static final String CAHRA_SOURCE = "cahra";

    private final LeverageInputs.Prepared prep;
    private final LeverageProperties properties;

    SectorGraphBuilder(LeverageInputs.Prepared prep, LeverageProperties properties) {
        this.prep = prep;
        this.properties = properties;
    }

    SectorGraph build(int top, int budget) {
        long started = System.nanoTime();
        GraphProjection p = prep.projection();
        SupplyGraph g = p.graph();
        LeverageInput input = prep.input();
        Disclosure d = prep.disclosure();
        int selected = input.selection().size();
        // betweenness first: an exact pass counts reach on the way, so reach then comes from the cache
        BetweennessResult b = RiskFlowBetweenness.withBudget(input, properties.betweennessWorkBudget(),
                properties.samplingSeed()).result();
        ReachResult reach = new CollectiveReach(input).result();
        ChokepointResult chokes = new Chokepoints(input).result();
        double[] w = input.risk().weights();
        int[] tier = tiers(g, input.selection().vertices());
        double[] riskReach = new double[g.vertexCount()];
        List<Integer> nameable = new ArrayList<>();
        int reached = 0;
        for (int v : g.facilities()) {
            if (reach.companies(v) > 0) {
                reached++;
                if (d.mayName(reach.companies(v))) {
                    nameable.add(v);
                    riskReach[v] = w[v] * reach.companies(v) + b.score(v);
                }
            }
        }
        List<Integer> shown = nameable.stream()
                .sorted(Comparator.<Integer>comparingDouble(v -> -riskReach[v])
                        .thenComparingInt(v -> -reach.companies(v)).thenComparing(g::id))
                .limit(top).toList();
        List<HotspotGroup> hotspots = hotspots(chokes, d, selected, shown);
        Map<String, Double> hotspotExposure = new HashMap<>();
        Set<String> chokepointIds = new HashSet<>();
        hotspots.forEach(h -> {
            hotspotExposure.put(h.hotspot(), h.exposure());
            chokepointIds.addAll(h.chokepointIds());
        });
        Map<Integer, Integer> planRank = new HashMap<>();
        for (PlanStep s : new EngagementPlan(input, budget).result().steps()) {
            if (d.mayName(reach.companies(s.vertex()))) {
                planRank.put(s.vertex(), s.rank());
            }
        }
        List<Node> nodes = new ArrayList<>(shown.size() + 1);
        nodes.add(new Node(SectorGraph.MEMBERS, prep.scope().selection().companyCount().text() + " companies",
                SectorGraph.MEMBERS, 0, null, null, 0, b.totalExposure(), prep.scope().selection().companyCount(),
                false, null, null, prep.scope().syntheticData()));
        for (int v : shown) {
            String hotspot = input.risk().hotspotsOf(v).stream().filter(hotspotExposure::containsKey)
                    .max(Comparator.comparingDouble(hotspotExposure::get)).orElse(null);
            nodes.add(new Node(g.id(v), p.names()[v], p.kinds()[v], tier[v], p.countries()[v], p.regions()[v], w[v],
                    riskReach[v], d.count(reach.companies(v), selected), chokepointIds.contains(g.id(v)),
                    planRank.get(v), hotspot, p.synthetic()[v]));
        }
        Map<String, Integer> perHotspot = new HashMap<>();
        nodes.forEach(n -> {
            if (n.hotspot() != null) {
                perHotspot.merge(n.hotspot(), 1, Integer::sum);
            }
        });
        hotspots = hotspots.stream().map(h -> new HotspotGroup(h.hotspot(), perHotspot.getOrDefault(h.hotspot(), 0),
                h.exposedCompanies(), h.exposure(), h.chokepointIds())).toList();
        List<Edge> edges = edges(g, input.selection().vertices(), shown, d, selected);
        SectorGraph.Counts counts = new SectorGraph.Counts(reached, nameable.size(), shown.size(),
                reached - nameable.size(), top);
        double[] exposure = new double[g.vertexCount()];
        nameable.forEach(v -> exposure[v] = w[v] * reach.companies(v));
        return new SectorGraph(prep.scope(), counts, nodes, edges, hotspots, flow(p, nameable, tier, exposure),
                regions(p, nameable, exposure), prep.timings(started));
    }

    /** Fewest facility hops from any of {@code sources}; -1 where unreached. */
    static int[] tiers(SupplyGraph g, int[] sources) {
        int[] tier = new int[g.vertexCount()];
        java.util.Arrays.fill(tier, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : sources) {
            tier[s] = 0;
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            int v = queue.pollFirst();
            for (int e = g.outStart(v); e < g.outStart(v + 1); e++) {
                int x = g.target(e);
                int cost = g.isFacility(x) ? 1 : 0;
                if (tier[x] < 0 || tier[v] + cost < tier[x]) {
                    tier[x] = tier[v] + cost;
                    if (cost == 0) {
                        queue.addFirst(x);
                    } else {
                        queue.addLast(x);
                    }
                }
            }
        }
        return tier;
    }

    private static List<HotspotGroup> hotspots(ChokepointResult chokes, Disclosure d, int selected, List<Integer> shown) {
        return chokes.hotspots().stream()
                .filter(h -> h.targets() > 0 && d.mayName(h.exposedCompanies()))
                .sorted(Comparator.comparingDouble(nl.ketenlens.analysis.HotspotChokepoints::exposure).reversed())
                .map(h -> new HotspotGroup(h.hotspotKey(), 0, d.count(h.exposedCompanies(), selected), h.exposure(),
                        h.chokepoints().stream().map(c -> c.facilityId()).toList()))
                .toList();
    }

    private static List<Edge> edges(SupplyGraph g, int[] selection, List<Integer> shown, Disclosure d, int selected) {
        BitSet in = new BitSet(g.vertexCount());
        shown.forEach(in::set);
        int[] direct = new int[g.vertexCount()];
        for (int c : selection) {
            for (int e = g.outStart(c); e < g.outStart(c + 1); e++) {
                if (!g.isFinancing(e) && g.isFacility(g.target(e))) {
                    direct[g.target(e)]++;
                }
            }
        }
        List<String> commodities = g.commodities();
        List<Edge> out = new ArrayList<>();
        for (int v : shown) {
            if (direct[v] > 0) {
                out.add(new Edge(SectorGraph.MEMBERS, g.id(v), null, null, d.count(direct[v], selected)));
            }
        }
        for (int v : shown) {
            for (int e = g.outStart(v); e < g.outStart(v + 1); e++) {
                int x = g.target(e);
                if (g.isFinancing(e) || !in.get(x)) {
                    continue;
                }
                int c = g.commodity(e);
                double share = g.share(e);
                out.add(new Edge(g.id(v), g.id(x), c < 0 || c >= commodities.size() ? null : commodities.get(c),
                        Double.isNaN(share) ? null : share, null));
            }
        }
        return out;
    }

    /**
     * members → tier 1 carries the whole exposure; tier i → tier i+1 what lies at tiers beyond i; tier i → country c
     * what lies at tier i in c. Every tier node passes on exactly what it receives.
     */
    static SectorGraph.Flow flow(GraphProjection p, List<Integer> facilities, int[] tier, double[] exposure) {
        TreeMap<Integer, TreeMap<String, Double>> byTier = new TreeMap<>();
        double total = 0;
        for (int v : facilities) {
            if (exposure[v] > 0 && tier[v] >= 1) {
                String country = p.countries()[v] == null ? "" : p.countries()[v];
                byTier.computeIfAbsent(tier[v], t -> new TreeMap<>()).merge(country, exposure[v], Double::sum);
                total += exposure[v];
            }
        }
        List<FlowNode> nodes = new ArrayList<>();
        List<FlowLink> links = new ArrayList<>();
        if (byTier.isEmpty()) {
            return new SectorGraph.Flow(nodes, links, 0);
        }
        nodes.add(new FlowNode(SectorGraph.MEMBERS, "members", null, null));
        Set<String> countries = new TreeSet<>();
        int last = byTier.lastKey();
        double beyond = total;
        String previous = SectorGraph.MEMBERS;
        for (int t = 1; t <= last; t++) {
            String id = "tier:" + t;
            nodes.add(new FlowNode(id, "tier", t, null));
            links.add(new FlowLink(previous, id, beyond));
            for (Map.Entry<String, Double> c : byTier.getOrDefault(t, new TreeMap<>()).entrySet()) {
                links.add(new FlowLink(id, "country:" + c.getKey(), c.getValue()));
                countries.add(c.getKey());
                beyond -= c.getValue();
            }
            previous = id;
        }
        countries.forEach(c -> nodes.add(new FlowNode("country:" + c, "country", null, c.isEmpty() ? null : c)));
        return new SectorGraph.Flow(nodes, links, total);
    }

    /** Places with a region-level indicator (the EU CAHRA list is the only sub-national reference data, ADR 0004). */
    static List<RegionMark> regions(GraphProjection p, List<Integer> facilities, double[] exposure) {
        record Acc(String country, String region, int[] n, double[] e, Set<String> themes, boolean[] cahra) {
        }
        Map<String, Acc> by = new TreeMap<>();
        for (int v : facilities) {
            String region = p.regions()[v];
            if (region == null) {
                continue;
            }
            List<IndicatorView> regional = p.indicatorsOf(v).stream().filter(i -> region.equals(i.region())).toList();
            if (regional.isEmpty()) {
                continue;
            }
            Acc a = by.computeIfAbsent(region, r -> new Acc(p.countries()[v], r, new int[1], new double[1],
                    new TreeSet<>(), new boolean[1]));
            a.n()[0]++;
            a.e()[0] += exposure[v];
            regional.forEach(i -> {
                a.themes().add(i.theme());
                a.cahra()[0] |= i.source() != null && i.source().id() != null && i.source().id().startsWith(CAHRA_SOURCE);
            });
        }
        return by.values().stream().map(a -> new RegionMark(a.country(), a.region(), a.n()[0], a.e()[0],
                List.copyOf(a.themes()), a.cahra()[0])).toList();
    }
}
