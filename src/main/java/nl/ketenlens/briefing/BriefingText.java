package nl.ketenlens.briefing;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The briefing's words in one language: message bundles {@code briefing/messages_nl|en.properties}, numbers,
 * percentages and dates in the locale's format, display names of themes, commodities, facility types and
 * countries. Every renderer words the record through this class, so the languages cannot drift apart.
 */
final class BriefingText {

    static final String BUNDLE = "briefing/messages";

    /** Argument kinds of each next-step message: T theme, C commodity, Y country, N company count, D decimal,
     *  P percentage, I integer, S plain text, H hotspot key. */
    private static final Map<String, String> STEP_ARGS = Map.of(
            "step.jointIssue", "TCYND", "step.firstFacility", "SYPIP", "step.cut", "HIS", "step.group", "INH",
            "step.blindSpot", "CNTYD", "step.blindSpotUnknown", "CN", "step.shares", "PP", "step.remedy", "TCY",
            "step.trackProgress", "PPI");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final int k;

    BriefingText(String lang, int k) {
        this.locale = "en".equals(lang) ? Locale.forLanguageTag("en-GB") : Locale.forLanguageTag("nl-NL");
        this.bundle = bundle(lang);
        this.k = k;
    }

    static ResourceBundle bundle(String lang) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    int k() {
        return k;
    }

    Locale locale() {
        return locale;
    }

    /** A message with arguments already worded as text. */
    String t(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A display name (plain text, not a pattern); the code itself, made readable, when the bundle has none. */
    String name(String prefix, String code) {
        if (code == null) {
            return "";
        }
        try {
            return bundle.getString(prefix + "." + code);
        } catch (MissingResourceException e) {
            return code.replace('_', ' ');
        }
    }

    String theme(String code) {
        return name("theme", code);
    }

    String commodity(String code) {
        return name("commodity", code);
    }

    String type(String code) {
        return name("type", code);
    }

    String country(String iso2) {
        if (iso2 == null || iso2.isBlank() || "unknown".equals(iso2)) {
            return t("status.unknown");
        }
        String name = new Locale("", iso2).getDisplayCountry(locale);
        return name.isBlank() || name.equals(iso2) ? iso2 : name;
    }

    String decimal(double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String percent(Double share) {
        if (share == null) {
            return "\u2013";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(share < 0.1 && share > 0 ? 1 : 0);
        return f.format(share);
    }

    String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** A date as the reference data gives it ({@code 2017-06-19}, {@code 2017-03} or {@code 2016}) in words. */
    String partialDate(String iso) {
        if (iso == null || iso.isBlank()) {
            return t("status.unknown");
        }
        try {
            if (iso.length() == 10) {
                return date(LocalDate.parse(iso));
            }
            if (iso.length() == 7) {
                return java.time.YearMonth.parse(iso).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
            }
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
        return iso;
    }

    String count(Briefing.Count c) {
        return c == null || c.suppressed() ? t("count.fewer", k) : integer(c.value());
    }

    String issue(String theme, String commodity, String country) {
        return t("issues.text", theme(theme), lower(commodity(commodity)), country(country));
    }

    /** A display name inside a sentence: first letter in lower case. */
    String lower(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(locale) + name.substring(1);
    }

    /** {@code COUNTRY[:REGION]:COMMODITY:THEME} in words. */
    String hotspot(String key) {
        String[] p = key.split(":");
        if (p.length < 3) {
            return key;
        }
        String place = p.length >= 4 ? country(p[0]) + " (" + p[1] + ")" : country(p[0]);
        return t("issues.text", theme(p[p.length - 1]), lower(commodity(p[p.length - 2])), place);
    }

    /** A covenant's facts in this language ({@code covenant.facts.CODE}), else as the reference data has them. */
    String covenantFacts(String code, String facts) {
        String key = "covenant.facts." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : facts;
    }

    String status(String status) {
        return status == null ? t("status.unknown") : name("status", status);
    }

    String marketShare(String cls) {
        return cls == null ? t("status.unknown") : name("marketShare", cls);
    }

    /** A next step in words: its figures formatted by kind, a suppressed count (-1) as "fewer than k". */
    String step(Briefing.Step step) {
        String kinds = STEP_ARGS.getOrDefault(step.key(), "");
        List<Object> args = step.args();
        Object[] words = new Object[args.size()];
        for (int i = 0; i < args.size(); i++) {
            words[i] = word(i < kinds.length() ? kinds.charAt(i) : 'S', args.get(i));
        }
        return t(step.key(), words);
    }

    private String word(char kind, Object arg) {
        return switch (kind) {
            case 'T' -> lower(theme(String.valueOf(arg)));
            case 'C' -> lower(commodity(String.valueOf(arg)));
            case 'Y' -> country(String.valueOf(arg));
            case 'H' -> lower(hotspot(String.valueOf(arg)));
            case 'N' -> ((Number) arg).intValue() < 0 ? t("count.fewer", k) : integer(((Number) arg).intValue());
            case 'D' -> decimal(((Number) arg).doubleValue(), 2);
            case 'P' -> percent(((Number) arg).doubleValue());
            case 'I' -> integer(((Number) arg).longValue());
            default -> String.valueOf(arg);
        };
    }
}
