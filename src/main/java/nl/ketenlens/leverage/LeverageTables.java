package nl.ketenlens.leverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ketenlens.output.Table;
import nl.ketenlens.leverage.LeverageReports.CutReport;
import nl.ketenlens.leverage.LeverageReports.GroupsReport;
import nl.ketenlens.leverage.LeverageReports.LeverageReport;
import nl.ketenlens.leverage.LeverageReports.PlanReport;
import nl.ketenlens.leverage.LeverageReports.Scope;

/** Table views of the leverage reports for the terminal and CSV. */
public final class LeverageTables {

    private LeverageTables() {
    }

    public static Table leverage(LeverageReport r) {
        List<List<String>> rows = new ArrayList<>();
        r.facilities().forEach(f -> rows.add(List.of(String.valueOf(f.rank()), f.facilityId(), nz(f.name()),
                nz(f.type()), nz(f.country()), f.reachCompanies().text(), f.reachMembers().text(),
                pct(f.betweennessShare()), f.chokepoint() ? "yes" : "", num(f.riskWeight()),
                String.join("|", f.dominatedHotspots()),
                f.memberOutput() == null || f.memberOutput().share() == null ? "" : pct(f.memberOutput().share()),
                f.certifications() == null ? "" : String.join("|", f.certifications()))));
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%d risk-bearing facilities; total risk-weighted exposure %.2f",
                r.riskBearingFacilities(), r.totalExposure()));
        if (r.betweenness().sampled()) {
            notes.add(String.format(Locale.ROOT, "Path shares sampled from %d companies; 95 %% error bound ±%.1f points",
                    r.betweenness().pivots(), 100 * r.betweenness().errorBound()));
        }
        notes.add(timing(r.timings()));
        return new Table(title("Leverage", r.scope()), List.of("rank", "facilityId", "name", "type", "country",
                "companies", "members", "path share", "chokepoint", "risk", "dominates", "of output", "certifications"),
                rows, notes);
    }

    public static Table plan(PlanReport r) {
        List<List<String>> rows = new ArrayList<>();
        r.steps().forEach(s -> rows.add(List.of(String.valueOf(s.rank()), nz(s.facilityId()), nz(s.name()), nz(s.type()),
                nz(s.country()), s.companies().text(), String.valueOf(s.targets()), pct(s.coveredShare()))));
        return new Table(title("Engagement plan, budget " + r.budget(), r.scope()), List.of("rank", "facilityId",
                "name", "type", "country", "companies", "risk facilities", "covered"), rows,
                List.of(String.format(Locale.ROOT, "Total risk-weighted exposure %.2f; %s", r.totalExposure(),
                        r.guarantee()), timing(r.timings())));
    }

    public static Table cut(CutReport r) {
        List<List<String>> rows = new ArrayList<>();
        r.cut().forEach(f -> rows.add(List.of(f.facilityId(), nz(f.name()), nz(f.type()), nz(f.country()),
                nz(f.region()))));
        return new Table(title("Minimum cut to " + r.hotspot(), r.scope()),
                List.of("facilityId", "name", "type", "country", "region"), rows,
                List.of(r.explanation(), timing(r.timings())));
    }

    public static Table groups(GroupsReport r) {
        List<List<String>> rows = new ArrayList<>();
        r.groups().forEach(g -> rows.add(List.of(String.valueOf(g.rank()), g.companies().text(),
                num(g.meanSimilarity()), String.join("|", g.sharedHotspots().subList(0,
                        Math.min(3, g.sharedHotspots().size()))),
                g.companyIds() == null ? "" : String.join(",", g.companyIds()))));
        return new Table(title("Working groups (Jaccard ≥ " + r.threshold() + ")", r.scope()),
                List.of("group", "companies", "similarity", "shared hotspots", "companyIds"), rows,
                List.of(r.ungrouped().text() + " companies without a partner", timing(r.timings())));
    }

    private static String title(String what, Scope s) {
        return String.format(Locale.ROOT, "%s — %s %s: %s companies (%s covenant members)%s%s%s%s", what,
                s.selection().by(), s.selection().value(), s.selection().companyCount(), s.selection().memberCount(),
                s.theme() == null ? "" : ", theme " + s.theme(), s.commodity() == null ? "" : ", commodity "
                        + s.commodity(), s.engaged().isEmpty() ? "" : ", engaged " + s.engaged(),
                s.syntheticData() ? " [synthetic data]" : "");
    }

    private static String timing(LeverageReports.Timings t) {
        return "Projection " + t.projectionMillis() + " ms, analysis " + t.analysisMillis() + " ms";
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
