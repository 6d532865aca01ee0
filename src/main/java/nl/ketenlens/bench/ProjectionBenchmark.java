package nl.ketenlens.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.ketenlens.graph.EmbeddedGraph;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjector;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationContext;

/**
 * Times full projections of the store as it is, through Bolt and through the embedded API (ADR 0019), alternating,
 * so both see the same load on a shared machine. The logic of {@code ketenlens bench-projection}; prints wall and
 * process CPU per run and the load average.
 */
public final class ProjectionBenchmark {
    private final PrintWriter out;

    public ProjectionBenchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(ApplicationContext context, int repeats) {
        run(context, repeats, true);
    }

    /** {@code bolt} false: the embedded path only (more warm runs in the same time on a loaded machine). */
    public void run(ApplicationContext context, int repeats, boolean bolt) {
        Driver driver = context.getBean(Driver.class);
        EmbeddedGraph embedded = context.getBean(EmbeddedGraph.class);
        out.printf(Locale.ROOT, "Ketenlens projection benchmark — %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Heap.maxMegabytes(), System.getProperty("java.version"));
        for (int i = 1; i <= repeats; i++) {
            if (embedded.present()) {
                time(i, "embedded API", driver, embedded);
            }
            if (bolt || !embedded.present()) {
                time(i, "Bolt", driver, EmbeddedGraph.NONE);
            }
        }
    }

    private void time(int run, String path, Driver driver, EmbeddedGraph embedded) {
        System.gc();
        double cpu = Cpu.processSeconds();
        long t = System.nanoTime();
        GraphProjection p = GraphProjector.readOnce(driver, embedded);
        double wall = (System.nanoTime() - t) / 1e9;
        out.printf(Locale.ROOT, "  run %d %-13s %,d vertices, %,d edges, %,d indicators: %6.2f s wall, %6.2f s cpu"
                + "   (load average %s)%n", run, path, p.vertexCount(), p.graph().edgeCount(), p.indicators().size(),
                wall, Cpu.processSeconds() - cpu, loadAverage());
        out.flush();
    }

    /** The 1-minute load average, as {@code uptime} shows it ("?" where /proc is missing). */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
