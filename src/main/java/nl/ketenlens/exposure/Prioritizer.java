package nl.ketenlens.exposure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.ketenlens.access.CompanyCount;
import nl.ketenlens.access.Disclosure;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;

/**
 * OECD prioritisation: salient issues (theme × country × commodity) ranked by severity first, then likelihood,
 * then the company's link — the larger volume share first (unknown last), then the nearer tier, then more paths.
 * Most severe first even when the link is indirect, as the OECD guidance and UNGP 14 ask.
 */
final class Prioritizer {

    static final Comparator<SalientIssue> RANK = Comparator.comparingDouble(SalientIssue::severity).reversed()
            .thenComparing(Comparator.comparingDouble(SalientIssue::likelihood).reversed())
            .thenComparing(Comparator.comparingDouble((SalientIssue s) -> s.share() == null ? -1 : s.share())
                    .reversed())
            .thenComparingInt(SalientIssue::tier)
            .thenComparing(Comparator.comparingInt(SalientIssue::pathCount).reversed())
            .thenComparing(SalientIssue::key);

    private final GraphProjection p;
    private final IssueKeys keys;

    Prioritizer(GraphProjection p, IssueKeys keys) {
        this.p = p;
        this.keys = keys;
    }

    /** One issue per key over the hits; {@code exposures} parallel to {@code hits}. */
    List<SalientIssue> issues(List<Hit> hits, List<FacilityExposure> exposures, String sector,
                              SectorIndex sectors, boolean selfInSector, Disclosure disclosure) {
        int population = sectors.size(sector) - (selfInSector ? 1 : 0);
        Map<Integer, Acc> byKey = new LinkedHashMap<>();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            FacilityExposure fe = exposures.get(h);
            for (int j : hit.positions) {
                IndicatorView i = p.indicators().get(p.facilityIndicators()[hit.vertex][j]);
                byKey.computeIfAbsent(keys.keyOf(hit.vertex, j), Acc::new).add(i, fe);
            }
        }
        List<SalientIssue> issues = new ArrayList<>(byKey.size());
        for (Acc a : byKey.values()) {
            int others = sectors.count(sector, a.key) - (selfInSector ? 1 : 0);
            issues.add(a.toIssue(0, disclosure.count(Math.max(0, others), population)));
        }
        issues.sort(RANK);
        List<SalientIssue> ranked = new ArrayList<>(issues.size());
        for (int r = 0; r < issues.size(); r++) {
            SalientIssue s = issues.get(r);
            ranked.add(new SalientIssue(r + 1, s.key(), s.theme(), s.country(), s.commodity(), s.severity(),
                    s.scale(), s.scope(), s.irremediability(), s.likelihood(), s.riskWeight(), s.tier(),
                    s.pathCount(), s.share(), s.facilityIds(), s.facilityCount(), s.sources(), s.reason(),
                    s.otherCompaniesInSector()));
        }
        return ranked;
    }

    /** Totals per theme, country and tier (see {@link Totals}). */
    static Totals totals(GraphProjection p, List<Hit> hits) {
        Map<String, double[]> theme = new TreeMap<>();
        Map<String, double[]> country = new TreeMap<>();
        Map<Integer, double[]> tier = new TreeMap<>();
        for (Hit h : hits) {
            h.themeWeights.forEach((t, w) -> add(theme, t, w));
            String c = p.countries()[h.vertex];
            add(country, c == null ? "unknown" : c, h.weight);
            add(tier, h.tier, h.weight);
        }
        Comparator<Totals.Total> heaviest = Comparator.comparingDouble(Totals.Total::riskWeight).reversed()
                .thenComparing(Totals.Total::key);
        return new Totals(list(theme, heaviest), list(country, heaviest), list(tier, null));
    }

    static Map<String, double[]> themeTotals(List<Hit> hits) {
        Map<String, double[]> theme = new TreeMap<>();
        for (Hit h : hits) {
            h.themeWeights.forEach((t, w) -> add(theme, t, w));
        }
        return theme;
    }

    private static <K> void add(Map<K, double[]> m, K key, double w) {
        double[] acc = m.computeIfAbsent(key, k -> new double[2]);
        acc[0] += 1;
        acc[1] += w;
    }

    private static <K> List<Totals.Total> list(Map<K, double[]> m, Comparator<Totals.Total> order) {
        List<Totals.Total> out = new ArrayList<>();
        m.forEach((k, a) -> out.add(new Totals.Total(String.valueOf(k), (int) a[0], a[1])));
        if (order != null) {
            out.sort(order);
        }
        return List.copyOf(out);
    }

    /** Accumulates one issue over its facilities. */
    private final class Acc {
        final int key;
        IndicatorView top;
        int tier = Integer.MAX_VALUE;
        int paths;
        boolean capped;
        double share;
        boolean anyShare;
        final Set<String> facilities = new LinkedHashSet<>();
        final Set<SourceView> sources = new LinkedHashSet<>();

        Acc(int key) {
            this.key = key;
        }

        void add(IndicatorView i, FacilityExposure fe) {
            if (top == null || Hit.STRONGEST.compare(i, top) < 0) {
                top = i;
            }
            if (i.source() != null) {
                sources.add(i.source());
            }
            if (facilities.add(fe.facilityId())) {
                tier = Math.min(tier, fe.tier());
                paths += fe.pathCount();
                capped |= fe.pathsCapped();
                if (fe.totalShare() != null) {
                    share += fe.totalShare();
                    anyShare = true;
                }
            }
        }

        SalientIssue toIssue(int rank, CompanyCount otherCompanies) {
            Double s = anyShare ? Math.min(1.0, share) : null;
            return new SalientIssue(rank, keys.key(key), keys.theme(key), keys.country(key), keys.commodity(key),
                    top.severity(), top.scale(), top.scope(), top.irremediability(), top.likelihood(),
                    top.riskWeight(), tier, paths, s, List.copyOf(facilities), facilities.size(),
                    List.copyOf(sources), reason(s), otherCompanies);
        }

        /** "Child labour in cocoa from Côte d'Ivoire: severity 0.80 (…), likelihood 0.8 (ILAB 2022); reached …". */
        private String reason(Double s) {
            StringBuilder r = new StringBuilder(Wording.theme(keys.theme(key)));
            String commodity = keys.commodity(key);
            if (!"*".equals(commodity)) {
                r.append(" in ").append(Wording.commodity(commodity, p.commodityInfo()));
            }
            r.append(" from ").append(Wording.country(keys.country(key))).append(": ").append(Wording.figures(top))
                    .append("; reached at tier ").append(tier).append(" via ")
                    .append(capped ? paths + "+ paths" : Wording.plural(paths, "path", "paths"));
            if (facilities.size() > 1) {
                r.append(" to ").append(facilities.size()).append(" facilities");
            }
            return r.append(", ").append(s == null ? "volume share unknown" : Wording.percent(s) + " of volume")
                    .toString();
        }
    }
}
