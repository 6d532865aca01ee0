package nl.ketenlens.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenlens.ingest.ImportKind;
import nl.ketenlens.ingest.ImportOptions;
import nl.ketenlens.ingest.ImportReport;
import nl.ketenlens.ingest.ImportService;

/**
 * Peak heap of one large links import (issue 10 item 7): writes {@code facilities} facilities and a links file of
 * about {@code megabytes} MB between them (unique buyer/supplier pairs, one commodity), then imports the links through
 * {@link ImportService#importFile(ImportKind, nl.ketenlens.csv.CsvReader.Source, String, ImportOptions)} — the entry
 * an upload takes — and prints the time and two heap figures: the live heap after each collection (what the import
 * really holds; from the collectors' notifications) and the sum of the heap pools' peaks (an upper bound that
 * includes garbage not yet collected). Run it with a small {@code -Xmx} to show the import fits.
 */
public final class LinksFileBenchmark {

    public record Result(long rows, long bytes, long millis, long maxLiveAfterGcBytes, long peakHeapBytes) {
    }

    private LinksFileBenchmark() {
    }

    public static Result run(ImportService service, Path dir, int megabytes, int facilities, int batchSize,
                             PrintWriter out) throws IOException {
        Path facilityFile = dir.resolve("facilities.csv");
        Path links = dir.resolve("links.csv");
        writeFacilities(facilityFile, facilities);
        long rows = writeLinks(links, (long) megabytes << 20, facilities);
        long bytes = Files.size(links);
        out.printf("generated %s: %d links, %d MB, over %d facilities%n", links, rows, bytes >> 20, facilities);
        out.flush();
        ImportReport f = service.importFile(ImportKind.FACILITIES, facilityFile, ImportOptions.defaults());
        if (f.refused()) {
            throw new IllegalStateException("facilities refused: " + f.errorLines());
        }
        ImportOptions options = new ImportOptions(false, false, null, null, batchSize);
        Heap.reset();
        try (LiveHeap live = LiveHeap.watch()) {
            double cpu = Cpu.processSeconds();
            double loadBefore = Cpu.loadAverage();
            long start = System.nanoTime();
            ImportReport r = service.importFile(ImportKind.LINKS, () -> Files.newInputStream(links), "links.csv", options,
                    nl.ketenlens.access.Viewer.admin());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (r.refused()) {
                throw new IllegalStateException("links refused: " + r.errorLines().subList(0, Math.min(5, r.errors().size())));
            }
            Result result = new Result(r.read(), bytes, millis, live.max(), Heap.peakBytes());
            double cpuSeconds = Cpu.processSeconds() - cpu;
            out.printf(java.util.Locale.ROOT, "links      %9d rows %8d ms %10.0f rows/s (created %d, unchanged %d); "
                            + "%.1f s process cpu = %.0f rows per cpu-second; load average %.1f before, %.1f after%n",
                    r.read(), millis, r.read() * 1000.0 / Math.max(1, millis), r.created(), r.unchanged(), cpuSeconds,
                    r.read() / cpuSeconds, loadBefore, Cpu.loadAverage());
            out.printf("heap: max live after GC %d MB, pool peaks %d MB, -Xmx %d MB; peak RSS %s%n",
                    result.maxLiveAfterGcBytes() >> 20, result.peakHeapBytes() >> 20, Heap.maxMegabytes(),
                    ImportBenchmark.peakRssKb() < 0 ? "n/a" : (ImportBenchmark.peakRssKb() >> 10) + " MB");
            out.flush();
            return result;
        }
    }

    private static String id(int i) {
        return "BL-%06d".formatted(i);
    }

    private static void writeFacilities(Path file, int n) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("facility_id,name,type,country,region,commodities,os_id,rmi_cid,synthetic\n");
            for (int i = 0; i < n; i++) {
                w.write(id(i) + ",Bench mill " + i + ",processor,GH,,gold,,,true\n");
            }
        }
    }

    /** Row r: buyer r mod n, supplier buyer + 1 + r div n (mod n): every pair once while r < n·(n−1). */
    private static long writeLinks(Path file, long targetBytes, int n) throws IOException {
        long written = 0;
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            String header = "buyer_id,supplier_id,commodity,share,synthetic\n";
            w.write(header);
            written += header.length();
            while (written < targetBytes) {
                int buyer = (int) (rows % n);
                long round = rows / n;
                if (round >= n - 1) {
                    throw new IllegalArgumentException("not enough facilities for " + (targetBytes >> 20) + " MB of links");
                }
                int supplier = (int) ((buyer + 1 + round) % n);
                String line = id(buyer) + "," + id(supplier) + ",gold," + (rows % 10) / 10.0 + ",true\n";
                w.write(line);
                written += line.length();
                rows++;
            }
        }
        return rows;
    }
}
