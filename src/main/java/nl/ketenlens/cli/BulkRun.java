package nl.ketenlens.cli;

import nl.ketenlens.ingest.BulkLoad;
import nl.ketenlens.ingest.ImportReport;
import nl.ketenlens.store.OfflineImport;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The three phases of {@link BulkLoadCommand} and their figures: check on a scratch store, Neo4j's importer, open
 * and complete. The target directory is only created in phase 2; if phase 2 or 3 fails it is removed again.
 */
final class BulkRun {
    private final Path target;
    private final PrintWriter out;
    private final BulkLoadCommand.Opener opener;
    private final long started = System.nanoTime();

    BulkRun(Path target, PrintWriter out, BulkLoadCommand.Opener opener) {
        this.target = target;
        this.out = out;
        this.opener = opener;
    }

    /** @return false when the files were refused (the reports are printed; nothing was written to the target) */
    boolean load(Path companies, Path facilities, Path links) throws IOException {
        long t0 = System.nanoTime();
        double cpu0 = cpuSeconds();
        Path work = Files.createTempDirectory("ketenlens-bulk-");
        try {
            say("1/3 checking the files on a scratch store (same rules and messages as 'import')");
            BulkLoad.Staged staged;
            try (ConfigurableApplicationContext context = opener.open(work.resolve("check-store"))) {
                Path input = Files.createDirectories(work.resolve("input"));
                staged = context.getBean(BulkLoad.class).stage(companies, facilities, links, input, this::say);
            }
            if (staged.refused()) {
                for (ImportReport r : staged.reports()) {
                    out.print(BulkLoadCommand.table(r));
                }
                out.println("Refused: nothing was written; " + target + " was not created.");
                out.flush();
                return false;
            }
            for (ImportReport r : staged.reports()) {
                say("checked " + r.file() + ": " + r.read() + " rows, " + r.warnings().size() + " warnings"
                        + r.warnings().stream().limit(5).map(w -> "\n    " + w).reduce("", String::concat));
            }
            say("checked " + links.getFileName() + ": " + staged.linkCount() + " links");
            long t1 = System.nanoTime();
            say("2/3 Neo4j's offline importer: " + staged.linkCount() + " links into " + target);
            List<ImportReport> completed = build(staged, work, companies, facilities);
            long t3 = System.nanoTime();
            summary(staged, completed, t0, t1, t2, t3, cpu0);
            return true;
        } finally {
            try {
                deleteRecursively(work);
            } catch (RuntimeException e) {
                say("warning: " + e.getMessage()); // the scratch directory only; the outcome stands
            }
        }
    }

    private long t2;

    private List<ImportReport> build(BulkLoad.Staged staged, Path work, Path companies, Path facilities) {
        // checked again after the minutes of checking: a store that appeared meanwhile is someone else's and is
        // left alone; an empty directory that was there before (a mount point) is kept, only its contents go
        if (!OfflineImport.isNew(target)) {
            throw new IllegalStateException(target + " is no longer empty (written while the files were checked);"
                    + " nothing was written to it");
        }
        boolean existed = Files.isDirectory(target);
        try {
            OfflineImport.run(target, staged.companies(), staged.facilities(), staged.links(),
                    work.resolve("import.report"), BulkLoadCommand.stream(out));
            t2 = System.nanoTime();
            say("3/3 opening the new store: schema migrations, reference data, company and facility properties");
            try (ConfigurableApplicationContext context = opener.open(target)) {
                return context.getBean(BulkLoad.class).complete(companies, facilities, work);
            }
        } catch (IOException | RuntimeException | Error e) {
            say("failed, removing what this run wrote in " + target + ": " + e.getMessage());
            try {
                deleteRecursively(target, existed);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e instanceof IOException io ? new java.io.UncheckedIOException(io) : (RuntimeException) rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        return (RuntimeException) e;
    }

    private void summary(BulkLoad.Staged staged, List<ImportReport> completed, long t0, long t1, long t2, long t3,
                         double cpu0) {
        double check = (t1 - t0) / 1e9;
        double importer = (t2 - t1) / 1e9;
        double open = (t3 - t2) / 1e9;
        double total = (t3 - t0) / 1e9;
        out.printf(Locale.ROOT, "Loaded %s: %d companies, %d facilities, %d links%n", target,
                completed.get(0).read(), completed.get(1).read(), staged.linkCount());
        out.printf(Locale.ROOT, "  check %.1f s | Neo4j importer %.1f s (%.0f links/s) | open + properties %.1f s%n",
                check, importer, staged.linkCount() / importer, open);
        out.printf(Locale.ROOT, "  total %.1f s wall (%.0f links/s end to end), %.1f s process CPU, load average %.1f%n",
                total, staged.linkCount() / total, cpuSeconds() - cpu0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "  peak heap %d MB (pools), peak RSS %s%n", peakHeapMb(), peakRss());
        out.flush();
    }

    private void say(String message) {
        out.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, message);
        out.flush();
    }

    private static double cpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    /** VmHWM from /proc (Linux); "n/a" elsewhere. */
    private static String peakRss() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmHWM:")).map(l -> l.substring(6).trim()).findFirst().orElse("n/a");
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    static void deleteRecursively(Path dir) {
        deleteRecursively(dir, false);
    }

    /** Deletes {@code dir}'s contents, and {@code dir} itself unless {@code keepDir}; a file that stays is an error. */
    static void deleteRecursively(Path dir, boolean keepDir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!(keepDir && p.equals(dir))) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot remove " + dir + " completely; remove it by hand", e);
        }
    }
}
