package nl.ketenlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chokepoints: facility {@code f} is a chokepoint of hotspot {@code H} when every supply path from any selected
 * company to any of {@code H}'s targets (its risk-bearing, unengaged facilities reachable from the selection) passes
 * through {@code f}. Equivalently, with a virtual root {@code r} feeding every selected company, {@code f} dominates
 * every target; so the chokepoints of {@code H} are the facility ancestors of the targets' nearest common dominator in
 * the dominator tree (that dominator included, the root and companies excluded). A hotspot target may itself be a
 * chokepoint (flagged {@code insideHotspot}).
 *
 * <p>Algorithm: one dominator tree (Cooper–Harvey–Kennedy, see {@link DominatorTree}) for all hotspots, then per
 * hotspot a nearest-common-dominator fold over its targets; the exposed companies of all hotspots come from one
 * word-parallel backward propagation per 64 hotspots ({@link HotspotCompanies}). Each
 * chokepoint's exposure share uses one forward BFS (cached per facility). Time
 * {@code O((n + m) · (passes + ⌈|H| / 64⌉ + chokepoints))}.
 * Oracle in tests: remove the candidate and check that no target stays reachable (JGraphT
 * {@code ConnectivityInspector}/{@code DepthFirstIterator} on a {@code MaskSubgraph}).
 */
public final class Chokepoints {
    private final LeverageInput input;
    private ChokepointResult result;

    public Chokepoints(LeverageInput input) {
        if (input == null) {
            throw new IllegalArgumentException("input is required");
        }
        this.input = input;
    }

    public synchronized ChokepointResult result() {
        if (result == null) {
            result = compute();
        }
        return result;
    }

    private ChokepointResult compute() {
        SupplyGraph g = input.graph();
        boolean[] mask = input.mask();
        double[] r = input.risk().raw();
        DominatorTree tree = DominatorTree.of(g, mask, input.sources());
        ReachResult reach = new CollectiveReach(input).result();
        double total = reach.exposure(r);
        Bfs bfs = new Bfs(g, mask);
        Map<Integer, Double> shareCache = new HashMap<>();
        List<Hotspot> hotspots = input.risk().hotspots();
        List<int[]> targetLists = new ArrayList<>(hotspots.size());
        for (Hotspot h : hotspots) {
            targetLists.add(Arrays.stream(h.raw()).filter(f -> r[f] > 0 && !mask[f] && tree.reachable(f)).toArray());
        }
        int[][] exposed = HotspotCompanies.of(g, input.condensation(), input.sources(), targetLists);
        List<HotspotChokepoints> out = new ArrayList<>();
        for (int i = 0; i < hotspots.size(); i++) {
            Hotspot h = hotspots.get(i);
            int[] targets = targetLists.get(i);
            double exposure = 0;
            for (int t : targets) {
                exposure += r[t] * reach.companies(t);
            }
            List<String> companyIds = new ArrayList<>(exposed[i].length);
            for (int v : exposed[i]) {
                companyIds.add(g.id(v));
            }
            List<Chokepoint> chain = new ArrayList<>();
            if (targets.length > 0) {
                for (int d = tree.commonDominator(targets); d != tree.root; d = tree.idom[d]) {
                    if (!g.company[d]) {
                        int f = d;
                        double share = shareCache.computeIfAbsent(f, x -> exposureShare(bfs, x, reach, r, total));
                        chain.add(new Chokepoint(f, g.id(f), h.contains(f), reach.companies(f), share));
                    }
                }
            }
            out.add(new HotspotChokepoints(h.key(), targets.length, companyIds.size(), companyIds, exposure, chain));
        }
        return new ChokepointResult(out);
    }

    /** companies(f) · Σ_{t downstream of f} r(t) / W. */
    private static double exposureShare(Bfs bfs, int f, ReachResult reach, double[] r, double total) {
        if (total <= 0) {
            return 0;
        }
        bfs.runDown(f);
        double down = 0;
        for (int i = 0; i < bfs.size(); i++) {
            down += r[bfs.at(i)];
        }
        return reach.companies(f) * down / total;
    }
}
