package nl.ketenlens.synthetic;

import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.NetworkSink;

/**
 * FINANCES links: every company banks with one or two banks; large companies also have one to three
 * institutional investors (pension funds and insurers). Institutions are chosen with Zipf weights, so a
 * few big banks and funds finance most companies, as in the Dutch market.
 * Institution i has kind bank (i mod 3 = 0), pension_fund (1) or insurer (2).
 */
final class Financing {
    private final Layout layout;
    private final long seed;
    private final NetworkSink sink;

    Financing(Layout layout, long seed, NetworkSink sink) {
        this.layout = layout;
        this.seed = seed;
        this.sink = sink;
    }

    void run() {
        int f = layout.institutions;
        int banks = (f + 2) / 3;
        int investors = f - banks;
        for (int c = 0; c < layout.companies; c++) {
            Rng rng = Rng.of(seed, Generation.FINANCING, c);
            String company = Ids.company(c);
            int[] chosen = new int[5];
            int n = 0;
            int wantBanks = rng.chance(0.4) ? 2 : 1;
            n = pick(rng, banks, wantBanks, 1.0, chosen, n, b -> 3 * b);
            if (Generation.large(layout, seed, c) && investors > 0) {
                n = pick(rng, investors, rng.between(1, 3), 0.8, chosen, n, m -> 3 * (m / 2) + 1 + m % 2);
            }
            for (int i = 0; i < n; i++) {
                sink.financing(new FinancingRow(Ids.institution(chosen[i]), company, true));
            }
        }
    }

    private static int pick(Rng rng, int pool, int wanted, double zipf, int[] chosen, int n,
                            java.util.function.IntUnaryOperator toInstitution) {
        int target = n + Math.min(wanted, pool);
        for (int attempt = 0; n < target && attempt < 32; attempt++) {
            int institution = toInstitution.applyAsInt(rng.zipf(pool, zipf));
            boolean seen = false;
            for (int i = 0; i < n; i++) {
                seen |= chosen[i] == institution;
            }
            if (!seen) {
                chosen[n++] = institution;
            }
        }
        return n;
    }
}
