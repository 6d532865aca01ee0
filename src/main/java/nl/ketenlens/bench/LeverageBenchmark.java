package nl.ketenlens.bench;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Supplier;
import nl.ketenlens.analysis.BetweennessResult;
import nl.ketenlens.analysis.ChokepointResult;
import nl.ketenlens.analysis.Chokepoints;
import nl.ketenlens.analysis.CollectiveReach;
import nl.ketenlens.analysis.EngagementPlan;
import nl.ketenlens.analysis.GroupsResult;
import nl.ketenlens.analysis.Hotspot;
import nl.ketenlens.analysis.LeverageInput;
import nl.ketenlens.analysis.MinVertexCut;
import nl.ketenlens.analysis.PlanResult;
import nl.ketenlens.analysis.ReachResult;
import nl.ketenlens.analysis.RiskFlowBetweenness;
import nl.ketenlens.analysis.VertexCutResult;
import nl.ketenlens.analysis.WorkingGroups;

/**
 * Times each leverage metric on random layered supply graphs ({@link RandomSupplyGraphs}) and prints wall time and
 * peak heap per metric. No Spring: {@code java -cp … nl.ketenlens.bench.LeverageBenchmark 100000 2000} (facilities,
 * companies; more pairs may follow). Betweenness is exact when {@code |S| · (n + m) ≤ 2·10⁹}, else sampled.
 */
public final class LeverageBenchmark {
    static final long BETWEENNESS_BUDGET = 2_000_000_000L;
    private final PrintStream out;

    public LeverageBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        LeverageBenchmark bench = new LeverageBenchmark(System.out);
        if (args.length < 2) {
            bench.run(100_000, 2_000, 4.0, 42);
            return;
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            bench.run(Integer.parseInt(args[i]), Integer.parseInt(args[i + 1]), 4.0, 42);
        }
    }

    /** Builds one graph and runs metrics 1–5 (plus working groups); returns the total seconds of metrics 1–5. */
    public double run(int facilities, int companies, double edgesPerFacility, long seed) {
        RandomSupplyGraphs.Sample s = time("generate graph", () -> RandomSupplyGraphs.layered(facilities, companies,
                edgesPerFacility, seed));
        LeverageInput in = s.input();
        out.printf(Locale.ROOT, "graph: %d vertices, %d edges, %d companies, %d risk-bearing, %d hotspots%n",
                s.graph().vertexCount(), s.graph().edgeCount(), s.selection().size(), s.risk().riskBearingCount(),
                s.risk().hotspots().size());
        long start = System.nanoTime();
        time("0 condensation (SCC)", in::condense);
        ReachResult reach = time("1 collective reach", () -> new CollectiveReach(in).result());
        BetweennessResult bc = time("2 risk-flow betweenness",
                () -> RiskFlowBetweenness.withBudget(in, BETWEENNESS_BUDGET, seed).result());
        out.printf(Locale.ROOT, "    %s, %d sources, error bound %.4f%n", bc.sampled() ? "sampled" : "exact",
                bc.pivots(), bc.errorBound());
        ChokepointResult cp = time("3 chokepoints", () -> new Chokepoints(in).result());
        String biggest = s.risk().hotspots().stream().max(Comparator.comparingInt(h -> h.facilities().length))
                .map(Hotspot::key).orElse(null);
        if (biggest != null) {
            VertexCutResult cut = time("4 min vertex cut", () -> new MinVertexCut(in, biggest).result());
            out.printf(Locale.ROOT, "    hotspot %s: cut size %d%n", biggest, cut.cutSize());
        }
        PlanResult plan = time("5 engagement plan k=10", () -> new EngagementPlan(in, 10).result());
        double total = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "    top reach %s, top betweenness %s, chokepointed hotspots %d, plan covers %.3f%n",
                reach.ranking(1), bc.ranking(1), cp.hotspots().stream().filter(h -> !h.chokepoints().isEmpty())
                        .count(), plan.curve().isEmpty() ? 0 : plan.curve().get(plan.curve().size() - 1));
        out.printf(Locale.ROOT, "metrics 1-5 total: %.2f s%n", total);
        long pairs = (long) companies * (companies - 1) / 2;
        if (pairs > SyntheticLeverageBenchmark.WORKING_GROUP_PAIRS) {
            out.printf(Locale.ROOT, "6 working groups skipped: %d companies, %d pairs%n", companies, pairs);
        } else {
            GroupsResult groups = time("6 working groups", () -> new WorkingGroups(in).result());
            out.printf(Locale.ROOT, "    %d groups, %d ungrouped%n", groups.groups().size(), groups.ungrouped());
        }
        return total;
    }

    private <T> T time(String label, Supplier<T> work) {
        Heap.resetPeak();
        long t0 = System.nanoTime();
        T result = work.get();
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%-28s %8.3f s   peak heap %6d MB%n", label, secs, Heap.peakMegabytes());
        return result;
    }
}
