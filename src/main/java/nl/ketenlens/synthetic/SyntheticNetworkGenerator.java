package nl.ketenlens.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import nl.ketenlens.graph.NetworkSink;
import nl.ketenlens.graph.SupplyNetwork;

/**
 * Generates a fictional but realistic network of Dutch companies, their supply chains (tiers 1..4) in
 * real production countries and regions, and the financial institutions that finance them.
 *
 * <p>For {@code n} companies the network holds about {@code 15 n} facilities and {@code 4} supply links
 * per facility, plus {@code max(3, n / 100)} institutions (banks, pension funds, insurers). Suppliers are
 * chosen with Zipf weights, so buyers share suppliers at every scale and a few smelters, refineries and
 * traders become chokepoints. The same seed and company count always give the same rows in the same
 * order, and byte-identical CSV files. Structure and parameters: docs/synthetic-network.md.
 */
public final class SyntheticNetworkGenerator {
    /** Seed of {@link #demo()}: the day the metal covenant came into force (1 July 2019). */
    public static final long DEMO_SEED = 20190701L;
    /** Number of companies in {@link #demo()}. */
    public static final int DEMO_COMPANIES = 64;

    private final long seed;

    public SyntheticNetworkGenerator(long seed) {
        this.seed = seed;
    }

    /** The demo network: {@value #DEMO_COMPANIES} companies in every covenant sector, fixed seed. */
    public static SupplyNetwork demo() {
        return new SyntheticNetworkGenerator(DEMO_SEED).generate(DEMO_COMPANIES);
    }

    public long seed() {
        return seed;
    }

    /** The whole network in memory (fine up to a few hundred thousand facilities). */
    public SupplyNetwork generate(int companies) {
        CollectingSink sink = new CollectingSink();
        generate(companies, sink);
        return sink.network();
    }

    /** Streams the network into {@code sink} (order: companies, facilities, links, financing). */
    public void generate(int companies, NetworkSink sink) {
        new Generation(new Layout(Catalogue.STANDARD, companies, seed), seed, sink).run();
    }

    /** Writes the network as CSV files into {@code dir}, streaming, with memory independent of size. */
    public void write(int companies, Path dir) throws IOException {
        try (CsvNetworkWriter writer = new CsvNetworkWriter(dir)) {
            generate(companies, writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Expected number of facilities for {@code companies} companies (exact: pools are sized up front). */
    public static int facilityCount(int companies) {
        return new Layout(Catalogue.STANDARD, companies, 0).facilities;
    }
}
