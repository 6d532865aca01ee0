package nl.ketenlens.coverage;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.graph.projection.GraphProjector;
import nl.ketenlens.risk.Coverage;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;
import nl.ketenlens.risk.Staleness;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** The coverage of the current graph revision ({@link Coverage} over all indicators of the projection). */
@Service
public class CoverageService {
    private static final String THEMES = "MATCH (t:%s) RETURN t.code AS code ORDER BY code".formatted(Label.RISK_THEME);
    private static final String COUNTRIES = "MATCH (c:%s) RETURN c.iso2 AS code ORDER BY code".formatted(Label.COUNTRY);

    private final GraphProjector projector;
    private final Neo4jClient client;
    private volatile Cached cached;

    private record Cached(GraphProjection projection, Coverage coverage, List<SourceView> sources) {
    }

    CoverageService(GraphProjector projector, Neo4jClient client) {
        this.projector = projector;
        this.client = client;
    }

    /** The coverage of the current revision. */
    public Coverage coverage() {
        return current().coverage();
    }

    private Cached current() {
        GraphProjection p = projector.current();
        Cached c = cached;
        if (c == null || c.projection() != p) {
            c = new Cached(p, new Coverage(p.sourceIndicators()), sources(p.sourceIndicators()));
            cached = c;
        }
        return c;
    }

    /** The distinct sources of {@code indicators}, by id. */
    private static List<SourceView> sources(List<IndicatorView> indicators) {
        Map<String, SourceView> byId = new TreeMap<>();
        indicators.stream().map(IndicatorView::source).filter(Objects::nonNull).forEach(s -> byId.putIfAbsent(s.id(), s));
        return List.copyOf(byId.values());
    }

    /** The report for {@code theme} and/or {@code country} (each null = all); unknown codes are a bad request. */
    public CoverageReport report(String theme, String country) {
        List<String> themes = codes(THEMES);
        List<String> countries = codes(COUNTRIES);
        String t = blankToNull(theme);
        String c = blankToNull(country) == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (t != null && !themes.contains(t)) {
            throw new BadRequestException("theme", "unknown theme '" + t + "'; known: " + String.join(", ", themes));
        }
        if (c != null && !countries.contains(c)) {
            throw new BadRequestException("country", "unknown country '" + c + "' (ISO 3166-1 alpha-2)");
        }
        Cached current = current();
        Coverage coverage = current.coverage();
        List<CoverageReport.ThemeSummary> summaries = themes.stream().filter(x -> t == null || x.equals(t))
                .map(x -> new CoverageReport.ThemeSummary(x, coverage.countriesWithData(x),
                        countries.size() - coverage.countriesWithData(x), coverage.sources(x))).toList();
        List<Coverage.Cell> cells = t == null && c == null ? List.of()
                : coverage.cells(t == null ? themes : List.of(t), c == null ? countries : List.of(c));
        return new CoverageReport(t, c, summaries, cells, current.projection().revision(), Staleness.YEARS,
                current.sources());
    }

    private List<String> codes(String cypher) {
        return List.copyOf(client.query(cypher).fetchAs(String.class).mappedBy((types, r) -> r.get("code").asString())
                .all());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
