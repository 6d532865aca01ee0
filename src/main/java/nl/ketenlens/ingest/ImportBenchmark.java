package nl.ketenlens.ingest;

import nl.ketenlens.seed.reference.ReferenceDataReader;
import nl.ketenlens.seed.reference.ReferenceDataWriter;
import nl.ketenlens.store.EmbeddedNeo4j;
import nl.ketenlens.store.SchemaMigrations;
import nl.ketenlens.synthetic.SyntheticNetworkGenerator;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the import of a network directory ({@code companies.csv}, {@code facilities.csv},
 * {@code links.csv}, as the synthetic generator writes them) and prints rows/s per file and peak
 * memory. {@link #run} works on any driver (the {@code bench-import} command passes the
 * application's, after the reference seed); {@link #main} starts a throw-away embedded store,
 * seeds the reference data and, without a directory argument, generates a network with
 * {@link SyntheticNetworkGenerator} (about 14 facilities per company; 7,000 companies ≈ 100,000
 * facilities): {@code ImportBenchmark [DIR] [--companies N] [--batch-size N]}.
 */
public final class ImportBenchmark {

    /** One file's timing. */
    public record Step(String kind, int rows, long millis) {
        public double rowsPerSecond() {
            return millis == 0 ? rows : rows * 1000.0 / millis;
        }
    }

    /** The whole run; {@code peakHeapBytes} is the sum of the heap pools' peaks (an upper bound). */
    public record Result(List<Step> steps, long peakHeapBytes, long peakRssKb) {
    }

    private ImportBenchmark() {
    }

    public static Result run(Driver driver, Path dir, int batchSize, PrintWriter out) throws IOException {
        ImportService service = new ImportService(driver);
        ImportOptions options = new ImportOptions(false, false, null, null, batchSize);
        List<Step> steps = new ArrayList<>();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        for (ImportKind kind : List.of(ImportKind.COMPANIES, ImportKind.FACILITIES, ImportKind.LINKS)) {
            Path file = dir.resolve(kind.id() + ".csv");
            long start = System.nanoTime();
            ImportReport report = service.importFile(kind, file, options);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (report.refused()) {
                throw new IllegalArgumentException(file + " refused: " + report.errorLines().subList(0, Math.min(5, report.errors().size())));
            }
            Step step = new Step(kind.id(), report.read(), millis);
            steps.add(step);
            out.printf("%-10s %9d rows %8d ms %10.0f rows/s (created %d, updated %d, unchanged %d)%n", kind.id(), report.read(),
                    millis, step.rowsPerSecond(), report.created(), report.updated(), report.unchanged());
            out.flush();
        }
        Result result = new Result(steps, peakHeap(), peakRssKb());
        out.printf("peak heap %d MB, peak RSS %s%n", result.peakHeapBytes() >> 20,
                result.peakRssKb() < 0 ? "n/a" : (result.peakRssKb() >> 10) + " MB");
        out.flush();
        return result;
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** VmHWM from /proc (Linux): the process's peak resident set; -1 elsewhere. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public static void main(String[] args) throws IOException {
        int companies = 7_000;
        int batchSize = ImportOptions.DEFAULT_BATCH_SIZE;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--companies" -> companies = Integer.parseInt(args[++i]);
                case "--batch-size" -> batchSize = Integer.parseInt(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        Path tmp = Files.createTempDirectory("ketenlens-bench");
        PrintWriter out = new PrintWriter(System.out, true);
        if (dir == null) {
            dir = tmp.resolve("network");
            new SyntheticNetworkGenerator(SyntheticNetworkGenerator.DEMO_SEED).write(companies, dir);
        }
        try (EmbeddedNeo4j store = EmbeddedNeo4j.start(tmp.resolve("store"), 0, "512m", true);
             Driver driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none(), Config.builder().withoutEncryption().build())) {
            SchemaMigrations.apply(driver);
            new ReferenceDataWriter(driver).write(new ReferenceDataReader().read());
            out.printf("network %s, batch size %d, %d cores, max heap %d MB%n", dir, batchSize,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            run(driver, dir, batchSize, out);
        }
    }
}
