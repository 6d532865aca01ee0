package nl.ketenlens.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.ketenlens.analysis.BetweennessResult;
import nl.ketenlens.analysis.Chokepoints;
import nl.ketenlens.analysis.CollectiveReach;
import nl.ketenlens.analysis.EngagementPlan;
import nl.ketenlens.analysis.HotspotChokepoints;
import nl.ketenlens.analysis.LeverageInput;
import nl.ketenlens.analysis.MinVertexCut;
import nl.ketenlens.analysis.RiskFlowBetweenness;
import nl.ketenlens.analysis.Selection;
import nl.ketenlens.analysis.VertexCutResult;
import nl.ketenlens.analysis.WorkingGroups;
import nl.ketenlens.graph.Schema;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjector;
import nl.ketenlens.graph.projection.ProjectionBuilder;
import nl.ketenlens.ingest.ImportKind;
import nl.ketenlens.ingest.ImportOptions;
import nl.ketenlens.ingest.ImportReport;
import nl.ketenlens.ingest.ImportService;
import nl.ketenlens.leverage.LeverageProperties;
import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.synthetic.GeneratedNetwork;
import nl.ketenlens.synthetic.SyntheticNetworkGenerator;
import org.neo4j.driver.Driver;

/**
 * Times the leverage analysis (metrics 1–5, and working groups where affordable) on generated networks of the
 * given sizes, with the real seeded indicators, and the projection from Neo4j on a scratch store. The logic of
 * {@code ketenlens bench-leverage}; prints time per metric and peak heap.
 */
public final class SyntheticLeverageBenchmark {

    /**
     * Working groups visit every size-compatible company pair (one dense word per 64 hubs each); run them while the
     * pairs stay interactive (6.7k companies: 22.6 M pairs; 67k companies: 2.2 G, minutes — see ADR 0012).
     */
    static final long WORKING_GROUP_PAIRS = 100_000_000L;
    private final PrintWriter out;
    private final long seed;
    private final int budget;
    private final LeverageProperties tuning;
    private boolean versusJGraphT;

    public SyntheticLeverageBenchmark(PrintWriter out, long seed, int budget, LeverageProperties tuning) {
        this.out = out;
        this.seed = seed;
        this.budget = budget;
        this.tuning = tuning;
    }

    /** Also runs {@link JGraphTComparison} on every in-memory network. */
    public SyntheticLeverageBenchmark versusJGraphT(boolean on) {
        this.versusJGraphT = on;
        return this;
    }

    /** {@link #run(List, int, Driver, ImportService, GraphProjector)} on the beans of a started context. */
    public void run(List<Integer> sizes, int storeFacilities, org.springframework.context.ApplicationContext context)
            throws Exception {
        run(sizes, storeFacilities, context.getBean(Driver.class), context.getBean(ImportService.class),
                context.getBean(GraphProjector.class));
    }

    /** Runs every in-memory size; then, unless {@code storeFacilities} is 0, the import and projection. */
    public void run(List<Integer> sizes, int storeFacilities, Driver driver, ImportService imports,
                    GraphProjector projector) throws Exception {
        out.printf(Locale.ROOT, "Ketenlens leverage benchmark — %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Heap.maxMegabytes(), System.getProperty("java.version"));
        ReferenceRisk risk = ReferenceRisk.load();
        for (int size : sizes) {
            inMemory(out, size, risk, tuning);
        }
        if (storeFacilities > 0) {
            fromStore(out, storeFacilities, driver, imports, projector);
        }
    }

    private void inMemory(PrintWriter out, int facilities, ReferenceRisk risk, LeverageProperties tuning) {
        Heap.reset();
        try (LiveHeap live = LiveHeap.watch()) {
            inMemory(out, facilities, risk, tuning, live);
        }
    }

    private void inMemory(PrintWriter out, int facilities, ReferenceRisk risk, LeverageProperties tuning,
                          LiveHeap live) {
        int companies = companiesFor(facilities);
        long t = System.nanoTime();
        ProjectionBuilder builder = new ProjectionBuilder(facilities + companies, facilities * 4);
        new SyntheticNetworkGenerator(seed).generate(companies, builder);
        GraphProjection p = builder.build(0, risk.indicators(), risk.commodities());
        out.printf(Locale.ROOT, "%n%,d facilities, %,d companies, %,d edges: generated and projected in %.2f s%n",
                p.graph().facilities().length, p.graph().companies().length, p.graph().edgeCount(), secs(t));
        LeverageInput input = LeverageInput.of(p.graph(), Selection.all(p.graph()),
                LeverageService.riskProfile(p));
        List<Double> total = new ArrayList<>();
        // as the leverage service asks: betweenness first, whose exact pass counts reach on the way (ADR 0021)
        timed(out, total, "1+2 reach and betweenness", () -> sampling(RiskFlowBetweenness.withBudget(input,
                tuning.betweennessWorkBudget(), tuning.samplingSeed()).result()) + ", reach top "
                + new CollectiveReach(input).result().ranking(1).size());
        List<HotspotChokepoints> hotspots = new ArrayList<>();
        timed(out, total, "3 chokepoints", () -> {
            hotspots.addAll(new Chokepoints(input).result().hotspots());
            return hotspots.size() + " hotspots, " + hotspots.stream().filter(h -> !h.chokepoints().isEmpty()).count()
                    + " with a chokepoint";
        });
        String top = hotspots.stream().max(Comparator.comparingDouble(HotspotChokepoints::exposure))
                .map(HotspotChokepoints::hotspotKey).orElse(null);
        timed(out, total, "4 minimum vertex cut", () -> top == null ? "no hotspot" : cut(new MinVertexCut(input, top).result()));
        timed(out, total, "5 engagement plan k=" + budget, () -> String.format(Locale.ROOT, "covers %.1f %%",
                100 * last(new EngagementPlan(input, budget).result().curve())));
        out.printf(Locale.ROOT, "  %-28s %7.2f s%n", "total 1–5", total.stream().mapToDouble(Double::doubleValue).sum());
        long pairs = (long) companies * (companies - 1) / 2;
        if (pairs <= WORKING_GROUP_PAIRS) {
            timed(out, new ArrayList<>(), "6 working groups", () ->
                    new WorkingGroups(input).result().groups().size() + " groups");
        } else {
            out.printf(Locale.ROOT, "  %-28s skipped (%,d companies: %,d pairs)%n", "6 working groups", companies,
                    pairs);
        }
        out.printf(Locale.ROOT, "  %-28s %,7d MB   (pools' peaks summed; largest heap after a collection %,d MB)%n",
                "peak heap", Heap.peakMegabytes(), live.max() >> 20);
        out.flush();
        if (versusJGraphT) {
            new JGraphTComparison(out).run(input, top);
        }
    }

    private void fromStore(PrintWriter out, int storeFacilities, Driver driver, ImportService imports,
                           GraphProjector projector) throws Exception {
        long existing = driver.executableQuery("MATCH (c:%s) RETURN count(c) AS n".formatted(Schema.Label.COMPANY)).execute().records().get(0).get("n").asLong();
        if (existing > 0) {
            out.printf("%nNeo4j part skipped: the store at the given --data-dir holds %d companies; benchmark imports need"
                    + " an empty store (omit --data-dir to use ./data-bench, emptied first)%n", existing);
            return;
        }
        int companies = companiesFor(storeFacilities);
        try (GeneratedNetwork network = GeneratedNetwork.write(seed, companies)) {
            importAndProject(out, imports, projector, companies, network.dir());
        }
    }

    private void importAndProject(PrintWriter out, ImportService imports, GraphProjector projector, int companies,
                                  Path dir) throws Exception {
        out.printf(Locale.ROOT, "%nNeo4j (embedded, Bolt): importing %,d companies' network%n", companies);
        for (ImportKind kind : List.of(ImportKind.COMPANIES, ImportKind.FACILITIES, ImportKind.LINKS)) {
            long t = System.nanoTime();
            ImportReport report = imports.importFile(kind, dir.resolve(kind.id() + ".csv"), ImportOptions.defaults());
            double s = secs(t);
            out.printf(Locale.ROOT, "  import %-10s %,9d rows in %6.2f s = %,8.0f rows/s%s%n", kind.id(), report.read(),
                    s, report.read() / s, report.errors().isEmpty() ? "" : " (" + report.errors().size() + " errors)");
            out.flush();
        }
        long t = System.nanoTime();
        double cpu = Cpu.processSeconds();
        GraphProjection p = projector.current();
        out.printf(Locale.ROOT, "  projection from Neo4j: %,d vertices, %,d edges, %,d indicators in %.2f s"
                + " (cpu %.2f s, load average %s)%n", p.vertexCount(), p.graph().edgeCount(), p.indicators().size(),
                secs(t), Cpu.processSeconds() - cpu, ProjectionBenchmark.loadAverage());
        out.flush();
    }

    static int companiesFor(int facilities) {
        return Math.max(1, facilities / 15);
    }

    private static void timed(PrintWriter out, List<Double> total, String what, Supplier<String> work) {
        long t = System.nanoTime();
        double cpu = Cpu.processSeconds();
        String note = work.get();
        double s = secs(t);
        total.add(s);
        out.printf(Locale.ROOT, "  %-28s %7.2f s   (cpu %6.2f s)   %s%n", what, s, Cpu.processSeconds() - cpu, note);
        out.flush();
    }

    private static String sampling(BetweennessResult b) {
        return b.sampled() ? String.format(Locale.ROOT, "sampled (ranking approximate), %d pivots, 95 %% bound ±%.3f", b.pivots(),
                b.errorBound()) : "exact";
    }

    private static String cut(VertexCutResult c) {
        return c.hotspotKey() + ": " + (c.separable() ? "cut size " + c.cutSize() : "not separable");
    }

    private static double last(List<Double> curve) {
        return curve.isEmpty() ? 0 : curve.get(curve.size() - 1);
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
