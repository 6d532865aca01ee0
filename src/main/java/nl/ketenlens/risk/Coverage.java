package nl.ketenlens.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which theme × country the indicators cover: for each pair, the sources with a figure there, their years and
 * whether they are proxies. "No data" is a fact of its own here, never a low risk: a pair without an indicator
 * has no source, and {@link Cell#statement()} says exactly that. Built from all indicators (seeded and imported);
 * framework-free.
 */
public final class Coverage {

    /** One source's contribution to a theme × country: how many indicators, which years, proxy or not. */
    public record SourceCoverage(String sourceId, String label, Integer editionYear, Integer firstObservedYear,
                                 Integer lastObservedYear, int indicators, boolean proxy) {
    }

    /**
     * Theme × country: {@code hasData} false means no source in the graph has a figure there.
     *
     * @param statement one sentence, e.g. "no data: no source has a figure for health and safety in GH"
     */
    public record Cell(String theme, String country, boolean hasData, List<SourceCoverage> sources,
                       String statement) {
    }

    /**
     * A country reached where some themes have no data: those themes are unknown there, not low risk.
     *
     * @param facilityCount how many reached facilities are in the country
     * @param themes        the themes asked about without any indicator in the country
     */
    public record Gap(String country, int facilityCount, List<String> themes, String statement) {
    }

    /**
     * The gaps among {@code themes} in the countries of {@code facilitiesPerCountry} (country → reached facilities),
     * countries in the map's order; countries without a gap are left out.
     */
    public List<Gap> gaps(Map<String, Integer> facilitiesPerCountry, List<String> themes) {
        List<Gap> out = new ArrayList<>();
        facilitiesPerCountry.forEach((country, n) -> {
            List<String> missing = gaps(country, themes);
            if (!missing.isEmpty()) {
                out.add(new Gap(country, n, missing, "No data for " + String.join(", ",
                        missing.stream().map(t -> t.replace('_', ' ')).toList()) + " in " + country + " ("
                        + n + (n == 1 ? " facility" : " facilities") + " reached): unknown, not low risk"));
            }
        });
        return List.copyOf(out);
    }

    /** The themes with data anywhere, sorted. */
    public List<String> themesWithData() {
        return byThemeCountrySource.keySet().stream().sorted().toList();
    }

    private final Map<String, Map<String, Map<String, List<IndicatorView>>>> byThemeCountrySource = new HashMap<>();

    public Coverage(Collection<IndicatorView> indicators) {
        for (IndicatorView i : indicators) {
            String source = i.source() == null ? "unknown" : i.source().id();
            byThemeCountrySource.computeIfAbsent(i.theme(), k -> new HashMap<>())
                    .computeIfAbsent(i.country(), k -> new TreeMap<>())
                    .computeIfAbsent(source, k -> new ArrayList<>()).add(i);
        }
    }

    /** Whether any indicator of {@code theme} applies somewhere in {@code country}. */
    public boolean hasData(String theme, String country) {
        return byThemeCountrySource.getOrDefault(theme, Map.of()).containsKey(country);
    }

    /** The countries with data for {@code theme}. */
    public int countriesWithData(String theme) {
        return byThemeCountrySource.getOrDefault(theme, Map.of()).size();
    }

    /** The sources behind {@code theme} anywhere, with their total indicators. */
    public List<SourceCoverage> sources(String theme) {
        Map<String, List<IndicatorView>> bySource = new TreeMap<>();
        byThemeCountrySource.getOrDefault(theme, Map.of()).values()
                .forEach(m -> m.forEach((s, list) -> bySource.computeIfAbsent(s, k -> new ArrayList<>()).addAll(list)));
        return summarise(bySource);
    }

    public Cell cell(String theme, String country) {
        Map<String, List<IndicatorView>> bySource = byThemeCountrySource.getOrDefault(theme, Map.of())
                .getOrDefault(country, Map.of());
        List<SourceCoverage> sources = summarise(bySource);
        String themeName = theme.replace('_', ' ');
        String statement = sources.isEmpty()
                ? "no data: no source in the graph has a figure for " + themeName + " in " + country
                + " — unknown, not low risk"
                : themeName + " in " + country + ": " + String.join("; ", sources.stream().map(Coverage::words).toList());
        return new Cell(theme, country, !sources.isEmpty(), sources, statement);
    }

    /** The themes among {@code themes} without data in {@code country}, in the given order. */
    public List<String> gaps(String country, Collection<String> themes) {
        return themes.stream().filter(t -> !hasData(t, country)).toList();
    }

    private static List<SourceCoverage> summarise(Map<String, List<IndicatorView>> bySource) {
        List<SourceCoverage> out = new ArrayList<>();
        bySource.forEach((id, list) -> {
            Integer first = null;
            Integer last = null;
            boolean proxy = false;
            for (IndicatorView i : list) {
                if (i.observedYear() != null) {
                    first = first == null ? i.observedYear() : Math.min(first, i.observedYear());
                    last = last == null ? i.observedYear() : Math.max(last, i.observedYear());
                }
                proxy |= i.proxy();
            }
            SourceView s = list.get(0).source();
            out.add(new SourceCoverage(id, label(s, id), s == null ? null : s.year(), first, last, list.size(), proxy));
        });
        return List.copyOf(out);
    }

    private static String label(SourceView s, String id) {
        return s == null || s.title() == null ? id : s.title();
    }

    private static String words(SourceCoverage s) {
        return s.sourceId() + (s.editionYear() == null ? "" : " (" + s.editionYear() + ")")
                + (s.lastObservedYear() == null ? "" : ", figure of " + s.lastObservedYear())
                + (s.proxy() ? ", proxy" : "") + ", " + s.indicators() + (s.indicators() == 1 ? " indicator" : " indicators");
    }

    /** Cells of {@code themes} × {@code countries}, themes outer. */
    public List<Cell> cells(Collection<String> themes, Collection<String> countries) {
        List<Cell> out = new ArrayList<>();
        for (String t : themes) {
            for (String c : countries) {
                out.add(cell(t, c));
            }
        }
        return out;
    }

    /** For each theme: how many countries have data. */
    public Map<String, Integer> countsPerTheme(Collection<String> themes) {
        Map<String, Integer> out = new LinkedHashMap<>();
        themes.forEach(t -> out.put(t, countriesWithData(t)));
        return out;
    }
}
