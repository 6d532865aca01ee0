package nl.ketenlens.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.exposure.ExposureAnalyzer;
import nl.ketenlens.exposure.ExposureReport;
import nl.ketenlens.exposure.ExposureRequest;
import nl.ketenlens.graph.SupplyNetwork;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.InMemoryProjection;
import nl.ketenlens.synthetic.SyntheticNetworkGenerator;

/**
 * Exposure speed on a generated network: the synthetic generator's network with about {@code facilities}
 * facilities (one company per 15), the seeded reference indicators and commodity facts, all in memory (no Neo4j).
 * Warms up, then times one full exposure report (given depth, all themes) for every company and financial
 * institution and prints p50 / p95 / max in milliseconds. Goal: p95 ≤ 200 ms. Run with
 * {@code ketenlens bench-exposure} or as a main.
 */
public final class ExposureBenchmark {

    /** What one run measured. */
    public record Result(int vertices, int edges, int companies, long buildMillis, long sectorIndexMillis,
                         double p50, double p95, double max, double mean, int maxReached, boolean anyTruncated) {
    }

    private ExposureBenchmark() {
    }

    public static void main(String[] args) {
        int facilities = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        PrintWriter out = new PrintWriter(System.out, true);
        print(run(facilities, seed, ExposureRequest.DEFAULT_DEPTH, out), out);
    }

    public static Result run(int facilities, long seed, int depth, PrintWriter log) {
        long t0 = System.nanoTime();
        ReferenceRisk risk = ReferenceRisk.load();
        SupplyNetwork network = new SyntheticNetworkGenerator(seed).generate(Math.max(1, facilities / 15));
        GraphProjection p = InMemoryProjection.of(network, risk.indicators(), risk.commodities());
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        SupplyGraph g = p.graph();
        log.printf("Generated %s in %d ms (%d indicators)%n", g, buildMillis, p.indicators().size());
        ExposureAnalyzer analyzer = new ExposureAnalyzer(p);
        int[] companies = g.companies();
        long t1 = System.nanoTime();
        analyzer.analyze(ExposureRequest.of(g.id(companies[0])).withDepth(depth));   // builds the sector index
        long sectorMillis = (System.nanoTime() - t1) / 1_000_000;
        for (int i = 0; i < Math.min(companies.length, 300); i++) {
            analyzer.analyze(ExposureRequest.of(g.id(companies[i])).withDepth(depth));
        }
        double[] ms = new double[companies.length];
        int maxReached = 0;
        boolean truncated = false;
        for (int i = 0; i < companies.length; i++) {
            long s = System.nanoTime();
            ExposureReport r = analyzer.analyze(ExposureRequest.of(g.id(companies[i])).withDepth(depth));
            ms[i] = (System.nanoTime() - s) / 1e6;
            maxReached = Math.max(maxReached, r.reachedFacilityCount());
            truncated |= r.pathsTruncated();
        }
        Arrays.sort(ms);
        return new Result(g.vertexCount(), g.edgeCount(), companies.length, buildMillis, sectorMillis,
                percentile(ms, 0.50), percentile(ms, 0.95), ms[ms.length - 1], Arrays.stream(ms).average().orElse(0),
                maxReached, truncated);
    }

    public static void print(Result r, PrintWriter out) {
        out.printf("Exposure for %d companies on %d vertices / %d edges (first report incl. sector index: %d ms)%n",
                r.companies(), r.vertices(), r.edges(), r.sectorIndexMillis());
        out.printf("p50 %.1f ms  p95 %.1f ms  max %.1f ms  mean %.1f ms  (largest reach %d facilities%s)%n",
                r.p50(), r.p95(), r.max(), r.mean(), r.maxReached(),
                r.anyTruncated() ? ", some path counts capped" : "");
        out.printf("Goal p95 <= 200 ms: %s%n", r.p95() <= 200 ? "met" : "NOT met");
        out.flush();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
