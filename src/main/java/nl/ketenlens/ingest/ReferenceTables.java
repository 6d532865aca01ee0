package nl.ketenlens.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reference data held in memory, answering {@link ReferenceLookup} questions.
 *
 * <p>Commodity resolution, in order: (1) the commodity code; (2) the English name; (3) an HS
 * code of 2–6 digits (dots and spaces removed), matched to the commodities whose HS code equals
 * it or is a prefix of it (a more detailed code than the table's, e.g. {@code 710812} for gold's
 * {@code 7108}); the longest such HS code wins; if several commodities share that longest code
 * the lookup is ambiguous and the candidates are returned, so the user must give the commodity
 * code. An HS code shorter than every table code (e.g. chapter {@code 71}) does not match: a
 * chapter covers many commodities.
 *
 * <p>Country names also match with punctuation removed and in the ISO "Korea, Republic of"
 * inverted form that RMI templates use.
 */
public class ReferenceTables implements ReferenceLookup {

    public record Country(String iso2, String iso3, String name) {
    }

    public record Region(String code, String country) {
    }

    public record Commodity(String code, String name, String hs) {
    }

    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> regions = new HashMap<>();
    private final Map<String, String> commodityKeys = new HashMap<>();
    private final List<Commodity> commodities;
    private final Set<String> themes;
    private final Set<String> sectors;
    private final Set<String> covenants;
    private final Set<String> companies;
    private final Set<String> facilities;

    public ReferenceTables(Collection<Country> countries, Collection<Region> regions, Collection<Commodity> commodities,
                           Collection<String> themes, Collection<String> sectors, Collection<String> covenants,
                           Collection<String> companyIds, Collection<String> facilityIds) {
        for (Country c : countries) {
            this.countries.put(c.iso2().toUpperCase(Locale.ROOT), c.iso2());
            if (c.iso3() != null) {
                this.countries.put(c.iso3().toUpperCase(Locale.ROOT), c.iso2());
            }
            if (c.name() != null) {
                this.countries.put(nameKey(c.name()), c.iso2());
            }
        }
        regions.forEach(r -> this.regions.put(r.code().toUpperCase(Locale.ROOT), r.country()));
        this.commodities = List.copyOf(commodities);
        for (Commodity c : commodities) {
            commodityKeys.put(c.code().toLowerCase(Locale.ROOT), c.code());
            if (c.name() != null) {
                commodityKeys.putIfAbsent(nameKey(c.name()), c.code());
            }
        }
        this.themes = lower(themes);
        this.sectors = lower(sectors);
        this.covenants = lower(covenants);
        this.companies = Set.copyOf(companyIds);
        this.facilities = Set.copyOf(facilityIds);
    }

    private static Set<String> lower(Collection<String> codes) {
        return codes.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Lower case, accents and punctuation removed, whitespace collapsed. */
    static String nameKey(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    @Override
    public Optional<String> country(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        String code = countries.get(t.toUpperCase(Locale.ROOT));
        if (code == null) {
            code = countries.get(nameKey(t));
        }
        int comma = t.indexOf(',');
        if (code == null && comma > 0) {
            code = countries.get(nameKey(t.substring(comma + 1) + " " + t.substring(0, comma)));
        }
        return Optional.ofNullable(code);
    }

    @Override
    public Optional<String> regionCountry(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(regions.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    @Override
    public CommodityMatch commodity(String text) {
        if (text == null || text.isBlank()) {
            return CommodityMatch.unknown();
        }
        String byCode = commodityKeys.get(text.trim().toLowerCase(Locale.ROOT));
        if (byCode == null) {
            byCode = commodityKeys.get(nameKey(text));
        }
        if (byCode != null) {
            return CommodityMatch.found(byCode);
        }
        String digits = text.replaceAll("[.\\s]", "");
        return digits.matches("\\d{2,6}") ? byHs(digits) : CommodityMatch.unknown();
    }

    private CommodityMatch byHs(String digits) {
        List<Commodity> prefixes = new ArrayList<>();
        for (Commodity c : commodities) {
            if (c.hs() != null && !c.hs().isBlank() && digits.startsWith(c.hs().replaceAll("[.\\s]", ""))) {
                prefixes.add(c);
            }
        }
        if (prefixes.isEmpty()) {
            return CommodityMatch.unknown();
        }
        int longest = prefixes.stream().mapToInt(c -> c.hs().length()).max().orElseThrow();
        List<String> best = prefixes.stream().filter(c -> c.hs().length() == longest)
                .map(Commodity::code).sorted(Comparator.naturalOrder()).toList();
        return best.size() == 1 ? CommodityMatch.found(best.get(0)) : new CommodityMatch(null, best);
    }

    @Override
    public boolean isTheme(String code) {
        return code != null && themes.contains(code.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean isSector(String code) {
        return code != null && sectors.contains(code.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean isCovenant(String code) {
        return code != null && covenants.contains(code.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public Set<String> existingCompanies(Collection<String> ids) {
        return ids.stream().filter(companies::contains).collect(Collectors.toCollection(HashSet::new));
    }

    @Override
    public Set<String> existingFacilities(Collection<String> ids) {
        return ids.stream().filter(facilities::contains).collect(Collectors.toCollection(HashSet::new));
    }
}
