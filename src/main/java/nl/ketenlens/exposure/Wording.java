package nl.ketenlens.exposure;

import java.util.Locale;
import java.util.Map;
import nl.ketenlens.graph.projection.GraphProjection.CommodityInfo;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.risk.SourceView;

/** Plain-language pieces of explanations: names for codes and numbers as a reader expects them. */
final class Wording {

    /** The JDK's names that read oddly in a sentence. */
    private static final Map<String, String> RENAMED = Map.of("CD", "DR Congo", "CG", "Republic of the Congo",
            "MM", "Myanmar", "HK", "Hong Kong", "MO", "Macao", "PS", "Palestine");

    private Wording() {
    }

    /** The names of the schema's theme codes (graph-schema README); other codes are spelled out. */
    private static final Map<String, String> THEMES = Map.ofEntries(Map.entry("child_labour", "Child labour"),
            Map.entry("forced_labour", "Forced labour"), Map.entry("living_wage", "Living wage"),
            Map.entry("freedom_of_association", "Freedom of association"),
            Map.entry("health_safety", "Health and safety"), Map.entry("gender", "Gender and women's rights"),
            Map.entry("land_rights", "Land rights"), Map.entry("deforestation", "Deforestation"),
            Map.entry("biodiversity", "Biodiversity"), Map.entry("pollution", "Pollution"),
            Map.entry("ghg", "Greenhouse-gas emissions"), Map.entry("corruption", "Corruption"),
            Map.entry("conflict", "Conflict and high-risk areas"));

    /** {@code child_labour} → {@code Child labour}. */
    static String theme(String code) {
        if (code == null || code.isEmpty()) {
            return "Unknown theme";
        }
        if (THEMES.containsKey(code)) {
            return THEMES.get(code);
        }
        String words = code.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The English short name of an ISO alpha-2 country code ({@code CI} → {@code Côte d’Ivoire}). */
    static String country(String iso2) {
        if (iso2 == null) {
            return "an unknown country";
        }
        String name = RENAMED.getOrDefault(iso2, new Locale("", iso2).getDisplayCountry(Locale.ENGLISH));
        return name.isEmpty() || name.equals(iso2) ? iso2 : name;
    }

    /** The commodity's name in running text ({@code cocoa_beans} → {@code cocoa beans}); {@code *} → all goods. */
    static String commodity(String code, Map<String, CommodityInfo> info) {
        if (code == null || code.equals("*")) {
            return "all goods";
        }
        CommodityInfo c = info.get(code);
        String name = c != null && c.name() != null ? c.name() : code.replace('_', ' ');
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return acronym ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * A short source label such as {@code ILAB 2022} or {@code EDGAR 2024 (JRC)}: {@link SourceView#shortLabel}, which
     * names a source by its title where the title carries its own name and edition, as coverage does.
     */
    static String source(SourceView s) {
        return s == null ? "no source" : s.shortLabel();
    }

    /**
     * {@code severity 0.80 (scale 4, scope 4, irremediability 4), likelihood 0.8 (ILAB 2022)}; a proxy says so and
     * a figure with an observation year names it: {@code … likelihood 0.5 (World Bank 2025, proxy, figure of 2018)}.
     */
    static String figures(IndicatorView i) {
        return "severity " + fixed(i.severity()) + " (scale " + i.scale() + ", scope " + i.scope()
                + (i.unknown().contains("scope") ? " — unknown, ranked as " + i.scope() + " by the conservative rule" : "")
                + ", irremediability " + i.irremediability() + "), likelihood " + trimmed(i.likelihood())
                + " (" + source(i.source()) + (i.proxy() ? ", proxy" : "")
                + (i.observedYear() == null ? "" : ", figure of " + i.observedYear()) + ")"
                + (nl.ketenlens.risk.Certifications.loweredReason(i) == null ? ""
                        : ", " + nl.ketenlens.risk.Certifications.loweredReason(i));
    }

    static String fixed(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    /** At most two decimals, trailing zeros dropped but one kept: 0.8, 0.75, 1.0. */
    static String trimmed(double x) {
        String s = fixed(x);
        while (s.endsWith("0") && s.charAt(s.length() - 2) != '.') {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
