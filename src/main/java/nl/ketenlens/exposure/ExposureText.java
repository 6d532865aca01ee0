package nl.ketenlens.exposure;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.ketenlens.output.PrintRenderer;
import nl.ketenlens.output.Renderer;
import nl.ketenlens.output.Table;

/**
 * Renders an {@link ExposureReport} for people: a table an SME's sustainability officer can read top to bottom
 * (what to do first, where the risk sits, where we cannot see), or CSV with one row per salient issue.
 * Writes to a writer (or, as a {@link Renderer}, a stream) it does not close.
 */
public final class ExposureText {

    /** The report as a table for people. */
    public static final Renderer<ExposureReport> TABLE = new PrintRenderer<>(ExposureText::table);

    /** One CSV row per salient issue. */
    public static final Renderer<ExposureReport> CSV = new PrintRenderer<>(ExposureText::csv);

    private static final List<String> CSV_HEADERS = List.of("rank", "key", "theme", "country", "commodity",
            "severity", "scale", "scope", "irremediability", "likelihood", "risk_weight", "tier", "paths", "share",
            "facility_count", "facility_ids", "other_companies_in_sector", "sources", "reason");

    private ExposureText() {
    }

    static void table(ExposureReport r, PrintWriter out) {
        out.printf("Exposure of %s (%s%s), %d tiers deep, %s%n", name(r.companyName(), r.companyId()), r.companyId(),
                r.sector() == null ? "" : ", sector " + r.sector(), r.depth(),
                r.theme() == null ? "all risk themes" : "theme " + r.theme());
        if (r.financialInstitution()) {
            out.printf("Through %s it finances.%n", Wording.plural(r.financedCompanyCount(), "company", "companies"));
        }
        out.printf("Reached %s; %d carry a known risk; %s.%n%n",
                Wording.plural(r.reachedFacilityCount(), "facility", "facilities"), r.riskBearingCount(),
                Wording.plural(r.blindSpotCount(), "blind spot", "blind spots"));
        issues(r.salientIssues(), out);
        totals(r.totals(), out);
        blindSpots(r.blindSpots(), out);
        dataGaps(r.dataGaps(), out);
        whatIf(r.whatIf(), out);
        if (r.pathsTruncated()) {
            out.println("Note: some facilities are reached by very many paths; their path counts are lower bounds.");
        }
        out.flush();
    }

    private static void issues(List<SalientIssue> issues, PrintWriter out) {
        out.println("WHAT TO ADDRESS FIRST (most severe first, then most likely, then your closest link)");
        if (issues.isEmpty()) {
            out.println("  No risk indicator applies to the facilities reached. Check the blind spots below.");
        }
        out.printf("  %3s  %-50s %8s %10s %4s %6s %6s %7s%n", "#", "issue", "severity", "likelihood", "tier",
                "paths", "share", "sector");
        for (SalientIssue s : issues) {
            out.printf("  %3d  %-50s %8s %10s %4d %6d %6s %7s%n", s.rank(), cut(s.reason().split(":")[0], 50),
                    Wording.fixed(s.severity()), Wording.trimmed(s.likelihood()), s.tier(), s.pathCount(),
                    s.share() == null ? "?" : Wording.percent(s.share()), s.otherCompaniesInSector());
            out.printf("       why: %s%n", s.reason());
            out.printf("       facilities: %s%s%n", String.join(", ", first(s.facilityIds(), 8)),
                    s.facilityCount() > 8 ? " and " + (s.facilityCount() - 8) + " more" : "");
        }
        out.println("  (sector = how many other companies in your sector reach the same issue)");
        out.println();
    }

    private static void totals(Totals t, PrintWriter out) {
        out.println("RISK BY THEME, COUNTRY AND TIER (sum of risk weights)");
        section("theme", t.byTheme(), out);
        section("country", t.byCountry(), out);
        section("tier", t.byTier(), out);
        out.println();
    }

    private static void section(String label, List<Totals.Total> totals, PrintWriter out) {
        for (Totals.Total x : totals) {
            out.printf("  %-8s %-24s %4d facilities  %6s%n", label, x.key(), x.facilityCount(),
                    Wording.fixed(x.riskWeight()));
        }
    }

    private static void dataGaps(List<nl.ketenlens.risk.Coverage.Gap> gaps, PrintWriter out) {
        if (gaps.isEmpty()) {
            return;
        }
        out.println("DATA GAPS (no data is unknown, not low risk)");
        for (nl.ketenlens.risk.Coverage.Gap g : first(gaps, 20)) {
            out.printf("  %s%n", g.statement());
        }
        if (gaps.size() > 20) {
            out.printf("  … and %d more countries%n", gaps.size() - 20);
        }
        out.println();
    }

    private static void blindSpots(List<BlindSpot> spots, PrintWriter out) {
        out.println("BLIND SPOTS (no information is not the same as no risk)");
        if (spots.isEmpty()) {
            out.println("  None found.");
        }
        for (BlindSpot b : first(spots, 20)) {
            out.printf("  %-16s tier %d  expected %s  %s%n", b.facilityId(), b.tier(),
                    b.expectedRiskWeight() == null ? "?" : Wording.fixed(b.expectedRiskWeight()), b.explanation());
        }
        if (spots.size() > 20) {
            out.printf("  … and %d more%n", spots.size() - 20);
        }
        out.println();
    }

    private static void whatIf(WhatIf w, PrintWriter out) {
        if (w == null) {
            return;
        }
        out.println("WHAT-IF (engaged: " + orNone(w.engagedFacilityIds()) + "; replaced: "
                + orNone(w.replacedLinks()) + ")");
        for (WhatIf.ThemeChange c : w.themes()) {
            out.printf("  %-24s %6s -> %6s  (%d -> %d facilities)%n", c.theme(), Wording.fixed(c.before()),
                    Wording.fixed(c.after()), c.facilitiesBefore(), c.facilitiesAfter());
        }
        out.println();
    }

    static void csv(ExposureReport r, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        for (SalientIssue s : r.salientIssues()) {
            rows.add(Arrays.asList(String.valueOf(s.rank()), s.key(), s.theme(), s.country(), s.commodity(),
                    num(s.severity()), String.valueOf(s.scale()), String.valueOf(s.scope()),
                    String.valueOf(s.irremediability()), num(s.likelihood()), num(s.riskWeight()),
                    String.valueOf(s.tier()), String.valueOf(s.pathCount()), s.share() == null ? "" : num(s.share()),
                    String.valueOf(s.facilityCount()), String.join(" ", s.facilityIds()),
                    s.otherCompaniesInSector().text(),
                    String.join("; ", s.sources().stream().map(Wording::source).toList()), s.reason()));
        }
        new Table(null, CSV_HEADERS, rows, null).printCsv(out);
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }

    private static String orNone(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static String name(String name, String id) {
        return name == null ? id : name;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static <T> List<T> first(List<T> list, int n) {
        return list.size() <= n ? list : list.subList(0, n);
    }
}
