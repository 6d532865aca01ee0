package nl.ketenlens.bench;

import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjector;
import nl.ketenlens.ingest.ImportKind;
import nl.ketenlens.ingest.ImportOptions;
import nl.ketenlens.ingest.ImportReport;
import nl.ketenlens.ingest.ImportService;
import org.neo4j.driver.Driver;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the import of a network directory ({@code companies.csv}, {@code facilities.csv},
 * {@code links.csv}, as the synthetic generator writes them) and prints rows/s per file and peak
 * memory. {@link #run} works on any driver; the {@code bench-import} command passes the
 * application's (a scratch store after the reference seed) and a network from the synthetic
 * generator (about 15 facilities per company; 6,666 companies ≈ 100,000 facilities).
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

    /**
     * Runs against the store of a started application context (the CLI's {@code bench-import}), then times what
     * follows an import there: the full projection, a populated-store import of {@value #POPULATED_LINKS} new links,
     * and a small import of {@value #SMALL_LINKS} new links with the incremental projection after it.
     */
    public static Result run(org.springframework.context.ApplicationContext context, Path dir, int batchSize,
                             PrintWriter out) throws IOException {
        ImportService service = context.getBean(ImportService.class);
        Result result = run(service, dir, batchSize, out);
        GraphProjector projector = context.getBean(GraphProjector.class);
        ImportOptions options = new ImportOptions(false, false, null, null, batchSize);
        project(projector, "full", out);
        timed(service, ImportKind.LINKS, ExtraLinks.write(dir, "links-populated.csv", POPULATED_LINKS, 11), options, out);
        project(projector, "after 40k links", out);
        timed(service, ImportKind.LINKS, ExtraLinks.write(dir, "links-small.csv", SMALL_LINKS, 13), options, out);
        project(projector, "after small import", out);
        return result;
    }

    static final int POPULATED_LINKS = 40_000;
    static final int SMALL_LINKS = 1_000;

    private static void project(GraphProjector projector, String what, PrintWriter out) {
        double cpu = Cpu.processSeconds();
        long start = System.nanoTime();
        GraphProjection p = projector.current();
        out.printf(Locale.ROOT, "projection %-18s %,d vertices %,d edges: %.2f s wall, %.2f s process cpu%n", what,
                p.vertexCount(), p.graph().edgeCount(), (System.nanoTime() - start) / 1e9, Cpu.processSeconds() - cpu);
        out.flush();
    }

    public static Result run(Driver driver, Path dir, int batchSize, PrintWriter out) throws IOException {
        return run(new ImportService(driver), dir, batchSize, out);
    }

    private static Result run(ImportService service, Path dir, int batchSize, PrintWriter out) throws IOException {
        ImportOptions options = new ImportOptions(false, false, null, null, batchSize);
        List<Step> steps = new ArrayList<>();
        Heap.resetPeak();
        for (ImportKind kind : List.of(ImportKind.COMPANIES, ImportKind.FACILITIES, ImportKind.LINKS)) {
            steps.add(timed(service, kind, dir.resolve(kind.id() + ".csv"), options, out));
        }
        Result result = new Result(steps, Heap.peakBytes(), peakRssKb());
        out.printf("peak heap %d MB, peak RSS %s%n", result.peakHeapBytes() >> 20,
                result.peakRssKb() < 0 ? "n/a" : (result.peakRssKb() >> 10) + " MB");
        out.flush();
        return result;
    }

    private static Step timed(ImportService service, ImportKind kind, Path file, ImportOptions options, PrintWriter out)
            throws IOException {
        double cpu = Cpu.processSeconds();
        long start = System.nanoTime();
        ImportReport report = service.importFile(kind, file, options);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (report.refused()) {
            throw new IllegalArgumentException(file + " refused: " + report.errorLines().subList(0, Math.min(5, report.errors().size())));
        }
        Step step = new Step(kind.id(), report.read(), millis);
        out.printf(Locale.ROOT, "%-10s %9d rows %8d ms %10.0f rows/s, %.1f s process cpu (created %d, updated %d, unchanged %d) %s; load average %.1f%n",
                kind.id(), report.read(), millis, step.rowsPerSecond(), Cpu.processSeconds() - cpu, report.created(),
                report.updated(), report.unchanged(), file.getFileName(), Cpu.loadAverage());
        out.flush();
        return step;
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
}
