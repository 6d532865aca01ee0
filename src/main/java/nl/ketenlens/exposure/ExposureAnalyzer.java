package nl.ketenlens.exposure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.ketenlens.access.Disclosure;
import nl.ketenlens.analysis.Engagement;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.api.NotFoundException;
import nl.ketenlens.exposure.WhatIf.ThemeChange;
import nl.ketenlens.graph.projection.GraphProjection;

/**
 * Company exposure over one {@link GraphProjection}: plain Java, no Spring or Neo4j, thread-safe, meant to be
 * kept for as long as its projection is current.
 *
 * <p>For a company (or a financial institution, through the companies it finances) it walks supply links up to
 * the depth limit ({@link Traversal}), keeps the facilities where indicators apply ({@link Hit}), ranks salient
 * issues ({@link Prioritizer}), lists blind spots ({@link BlindSpots}) and, for a what-if, compares theme totals
 * before and after. Sector context comes from a {@link SectorIndex} built once per depth.
 *
 * <p>Cost per report: one breadth-first search and one capped simple-path enumeration over the reached part of
 * the graph ({@code O(V + cap · E)} there), plus a second breadth-first search for a what-if.
 */
public final class ExposureAnalyzer {

    private static final Comparator<FacilityExposure> MOST_SEVERE =
            Comparator.comparingDouble((FacilityExposure f) -> f.indicators().get(0).severity()).reversed()
                    .thenComparing(Comparator.comparingDouble(
                            (FacilityExposure f) -> f.indicators().get(0).likelihood()).reversed())
                    .thenComparing(Comparator.comparingDouble(FacilityExposure::riskWeight).reversed())
                    .thenComparingInt(FacilityExposure::tier)
                    .thenComparing(FacilityExposure::facilityId);

    private final GraphProjection p;
    private final SupplyGraph g;
    private final IssueKeys keys;
    private final Prioritizer prioritizer;
    private final BlindSpots blindSpots;
    private final Map<Integer, SectorIndex> sectorIndexes = new ConcurrentHashMap<>();
    private final nl.ketenlens.risk.Coverage coverage;
    private final List<String> themesWithData;

    public ExposureAnalyzer(GraphProjection projection) {
        this.p = projection;
        this.g = projection.graph();
        this.keys = new IssueKeys(projection);
        this.prioritizer = new Prioritizer(projection, keys);
        this.blindSpots = new BlindSpots(projection);
        this.coverage = new nl.ketenlens.risk.Coverage(projection.indicators());
        this.themesWithData = coverage.themesWithData();
    }

    public GraphProjection projection() {
        return p;
    }

    /** Whether {@code id} is a company (or financial institution) of the projection. */
    public boolean isCompany(String id) {
        return g.findCompany(id) >= 0;
    }

    /**
     * The exposure report. Unknown company ({@link NotFoundException}), engaged facility or replaced link ids
     * ({@link BadRequestException}) are named: they come from the caller.
     */
    public ExposureReport analyze(ExposureRequest request) {
        return analyze(request, Disclosure.full());
    }

    /** The report with the sector context (other companies' counts) as {@code disclosure} lets its reader see it. */
    public ExposureReport analyze(ExposureRequest request, Disclosure disclosure) {
        int root = company(request.companyId());
        Engagement mask = request.mask(g);
        Reach reach = new Traversal(g, mask, request.depth(), root).reach();
        PathStats stats = new Traversal(g, mask, request.depth(), root).enumerate(reach, request.pathCap());
        List<Hit> hits = Hit.of(p, reach, request.theme());
        List<FacilityExposure> exposures = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            exposures.add(exposure(h, reach, stats));
        }
        String sector = p.sectors()[root];
        List<SalientIssue> issues = prioritizer.issues(hits, exposures, sector, sectorIndex(request.depth()),
                sector != null, disclosure);
        List<FacilityExposure> facilities = new ArrayList<>(exposures);
        facilities.sort(MOST_SEVERE);
        List<BlindSpot> blind = blindSpots.find(reach, request.theme());
        WhatIf whatIf = request.whatIf() ? whatIf(request, root, hits) : null;
        int[] financed = reach.financed.toArray();
        return new ExposureReport(request.companyId(), p.names()[root], sector, financed.length > 0,
                g.ids(financed), financed.length, request.depth(), request.theme(), reach.facilities.size(),
                hits.size(), stats.truncated, List.copyOf(issues), List.copyOf(facilities),
                Prioritizer.totals(p, hits), List.copyOf(blind), blind.size(), whatIf, p.revision(),
                p.synthetic()[root] || java.util.Arrays.stream(reach.facilities.toArray()).anyMatch(v -> p.synthetic()[v]),
                dataGaps(reach, request.theme()));
    }

    /**
     * Per reached country, the themes without any indicator there: the request's theme, or every theme the graph
     * has data for somewhere (a theme no source covers anywhere is reported by the coverage API).
     */
    private List<nl.ketenlens.risk.Coverage.Gap> dataGaps(Reach reach, String theme) {
        Map<String, Integer> facilitiesPerCountry = new java.util.TreeMap<>();
        for (int v : reach.facilities.toArray()) {
            if (p.countries()[v] != null) {
                facilitiesPerCountry.merge(p.countries()[v], 1, Integer::sum);
            }
        }
        return coverage.gaps(facilitiesPerCountry, theme == null ? themesWithData : List.of(theme));
    }

    /**
     * The exposure of a set of companies as counts (a sector briefing's salient issues and blind spots): the same
     * figures as aggregating their full reports' salient issues and blind spots, in one pass. Unknown company:
     * {@link IllegalArgumentException}.
     */
    public SectorExposure sector(List<String> companyIds, int depth, String theme) {
        return new SectorAggregation(p, keys, blindSpots, depth, theme).of(companyIds);
    }

    /**
     * Every simple path from the company to one facility within the request's depth and what-if, shortest first
     * and then by largest share, at most {@code limit}.
     */
    public PathsReport paths(ExposureRequest request, String facilityId, int limit) {
        int root = company(request.companyId());
        int target = g.findFacility(facilityId);
        if (target < 0) {
            throw new BadRequestException("facility", "unknown facility '" + facilityId + "'");
        }
        Engagement mask = request.mask(g);
        Traversal t = new Traversal(g, mask, request.depth(), root);
        List<int[]> found = t.pathsTo(target, limit);
        boolean truncated = found.size() > limit;
        List<PathView> paths = new ArrayList<>();
        for (int[] path : found.subList(0, Math.min(limit, found.size()))) {
            paths.add(pathView(path));
        }
        paths.sort(Comparator.comparingInt(PathView::tier)
                .thenComparing(Comparator.comparingDouble((PathView v) -> v.share() == null ? -1 : v.share())
                        .reversed()));
        int tier = paths.isEmpty() ? 0 : paths.get(0).tier();
        return new PathsReport(request.companyId(), facilityId, request.depth(), tier, paths.size(), truncated,
                List.copyOf(paths));
    }

    private int company(String id) {
        int v = g.findCompany(id);
        if (v < 0) {
            throw new NotFoundException("company", id);
        }
        return v;
    }

    private SectorIndex sectorIndex(int depth) {
        // built outside computeIfAbsent: a build takes seconds on a large graph, and computeIfAbsent would hold the
        // map's bin lock all that time (blocking other depths) and forbids the build from touching the map
        SectorIndex index = sectorIndexes.get(depth);
        if (index == null) {
            SectorIndex built = new SectorIndex(p, keys, depth);
            index = sectorIndexes.putIfAbsent(depth, built);
            return index == null ? built : index;
        }
        return index;
    }

    private FacilityExposure exposure(Hit h, Reach reach, PathStats stats) {
        int v = h.vertex;
        PathView best = pathView(reach.bestPath(v));
        return new FacilityExposure(g.id(v), p.names()[v], p.kinds()[v], p.countries()[v], p.regions()[v],
                p.commodities().get(v), h.tier, stats.count[v], stats.capped[v], best, best.share(),
                stats.totalShare(v), h.weight, h.indicators);
    }

    /** A path given as vertices, root first; a financing first hop makes the root the financier. */
    PathView pathView(int[] vertices) {
        int start = 0;
        String financier = null;
        // a company as second vertex is a financed company, unless the hop is a supply link to a company (ADR 0017)
        if (vertices.length > 1 && g.isCompany(vertices[1]) && g.isFinancing(g.edge(vertices[0], vertices[1]))) {
            financier = g.id(vertices[0]);
            start = 1;
        }
        List<PathView.Hop> hops = new ArrayList<>(vertices.length - start);
        double product = 1.0;
        for (int i = start + 1; i < vertices.length; i++) {
            int e = g.edge(vertices[i - 1], vertices[i]);
            double s = g.share(e);
            product = Traversal.extend(product, s);
            String commodity = g.commodities().get(g.commodity(e));
            hops.add(new PathView.Hop(i - start, g.id(vertices[i]), commodity.isEmpty() ? null : commodity,
                    Double.isNaN(s) ? null : s));
        }
        return new PathView(financier, g.id(vertices[start]), hops, product < 0 ? null : product);
    }

    /** Theme totals without the what-if (a second breadth-first search) against those with it. */
    private WhatIf whatIf(ExposureRequest request, int root, List<Hit> afterHits) {
        Reach before = new Traversal(g, Engagement.none(), request.depth(), root).reach();
        Map<String, double[]> was = Prioritizer.themeTotals(Hit.of(p, before, request.theme()));
        Map<String, double[]> is = Prioritizer.themeTotals(afterHits);
        List<ThemeChange> changes = new ArrayList<>();
        for (String theme : new TreeSet<>(union(was, is))) {
            double[] b = was.getOrDefault(theme, new double[2]);
            double[] a = is.getOrDefault(theme, new double[2]);
            changes.add(new ThemeChange(theme, b[1], a[1], (int) b[0], (int) a[0]));
        }
        changes.sort(Comparator.comparingDouble(ThemeChange::change).thenComparing(ThemeChange::theme));
        return new WhatIf(request.engaged().stream().sorted().toList(),
                request.replaced().stream().map(ExposureRequest.Link::toString).sorted().toList(),
                List.copyOf(changes));
    }

    private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
