package nl.ketenlens.briefing;

import java.util.Locale;
import java.util.Set;
import nl.ketenlens.api.BadRequestException;

/**
 * What a briefing is for: exactly one of covenant or sector, an optional theme, the language ({@code nl}
 * default, or {@code en}) and optionally the previous briefing to compare with.
 */
public record BriefingRequest(String covenant, String sector, String theme, String lang, Briefing since) {

    public static final Set<String> LANGUAGES = Set.of("nl", "en");

    public BriefingRequest {
        covenant = blankToNull(covenant);
        sector = blankToNull(sector);
        theme = blankToNull(theme);
        lang = lang == null || lang.isBlank() ? "nl" : lang.strip().toLowerCase(Locale.ROOT);
        if ((covenant == null) == (sector == null)) {
            throw new BadRequestException("covenant|sector", "give exactly one of covenant or sector");
        }
        if (!LANGUAGES.contains(lang)) {
            throw new BadRequestException("lang", "must be nl or en, was '" + lang + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
