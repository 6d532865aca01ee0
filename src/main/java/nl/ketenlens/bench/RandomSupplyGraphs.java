package nl.ketenlens.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import nl.ketenlens.analysis.Hotspot;
import nl.ketenlens.analysis.LeverageInput;
import nl.ketenlens.analysis.RiskProfile;
import nl.ketenlens.analysis.RiskWeight;
import nl.ketenlens.analysis.Selection;
import nl.ketenlens.analysis.SupplyGraph;

/**
 * Random layered supply graphs for benchmarks and property tests: companies → tier 1 → … → tier 4, suppliers picked
 * by preferential attachment (probability ∝ 1 + buyers so far), about {@code edgesPerFacility × facilities} edges,
 * 60 % of shares known, a few back edges (traders selling upstream) so that cycles occur. Facilities in tiers 3–4
 * are risk-bearing with probability 0.3 (weight by {@link RiskProfile#riskWeight}); hotspots group them by one of 40
 * countries × 6 commodities. 40 % of companies are covenant members. Deterministic for a seed.
 */
public final class RandomSupplyGraphs {
    private static final String[] COMMODITIES = {"gold", "tin", "cocoa", "cotton", "palm_oil", "coffee"};
    private static final double[] TIER_SHARE = {0.2, 0.25, 0.25, 0.3};

    private RandomSupplyGraphs() {
    }

    /** A generated graph with its risk profile and a selection of all companies. */
    public record Sample(SupplyGraph graph, RiskProfile risk, Selection selection) {
        public LeverageInput input() {
            return LeverageInput.of(graph, selection, risk);
        }
    }

    public static Sample layered(int facilities, int companies, double edgesPerFacility, long seed) {
        if (facilities < 4 || companies < 1 || edgesPerFacility <= 0) {
            throw new IllegalArgumentException("need facilities >= 4, companies >= 1, edgesPerFacility > 0; got "
                    + facilities + ", " + companies + ", " + edgesPerFacility);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        SupplyGraph.Builder b = SupplyGraph.builder(facilities + companies, (int) (facilities * edgesPerFacility));
        for (String c : COMMODITIES) {
            b.commodity(c);
        }
        int[][] tiers = new int[5][];
        tiers[0] = new int[companies];
        for (int i = 0; i < companies; i++) {
            tiers[0][i] = b.addCompany("C" + i, rnd.nextDouble() < 0.4);
        }
        int made = 0;
        for (int t = 1; t <= 4; t++) {
            int size = t == 4 ? facilities - made : Math.max(1, (int) (facilities * TIER_SHARE[t - 1]));
            tiers[t] = new int[size];
            for (int i = 0; i < size; i++) {
                tiers[t][i] = b.addFacility("F" + t + "-" + i);
            }
            made += size;
        }
        int buyers = companies + tiers[1].length + tiers[2].length + tiers[3].length;
        double degree = facilities * edgesPerFacility / buyers;
        for (int t = 0; t < 4; t++) {
            link(b, rnd, tiers[t], tiers[t + 1], degree);
        }
        for (int t = 2; t <= 4; t++) {   // back edges: about 0.2 % of a tier's facilities sell upstream
            for (int i = 0; i < tiers[t].length / 500; i++) {
                b.addEdge(tiers[t][rnd.nextInt(tiers[t].length)], tiers[t - 1][rnd.nextInt(tiers[t - 1].length)],
                        rnd.nextInt(COMMODITIES.length), Double.NaN, false);
            }
        }
        SupplyGraph g = b.build();
        return new Sample(g, risk(g, tiers, rnd), Selection.all(g));
    }

    private static void link(SupplyGraph.Builder b, SplittableRandom rnd, int[] buyers, int[] suppliers,
                             double degree) {
        int[] urn = new int[suppliers.length + (int) (buyers.length * (degree + 1)) + 16];
        int urnSize = 0;
        for (int s : suppliers) {
            urn[urnSize++] = s;
        }
        for (int buyer : buyers) {
            int d = Math.max(1, (int) degree + (rnd.nextDouble() < degree - (int) degree ? 1 : 0));
            int commodity = rnd.nextInt(COMMODITIES.length);
            boolean known = rnd.nextDouble() < 0.6;
            for (int k = 0; k < d; k++) {
                int s = urn[rnd.nextInt(urnSize)];
                b.addEdge(buyer, s, commodity, known ? 1.0 / d : Double.NaN, false);
                if (urnSize < urn.length) {
                    urn[urnSize++] = s;
                }
            }
        }
    }

    private static RiskProfile risk(SupplyGraph g, int[][] tiers, SplittableRandom rnd) {
        double[] w = new double[g.vertexCount()];
        Map<String, List<Integer>> hotspots = new TreeMap<>();
        for (int t = 3; t <= 4; t++) {
            for (int f : tiers[t]) {
                if (rnd.nextDouble() < 0.3) {
                    w[f] = RiskWeight.weight(1 + rnd.nextInt(5), 1 + rnd.nextInt(5), 1 + rnd.nextInt(5),
                            0.2 + 0.8 * rnd.nextDouble());
                    String key = "K" + rnd.nextInt(40) + ":" + COMMODITIES[rnd.nextInt(COMMODITIES.length)]
                            + ":child_labour";
                    hotspots.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                }
            }
        }
        List<Hotspot> list = new ArrayList<>();
        hotspots.forEach((k, v) -> list.add(new Hotspot(k, v.stream().mapToInt(Integer::intValue).toArray())));
        return new RiskProfile(g, w, list);
    }
}
