package nl.ketenlens.ingest;

import java.util.List;
import java.util.Locale;

/**
 * {@code risks}: one risk indicator per row, {@code country,region,commodity,theme,scale,scope,
 * irremediability,likelihood,source_publisher,source_title,source_edition,source_year,source_url};
 * region, commodity (empty = all commodities), edition and url may be empty.
 */
final class RiskFormat implements CsvFormat {

    @Override
    public List<String> required() {
        return List.of("country", "theme", "scale", "scope", "irremediability", "likelihood",
                "source_publisher", "source_title", "source_year");
    }

    @Override
    public List<String> optional() {
        return List.of("region", "commodity", "source_edition", "source_url");
    }

    @Override
    public void parse(RowReader in, ParsedRow row, ReferenceLookup refs, ImportOptions options) {
        String country = Refs.country(in, "country", in.required("country"), refs);
        String region = Refs.region(in, "region", in.optional("region"), country, refs);
        String commodity = Refs.commodity(in, "commodity", in.optional("commodity"), refs);
        String theme = in.required("theme");
        if (theme != null && !refs.isTheme(theme)) {
            in.error("theme", "unknown theme code '" + theme + "'");
        }
        Integer scale = in.intInRange("scale", 1, 5, true);
        Integer scope = in.intInRange("scope", 1, 5, true);
        Integer irremediability = in.intInRange("irremediability", 1, 5, true);
        Double likelihood = in.decimalInRange("likelihood", 0, 1, true);
        String publisher = in.required("source_publisher");
        String title = in.required("source_title");
        Integer year = in.intInRange("source_year", 1900, 2100, true);
        if (in.errors().isEmpty()) {
            row.risk = new RiskRow(country, region, commodity, theme.toLowerCase(Locale.ROOT), scale, scope,
                    irremediability, likelihood, publisher, title, in.optional("source_edition"), year,
                    in.optional("source_url"));
        }
    }
}
