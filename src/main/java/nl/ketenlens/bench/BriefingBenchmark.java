package nl.ketenlens.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.ketenlens.briefing.Briefing;
import nl.ketenlens.briefing.BriefingBuilder;
import nl.ketenlens.briefing.BriefingRenderers;
import nl.ketenlens.briefing.BriefingRequest;
import nl.ketenlens.exposure.ExposureAnalyzer;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.ProjectionBuilder;
import nl.ketenlens.leverage.LeverageProperties;
import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.output.Format;
import nl.ketenlens.synthetic.SyntheticNetworkGenerator;

/**
 * Times the sector briefing for the largest covenant of a generated network (one company per 15 facilities, the
 * seeded reference indicators), all in memory: no store import. Per run it builds the briefing record
 * ({@link BriefingBuilder}, with the time per step) and renders it as HTML and as PDF; prints every run and the
 * minimum. Goal (issue 9): build + render ≤ 10 s for the 100k-facility network. The logic of
 * {@code ketenlens bench-briefing}.
 */
public final class BriefingBenchmark {

    /** What the fastest run measured, in milliseconds. */
    public record Result(String covenant, int companies, long build, long html, long pdf, int htmlBytes,
                         int pdfBytes) {

        public long total() {
            return build + html + pdf;
        }
    }

    private final PrintWriter out;
    private final long seed;

    public BriefingBenchmark(PrintWriter out, long seed) {
        this.out = out;
        this.seed = seed;
    }

    /**
     * @param covenant the covenant to brief, or null for the one with most companies in the generated network
     * @param outDir   where to write the last run's HTML and PDF, or null
     */
    public Result run(int facilities, String covenant, String lang, int runs, Path outDir) throws IOException {
        out.printf(Locale.ROOT, "Ketenlens briefing benchmark — %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Heap.maxMegabytes(), System.getProperty("java.version"));
        ReferenceRisk risk = ReferenceRisk.load();
        int companies = Math.max(1, facilities / 15);
        long t = System.nanoTime();
        ProjectionBuilder builder = new ProjectionBuilder(facilities + companies, facilities * 4);
        new SyntheticNetworkGenerator(seed).generate(companies, builder);
        GraphProjection p = builder.build(0, risk.indicators(), risk.commodities());
        out.printf(Locale.ROOT, "%,d facilities, %,d companies, %,d edges (seed %d): generated and projected in "
                        + "%.2f s (not timed below)%n", p.graph().facilities().length, p.graph().companies().length,
                p.graph().edgeCount(), seed, (System.nanoTime() - t) / 1e9);
        Map<String, Integer> sizes = covenantSizes(p);
        String code = covenant != null ? covenant : sizes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElseThrow(() -> new IllegalStateException("no covenant in the network"));
        out.printf(Locale.ROOT, "covenants (companies): %s; briefing for '%s', lang %s%n", sizes, code, lang);
        BriefingBuilder briefings = new BriefingBuilder(
                LeverageService.over(p, new LeverageProperties(5_000_000_000L, 42L)), new ExposureAnalyzer(p),
                BriefingBuilder.defaults());
        BriefingRequest request = new BriefingRequest(code, null, null, lang, null);
        List<Result> results = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            BriefingBuilder.Built built = briefings.build(request);
            long t1 = System.nanoTime();
            byte[] html = render(Format.HTML, built.briefing());
            long t2 = System.nanoTime();
            byte[] pdf = render(Format.PDF, built.briefing());
            long t3 = System.nanoTime();
            long cpu = (cpuNanos() - cpu0) / 1_000_000;
            Result result = new Result(code, built.companies(), ms(t0, t1), ms(t1, t2), ms(t2, t3), html.length,
                    pdf.length);
            results.add(result);
            BriefingBuilder.Timings s = built.timings();
            out.printf(Locale.ROOT, "run %d: %,d companies — build %,d ms (leverage %,d, plan %,d, groups %,d, cuts %,d,"
                            + " member exposure %,d, chains %,d, assemble %,d), HTML %,d ms (%,d bytes), PDF %,d ms"
                            + " (%,d bytes) — total %,d ms wall, %,d ms process CPU, load average %.1f%s%n", r, built.companies(), result.build(), s.leverage(),
                    s.plan(), s.groups(), s.cuts(), s.exposure(), s.chains(), s.assemble(), result.html(),
                    html.length, result.pdf(), pdf.length, result.total(), cpu, load,
                    built.briefing().leverage().groupsLeftOutAbove() == null ? ""
                            : " [working groups left out: more than " + built.briefing().leverage().groupsLeftOutAbove()
                            + " companies]");
            out.flush();
            if (outDir != null && r == runs) {
                Files.createDirectories(outDir);
                Files.write(outDir.resolve("briefing-" + code + ".html"), html);
                Files.write(outDir.resolve("briefing-" + code + ".pdf"), pdf);
            }
        }
        Result best = results.stream().min(java.util.Comparator.comparingLong(Result::total)).orElseThrow();
        out.printf(Locale.ROOT, "fastest of %d runs: build %,d ms + HTML %,d ms + PDF %,d ms = %,d ms — goal ≤ 10 s: %s%n",
                runs, best.build(), best.html(), best.pdf(), best.total(), best.total() <= 10_000 ? "met" : "NOT met");
        out.printf(Locale.ROOT, "peak heap %,d MB%n", Heap.peakMegabytes());
        out.flush();
        return best;
    }

    private static Map<String, Integer> covenantSizes(GraphProjection p) {
        Map<String, Integer> sizes = new TreeMap<>();
        for (int v : p.graph().companies()) {
            for (String c : p.covenants().get(v)) {
                sizes.merge(c, 1, Integer::sum);
            }
        }
        return sizes;
    }

    private static byte[] render(Format format, Briefing briefing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BriefingRenderers.forFormat(format, null).render(briefing, bytes);
        return bytes.toByteArray();
    }

    /** CPU time of the whole process (all threads, including the JIT and the garbage collector). */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
