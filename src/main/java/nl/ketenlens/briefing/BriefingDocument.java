package nl.ketenlens.briefing;

import java.util.ArrayList;
import java.util.List;
import nl.ketenlens.briefing.Blocks.Block;
import nl.ketenlens.briefing.Blocks.Chart;
import nl.ketenlens.briefing.Blocks.Heading;
import nl.ketenlens.briefing.Blocks.Items;
import nl.ketenlens.briefing.Blocks.Para;
import nl.ketenlens.briefing.Blocks.Table;
import nl.ketenlens.risk.SourceView;

/** Words the seven sections of a {@link Briefing} into {@link Blocks}, in the briefing's language. */
final class BriefingDocument {

    /** Facility names listed per minimum cut; the rest are counted. */
    static final int CUT_NAMES = 10;

    private final Briefing b;
    private final BriefingText t;
    private final List<Block> out = new ArrayList<>();

    BriefingDocument(Briefing briefing, BriefingText text) {
        this.b = briefing;
        this.t = text;
    }

    List<Block> blocks() {
        context();
        issues();
        chains();
        gaps();
        leverage();
        steps();
        changes();
        methods();
        return out;
    }

    private void section(String id) {
        out.add(new Heading(2, id, t.t("section." + id)));
    }

    private void sub(String key) {
        out.add(new Heading(3, null, t.t(key)));
    }

    private void para(String s) {
        out.add(new Para(s));
    }

    private void table(String css, List<String> headerKeys, List<List<String>> rows) {
        out.add(new Table(css, headerKeys.stream().map(k -> t.t(k)).toList(), rows));
    }

    private boolean nl() {
        return "nl".equals(b.cover().lang());
    }

    // ---- 1 context ------------------------------------------------------------------------------------------

    private void context() {
        section("context");
        Briefing.Context c = b.context();
        Briefing.CovenantFacts f = c.covenant();
        if (f != null) {
            para(t.t("context.covenantIntro", nl() ? f.nameNl() : f.name(), nl() ? f.name() : f.nameNl(),
                    t.partialDate(f.signed()), t.partialDate(f.inForce()))
                    + (f.ended() == null ? "" : " " + t.t("context.ended", t.partialDate(f.ended()))));
            para(t.t("context.status", f.statusAsOf(), t.status(f.status())) + " " + t.t("context.policy2022"));
            para(t.t("context.marketShare", t.marketShare(f.marketShareClass())) + " "
                    + t.t("context.members", "covenant".equals(b.cover().scope()) ? (nl() ? "convenant" : "covenant") : "sector",
                    t.integer(c.companiesInGraph()), t.integer(c.membersInGraph())));
            para(t.t("context.facts", f.sourceUrl() == null ? "Kamerstuk 26 485, nr. 337" : f.sourceUrl()) + " "
                    + t.covenantFacts(f.code(), f.facts()));
        } else {
            para(t.t("context.sectorIntro", nl() ? c.sectorNameNl() : c.sectorName()) + " "
                    + t.t("context.members", "sector", t.integer(c.companiesInGraph()), t.integer(c.membersInGraph())));
        }
        para(t.t("context.kit"));
        if (!c.kpmgRisks().isEmpty()) {
            para(t.t("context.kpmg"));
            out.add(new Items(false, null, c.kpmgRisks().stream()
                    .map(r -> (nl() ? r.riskNl() : r.riskEn()) + " (" + (nl() ? r.categoryNl() : r.categoryEn()) + "; "
                            + t.t(r.allSectors() ? "context.kpmgAll" : "context.kpmgSector") + ")")
                    .distinct().toList()));
        }
    }

    // ---- 2 issues -------------------------------------------------------------------------------------------

    private void issues() {
        section("issues");
        Briefing.Issues i = b.issues();
        para(t.t("issues.intro", b.cover().k(), t.integer(i.belowK())));
        if (i.ranked().isEmpty()) {
            para(t.t("issues.none", b.cover().k()));
            return;
        }
        table("issues", List.of("issues.rank", "issues.issue", "issues.severity", "issues.likelihood",
                "issues.weight", "issues.companies", "issues.facilities", "issues.sources"), i.ranked().stream()
                .map(r -> List.of(String.valueOf(r.rank()), t.issue(r.theme(), r.commodity(), r.country()),
                        t.decimal(r.severity(), 2), t.decimal(r.likelihood(), 2), t.decimal(r.riskWeight(), 2),
                        t.count(r.companies()), t.integer(r.facilities()), sources(r)))
                .toList());
        List<List<String>> heatRows = i.heatMap().stream().map(c -> List.of(t.theme(c.theme()), t.country(c.country()),
                t.decimal(c.severity(), 2), t.count(c.companies()))).toList();
        out.add(new Chart(Charts.heatMap(i, t), t.t("issues.heatmap") + ". " + t.t("issues.heatmapNote"),
                new Table("heatmap", List.of(t.t("issues.theme"),
                        t.t("chains.country"), t.t("issues.severity"), t.t("issues.companies")), heatRows)));
    }

    /** The issue's sources, then what its figure is worth: proxy, stale observation, dimensions without a figure. */
    private String sources(Briefing.IssueRow r) {
        List<String> parts = new ArrayList<>();
        parts.add(String.join(", ", r.sourceIds()));
        if (r.proxy()) {
            parts.add(t.t("issues.proxy"));
        }
        if (r.stale()) {
            parts.add(t.t("issues.stale", String.valueOf(r.observedYear())));
        }
        if (r.unknown() != null && !r.unknown().isEmpty()) {
            parts.add(t.t("issues.unknown", String.join(", ", r.unknown().stream().map(d -> t.name("dimension", d)).toList())));
        }
        return String.join("; ", parts);
    }

    // ---- 3 chains -------------------------------------------------------------------------------------------

    private void chains() {
        section("chains");
        Briefing.Chains c = b.chains();
        para(t.t("chains.intro", t.integer(c.facilities()), t.integer(c.countries()), t.integer(c.commodities()))
                + " " + (c.knownShare() == null ? t.t("chains.knownShareNone") : t.t("chains.knownShare", t.percent(c.knownShare()))));
        sub("chains.tiers");
        table("tiers", List.of("chains.tier", "chains.facilities", "chains.companies"), c.tiers().stream()
                .map(r -> List.of(String.valueOf(r.tier()), t.integer(r.facilities()), t.count(r.companies()))).toList());
        sub("chains.countries");
        table("reached", List.of("chains.country", "chains.facilities", "chains.companies"), c.topCountries().stream()
                .map(r -> List.of(t.country(r.code()), t.integer(r.facilities()), t.count(r.companies()))).toList());
        sub("chains.commodities");
        table("reached", List.of("chains.commodity", "chains.facilities", "chains.companies"), c.topCommodities().stream()
                .map(r -> List.of(t.commodity(r.code()), t.integer(r.facilities()), t.count(r.companies()))).toList());
        sub("chains.depth");
        table("depth", List.of("chains.deepest", "chains.companies"), c.mappedDepth().stream()
                .map(r -> List.of(String.valueOf(r.deepestTier()), t.count(r.companies()))).toList());
        sub("chains.blindSpots");
        if (c.blindSpots().isEmpty()) {
            para(t.t("chains.blindSpotsNone"));
            return;
        }
        para(t.t("chains.blindSpotsIntro"));
        table("blindspots", List.of("chains.commodity", "chains.companies", "chains.facilities", "chains.expected"),
                c.blindSpots().stream().map(r -> List.of(t.commodity(r.commodity()), t.count(r.companies()),
                        t.integer(r.facilities()), r.expectedRisk() == null ? t.t("chains.expectedUnknown")
                                : t.t("chains.expectedText", t.theme(r.expectedTheme()), t.commodity(r.expectedCommodity()),
                                t.country(r.expectedCountry()), t.decimal(r.expectedRisk(), 2)))).toList());
    }

    // ---- 4 data gaps ----------------------------------------------------------------------------------------

    /** Countries listed per cell of the gap table; the rest are counted. */
    static final int GAP_COUNTRIES = 12;

    private void gaps() {
        section("gaps");
        Briefing.DataGaps g = b.dataGaps();
        if (g == null) { // a briefing saved before this section existed
            para(t.t("gaps.notLow"));
            return;
        }
        String themes = String.join(", ", g.themes().stream().map(x -> t.lower(t.theme(x))).toList());
        String intro = switch (g.basis()) {
            case "theme" -> t.t("gaps.introTheme", themes);
            case "priority" -> t.t("gaps.introPriority", themes);
            default -> t.t("gaps.introAll");
        };
        para(intro + " " + t.t("gaps.countries", t.integer(g.countries())) + " " + t.t("gaps.notLow"));
        if (g.rows().isEmpty()) {
            para(t.t("gaps.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (String theme : g.themes()) {
            List<Briefing.GapRow> mine = g.rows().stream().filter(r -> r.theme().equals(theme)).toList();
            rows.add(List.of(t.theme(theme),
                    gapCountries(mine.stream().filter(Briefing.GapRow::noData).toList(), false),
                    gapCountries(mine.stream().filter(Briefing.GapRow::proxyOnly).toList(), false),
                    gapCountries(mine.stream().filter(Briefing.GapRow::staleOnly).toList(), true)));
        }
        table("gaps", List.of("issues.theme", "gaps.noData", "gaps.proxyOnly", "gaps.stale"), rows);
    }

    /** "Ghana (12), Peru (3) en nog 4": countries with the facilities reached there, widest reach first. */
    private String gapCountries(List<Briefing.GapRow> rows, boolean withYear) {
        if (rows.isEmpty()) {
            return "\u2013";
        }
        List<String> shown = rows.stream().limit(GAP_COUNTRIES).map(r -> t.country(r.country()) + " ("
                + t.t("gaps.facilities", r.facilities())
                + (withYear && r.lastObservedYear() != null ? ", " + r.lastObservedYear() : "") + ")").toList();
        return String.join(", ", shown) + (rows.size() > GAP_COUNTRIES
                ? " " + t.t("leverage.moreNames", t.integer(rows.size() - GAP_COUNTRIES)) : "");
    }

    // ---- 5 leverage -----------------------------------------------------------------------------------------

    private void leverage() {
        section("leverage");
        Briefing.Leverage l = b.leverage();
        int k = b.cover().k();
        para(t.t("leverage.intro", t.decimal(l.totalExposure(), 1), t.integer(l.riskBearingFacilities())));
        sub("leverage.top");
        if (l.facilities().isEmpty()) {
            para(t.t("leverage.noFacilities", k));
        } else {
            table("facilities", List.of("issues.rank", "leverage.facility", "leverage.type", "leverage.country",
                    "leverage.reach", "leverage.betweenness", "issues.weight", "leverage.chokepoint"), l.facilities().stream()
                    .map(f -> List.of(String.valueOf(f.rank()), f.name() + " (" + f.facilityId() + ")", t.type(f.type()),
                            t.country(f.country()), t.count(f.reach()), t.percent(f.betweennessShare()),
                            t.decimal(f.riskWeight(), 2), String.join("; ", f.hotspots().stream().map(t::hotspot).toList())))
                    .toList());
            volumes(l.facilities(), k);
            certifications(l.facilities());
        }
        sub("leverage.plan");
        if (!l.plan().isEmpty()) {
            para(t.t("leverage.planIntro", l.plan().size(), t.percent(l.curve().get(l.curve().size() - 1))));
            table("plan", List.of("leverage.planStep", "leverage.facility", "leverage.type", "leverage.country",
                    "leverage.reach", "leverage.covered"), l.plan().stream()
                    .map(p -> List.of(String.valueOf(p.rank()), p.facilityId() == null ? t.t("leverage.hidden", k)
                                    : p.name() + " (" + p.facilityId() + ")", t.type(p.type()), t.country(p.country()),
                            t.count(p.companies()), t.percent(p.coveredShare()))).toList());
            List<List<String>> curveRows = new ArrayList<>();
            for (int i = 0; i < l.curve().size(); i++) {
                curveRows.add(List.of(String.valueOf(i + 1), t.percent(l.curve().get(i))));
            }
            out.add(new Chart(Charts.coverageCurve(l.curve(), t), t.t("leverage.curve"),
                    new Table("curve", List.of(t.t("leverage.planStep"), t.t("leverage.covered")), curveRows)));
        }
        sub("leverage.cuts");
        if (l.cuts().isEmpty()) {
            para(t.t("leverage.noCuts", k));
        } else {
            para(t.t("leverage.cutsIntro"));
            table("cuts", List.of("leverage.hotspot", "leverage.exposure", "issues.companies", "leverage.cutSize",
                    "leverage.cutFacilities"), l.cuts().stream().map(c -> List.of(t.hotspot(c.hotspot()),
                    t.decimal(c.exposure(), 1), t.count(c.exposedCompanies()), t.integer(c.cutSize()),
                    !c.separable() ? t.t("leverage.notSeparable") : names(c.facilityNames())
                            + (c.unnamed() == 0 ? "" : (c.facilityNames().isEmpty() ? "" : "; ")
                            + t.t("leverage.unnamed", c.unnamed(), k)))).toList());
        }
        sub("leverage.groups");
        if (l.groupsLeftOutAbove() != null) {
            para(t.t("leverage.groupsLeftOut", t.integer(b.context().companiesInGraph()),
                    t.integer(l.groupsLeftOutAbove())));
        } else if (l.groups().isEmpty()) {
            para(t.t("leverage.noGroups"));
        } else {
            para(t.t("leverage.groupsIntro"));
            table("groups", List.of("leverage.group", "leverage.size", "leverage.similarity", "leverage.sharedHotspots",
                    "leverage.sharedFacilities"), l.groups().stream().map(g -> List.of(String.valueOf(g.rank()),
                    t.count(g.companies()), t.decimal(g.similarity(), 2),
                    String.join("; ", g.sharedHotspots().stream().limit(3).map(t::hotspot).toList()),
                    t.integer(g.sharedFacilities()))).toList());
        }
    }

    /** The companies' share of each listed facility's output, or why it is not shown. */
    private void volumes(List<Briefing.FacilityRow> facilities, int k) {
        sub("leverage.volumes");
        para(t.t("leverage.volumesIntro", k));
        table("volumes", List.of("leverage.facility", "leverage.volumeShare"), facilities.stream()
                .map(f -> List.of(f.name() + " (" + f.facilityId() + ")", output(f))).toList());
    }

    private String output(Briefing.FacilityRow f) {
        Briefing.Output o = f.output();
        String reason = o == null ? "not_computed" : o.reason();
        return switch (reason) {
            case "known" -> t.t("leverage.volumeKnown", t.percent(o.share()),
                    t.lower(f.type() == null ? t.t("leverage.facility") : t.type(f.type())),
                    t.decimal(o.volume(), o.volume() == Math.rint(o.volume()) ? 0 : 1),
                    t.decimal(o.throughput(), o.throughput() == Math.rint(o.throughput()) ? 0 : 1), o.unit())
                    + (o.share() > 1 ? t.t("leverage.volumeOver") : "");
            case "too_few_companies" -> t.t("leverage.volumeTooFew", b.cover().k());
            case "no_throughput" -> t.t("leverage.volumeNoThroughput");
            case "no_volume" -> t.t("leverage.volumeNoVolume");
            case "zero_throughput" -> t.t("leverage.volumeZero");
            default -> t.t("leverage.volumeNotComputed");
        };
    }

    /** Every certification the listed facilities declare, with the scheme, its themes and the factor; always shown. */
    private void certifications(List<Briefing.FacilityRow> facilities) {
        sub("leverage.certifications");
        List<List<String>> rows = new ArrayList<>();
        for (Briefing.FacilityRow f : facilities) {
            for (Briefing.Certification c : f.certifications() == null ? List.<Briefing.Certification>of()
                    : f.certifications()) {
                rows.add(List.of(f.name() + " (" + f.facilityId() + ")", c.declared(),
                        c.scheme() == null ? t.t("leverage.certUnknown") : c.scheme(),
                        String.join(", ", c.themes().stream().map(x -> t.lower(t.theme(x))).toList()),
                        c.factor() == null ? t.t("leverage.certNoEffect")
                                : t.t("leverage.certFactor", t.decimal(c.factor(), 1))));
            }
        }
        if (rows.isEmpty()) {
            para(t.t("leverage.certificationsNone"));
            return;
        }
        para(t.t("leverage.certificationsIntro", t.decimal(nl.ketenlens.risk.Certifications.FACTOR, 1)));
        table("certifications", List.of("leverage.facility", "leverage.certDeclared", "leverage.certScheme",
                "leverage.certThemes", "leverage.certEffect"), rows);
    }

    // ---- 6 steps, 7 changes, 8 methods ----------------------------------------------------------------------

    private void steps() {
        section("steps");
        para(t.t("steps.intro"));
        out.add(new Items(true, b.nextSteps().stream().map(s -> t.t("steps.oecd", s.oecdStep())).toList(),
                b.nextSteps().stream().map(t::step).toList()));
    }

    private void changes() {
        section("changes");
        Briefing.Changes c = b.changes();
        if (c == null) {
            para(t.t("changes.none"));
            return;
        }
        para(t.t("changes.intro", t.date(c.previousDate()), String.valueOf(c.previousRevision())) + " "
                + t.t("changes.coverage", t.percent(c.coverageBefore()), t.percent(c.coverageAfter())) + " "
                + t.t("changes.knownShare", t.percent(c.knownShareBefore()), t.percent(c.knownShareAfter())));
        sub("changes.newIssues");
        issueKeys(c.newIssues());
        sub("changes.resolvedIssues");
        issueKeys(c.resolvedIssues());
        sub("changes.moves");
        if (c.moves().isEmpty()) {
            para(t.t("changes.nothing"));
        } else {
            table("moves", List.of("leverage.facility", "changes.before", "changes.after"), c.moves().stream()
                    .map(m -> List.of(m.name() + " (" + m.facilityId() + ")",
                            m.before() == null ? t.t("changes.in") : String.valueOf(m.before()),
                            m.after() == null ? t.t("changes.out") : String.valueOf(m.after()))).toList());
        }
    }

    private void issueKeys(List<String> keys) {
        if (keys.isEmpty()) {
            para(t.t("changes.nothing"));
        } else {
            out.add(new Items(false, null, keys.stream().map(t::hotspot).toList()));
        }
    }

    private void methods() {
        section("methods");
        sub("methods.definitions");
        for (String key : List.of("methods.issues", "methods.riskWeight", "methods.reach", "methods.betweenness",
                "methods.plan", "methods.blindSpots", "methods.gaps", "methods.volumes")) {
            para(t.t(key));
        }
        para(t.t("methods.certifications", t.decimal(nl.ketenlens.risk.Certifications.FACTOR, 1)));
        para(t.t("methods.suppression", b.cover().k()));
        sub("methods.sources");
        table("sources", List.of("methods.publisher", "methods.title", "methods.edition", "methods.year",
                "methods.licence", "methods.url"), b.methods().sources().stream().map(BriefingDocument::sourceRow).toList());
    }

    private static List<String> sourceRow(SourceView s) {
        return List.of(nz(s.publisher()), nz(s.title()), nz(s.edition()), s.year() == null ? "" : String.valueOf(s.year()),
                nz(s.licence()), nz(s.url()));
    }

    /**
     * At most {@value #CUT_NAMES} facility names, then how many more: a minimum cut on a large network can run to
     * hundreds of facilities (the JSON briefing keeps them all), which would fill pages of the document.
     */
    private String names(List<String> names) {
        if (names.size() <= CUT_NAMES) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, CUT_NAMES)) + " " + t.t("leverage.moreNames",
                t.integer(names.size() - CUT_NAMES));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
