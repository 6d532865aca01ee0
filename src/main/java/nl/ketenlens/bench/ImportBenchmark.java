package nl.ketenlens.bench;

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

    /** Runs against the store of a started application context (the CLI's {@code bench-import}). */
    public static Result run(org.springframework.context.ApplicationContext context, Path dir, int batchSize,
                             PrintWriter out) throws IOException {
        return run(context.getBean(Driver.class), dir, batchSize, out);
    }

    public static Result run(Driver driver, Path dir, int batchSize, PrintWriter out) throws IOException {
        ImportService service = new ImportService(driver);
        ImportOptions options = new ImportOptions(false, false, null, null, batchSize);
        List<Step> steps = new ArrayList<>();
        Heap.resetPeak();
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
        Result result = new Result(steps, Heap.peakBytes(), peakRssKb());
        out.printf("peak heap %d MB, peak RSS %s%n", result.peakHeapBytes() >> 20,
                result.peakRssKb() < 0 ? "n/a" : (result.peakRssKb() >> 10) + " MB");
        out.flush();
        return result;
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
