package nl.ketenlens.bench;

import java.util.Locale;
import nl.ketenlens.analysis.CollectiveReach;
import nl.ketenlens.analysis.EngagementPlan;
import nl.ketenlens.analysis.GroupsResult;
import nl.ketenlens.analysis.LeverageInput;
import nl.ketenlens.analysis.PlanResult;
import nl.ketenlens.analysis.PlanStep;
import nl.ketenlens.analysis.Selection;
import nl.ketenlens.analysis.WorkingGroups;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.ProjectionBuilder;
import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.synthetic.SyntheticNetworkGenerator;

/**
 * Repeats one kernel (engagement plan k=10 or working groups) on a generated network, reach already computed, and
 * prints wall and process CPU seconds per repetition plus a fingerprint of the answer (plan: facilities and gains;
 * groups: counts and the result's hash), so before/after runs can be compared for equal answers. No Spring:
 * {@code java -Dloader.main=nl.ketenlens.bench.KernelTimer -cp target/ketenlens.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher 100000 plan 4 42}
 * (facilities, {@code plan|groups}, repetitions, seed).
 */
public final class KernelTimer {
    private KernelTimer() {
    }

    public static void main(String[] args) {
        int facilities = Integer.parseInt(args[0]);
        String kernel = args[1];
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        ReferenceRisk risk = ReferenceRisk.load();
        int companies = SyntheticLeverageBenchmark.companiesFor(facilities);
        ProjectionBuilder builder = new ProjectionBuilder(facilities + companies, facilities * 4);
        new SyntheticNetworkGenerator(seed).generate(companies, builder);
        GraphProjection p = builder.build(0, risk.indicators(), risk.commodities());
        for (int i = 0; i < reps; i++) {
            LeverageInput input = LeverageInput.of(p.graph(), Selection.all(p.graph()), LeverageService.riskProfile(p));
            new CollectiveReach(input).result();
            double cpu = Cpu.processSeconds();
            long t = System.nanoTime();
            WorkingGroups wg = kernel.equals("plan") ? null : new WorkingGroups(input);
            String answer = wg == null ? plan(new EngagementPlan(input, 10).result()) : groups(wg.result());
            System.out.printf(Locale.ROOT, "%s %.3f s wall, %.3f s process cpu, load %.2f: %s%n", kernel,
                    (System.nanoTime() - t) / 1e9, Cpu.processSeconds() - cpu, Cpu.loadAverage(), answer);
            if (wg != null) {
                StringBuilder phases = new StringBuilder("  phases (wall/cpu/caller cpu s):");
                wg.phases().forEach((name, s) -> phases.append(String.format(Locale.ROOT, " %s %.3f/%.3f/%.3f;", name,
                        s.wallSeconds(), s.cpuSeconds(), s.callerCpuSeconds())));
                System.out.println(phases);
            }
        }
    }

    private static String plan(PlanResult r) {
        StringBuilder sb = new StringBuilder();
        for (PlanStep s : r.steps()) {
            sb.append(String.format(Locale.ROOT, "%s:%.6f ", s.facilityId(), s.gain()));
        }
        return sb.toString().trim();
    }

    private static String groups(GroupsResult r) {
        int largest = r.groups().stream().mapToInt(g -> g.companies()).max().orElse(0);
        return r.groups().size() + " groups (largest " + largest + "), " + r.ungrouped() + " ungrouped, hash "
                + r.hashCode();
    }
}
