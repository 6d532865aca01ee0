package nl.ketenlens.exposure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.SupplyNetwork;
import nl.ketenlens.projection.GraphProjection;
import nl.ketenlens.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.projection.InMemoryProjection;
import nl.ketenlens.risk.IndicatorView;

/**
 * A quick random layered network for the benchmark, until the synthetic generator is on main: four chain families
 * (textile, cocoa, gold, electronics) of six tiers each, suppliers picked with a bias towards a few hubs (the
 * smelters and traders many chains share), 2 % layer skips, 0.5 % back links (cycles), 3 % facilities without a
 * supplier (blind spots), companies buying from 5–20 first-tier facilities of their family, and banks financing
 * companies. Deterministic for a seed.
 */
final class LayeredNetwork {

    static final String[][] CHAINS = {
            {"garments", "fabric", "yarn", "cotton_lint", "seed_cotton", "cotton"},
            {"chocolate", "cocoa_butter", "cocoa_paste", "cocoa_beans_dried", "cocoa_beans", "cocoa"},
            {"jewellery", "gold_bars", "gold_dore", "gold_concentrate", "gold_ore", "gold"},
            {"electronics", "circuit_boards", "components", "tin_solder", "tin_concentrate", "tin"}};
    static final String[] SECTORS = {"textile", "food", "gold", "electronics"};
    static final String[] COUNTRIES = {"CN", "IN", "BD", "VN", "TR", "PK", "CI", "GH", "CM", "NG", "CD", "UG", "PE",
            "BO", "CO", "ID", "MY", "BR", "MX", "KH", "MM", "ET", "KE", "TZ", "RW", "ZA", "DE", "BE", "NL", "US"};
    static final String[] THEMES = {"child_labour", "forced_labour", "living_wage", "health_safety",
            "freedom_of_association", "deforestation", "conflict", "pollution"};
    private static final double[] LAYER_SHARE = {0.10, 0.15, 0.20, 0.20, 0.20, 0.15};

    private LayeredNetwork() {
    }

    static GraphProjection projection(int facilities, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int families = CHAINS.length;
        int[][][] layers = new int[families][6][];
        List<FacilityRow> rows = new ArrayList<>(facilities);
        List<LinkRow> links = new ArrayList<>(facilities * 3);
        String[] commodity = new String[facilities];
        for (int f = 0; f < families; f++) {
            for (int l = 0; l < 6; l++) {
                int size = Math.max(1, (int) (facilities / (double) families * LAYER_SHARE[l]));
                layers[f][l] = new int[size];
                for (int i = 0; i < size && rows.size() < facilities; i++) {
                    int id = rows.size();
                    layers[f][l][i] = id;
                    commodity[id] = CHAINS[f][l];
                    String country = rnd.nextInt(100) < 2 ? null : COUNTRIES[skewed(rnd, COUNTRIES.length)];
                    rows.add(new FacilityRow("F" + id, "Facility " + id, l == 5 ? "mine" : "processor", country,
                            null, List.of(CHAINS[f][l]), null, null, true));
                }
            }
        }
        for (int f = 0; f < families; f++) {
            for (int l = 0; l < 5; l++) {
                for (int v : layers[f][l]) {
                    if (rnd.nextInt(100) < 3) {
                        continue;   // no supplier on record: a blind spot
                    }
                    int suppliers = 1 + rnd.nextInt(4);
                    for (int s = 0; s < suppliers; s++) {
                        int to = l + (l < 4 && rnd.nextInt(100) < 2 ? 2 : 1);
                        int[] next = layers[f][to];
                        int w = next[skewed(rnd, next.length)];
                        links.add(new LinkRow("F" + v, "F" + w, commodity[w], share(rnd, suppliers), true));
                    }
                    if (l > 0 && rnd.nextInt(1000) < 5) {
                        int[] back = layers[f][l - 1];
                        int w = back[rnd.nextInt(back.length)];
                        links.add(new LinkRow("F" + v, "F" + w, commodity[w], null, true));
                    }
                }
            }
        }
        List<CompanyRow> companies = new ArrayList<>();
        List<FinancingRow> financing = new ArrayList<>();
        int companyCount = Math.max(4, facilities / 50);
        for (int c = 0; c < companyCount; c++) {
            int f = c % families;
            companies.add(new CompanyRow("C" + c, "Company " + c, SECTORS[f], "sme", null, List.of(), "company", true));
            int suppliers = 5 + rnd.nextInt(16);
            for (int s = 0; s < suppliers; s++) {
                int[] first = layers[f][0];
                int w = first[skewed(rnd, first.length)];
                links.add(new LinkRow("C" + c, "F" + w, commodity[w], share(rnd, suppliers), true));
            }
        }
        for (int b = 0; b < Math.max(1, companyCount / 40); b++) {
            companies.add(new CompanyRow("B" + b, "Bank " + b, "financial", "large", null, List.of(), "bank", true));
            for (int k = 0; k < 20; k++) {
                financing.add(new FinancingRow("B" + b, "C" + rnd.nextInt(companyCount), true));
            }
        }
        SupplyNetwork network = new SupplyNetwork(companies, rows, links, financing);
        return InMemoryProjection.of(network, indicators(rnd), commodityInfo());
    }

    /** Index biased towards 0: a few hubs get many buyers. */
    private static int skewed(SplittableRandom rnd, int size) {
        double u = rnd.nextDouble();
        return Math.min(size - 1, (int) (size * u * u));
    }

    private static Double share(SplittableRandom rnd, int suppliers) {
        return rnd.nextInt(100) < 40 ? null : Math.min(1.0, (0.5 + rnd.nextDouble()) / suppliers);
    }

    private static List<IndicatorView> indicators(SplittableRandom rnd) {
        List<IndicatorView> out = new ArrayList<>();
        for (String country : COUNTRIES) {
            for (String[] chain : CHAINS) {
                for (String commodity : chain) {
                    if (rnd.nextInt(100) < 25) {
                        String theme = THEMES[rnd.nextInt(THEMES.length)];
                        out.add(indicator(rnd, theme, country, commodity));
                    }
                }
            }
            if (rnd.nextInt(100) < 30) {
                out.add(indicator(rnd, "conflict", country, null));
            }
        }
        return out;
    }

    private static IndicatorView indicator(SplittableRandom rnd, String theme, String country, String commodity) {
        String id = "bench:" + theme + ":" + country + ":" + (commodity == null ? "*" : commodity);
        return InMemoryProjection.indicator(id, theme, country, null, commodity, 1 + rnd.nextInt(5),
                1 + rnd.nextInt(5), 1 + rnd.nextInt(5), rnd.nextInt(1, 10) / 10.0, null);
    }

    private static Map<String, CommodityInfo> commodityInfo() {
        Map<String, CommodityInfo> info = new HashMap<>();
        for (String[] chain : CHAINS) {
            for (int l = 0; l < chain.length; l++) {
                List<String> upstream = l + 1 < chain.length ? List.of(chain[l + 1]) : List.of();
                info.put(chain[l], new CommodityInfo(chain[l], chain[l], null, upstream, List.of("CN", "IN", "CD")));
            }
        }
        return info;
    }
}
