package nl.ketenlens.briefing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.Set;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.output.Format;
import nl.ketenlens.output.Renderer;

/** Picks the briefing renderer for a {@link Format}; a briefing is a document: HTML, PDF, Markdown or JSON. */
public final class BriefingRenderers {

    public static final Set<Format> FORMATS = EnumSet.of(Format.HTML, Format.PDF, Format.MD, Format.JSON);

    private BriefingRenderers() {
    }

    public static Renderer<Briefing> forFormat(Format format, ObjectMapper mapper) {
        return switch (format) {
            case HTML -> new HtmlBriefingRenderer();
            case PDF -> new PdfBriefingRenderer();
            case MD -> new MarkdownBriefingRenderer();
            case JSON -> new JsonBriefingRenderer(mapper);
            default -> throw new BadRequestException("format", "a briefing is html, pdf, md or json, not "
                    + format.name().toLowerCase(java.util.Locale.ROOT));
        };
    }

    /** Parses a format option or parameter; anything but the four document formats is a bad request. */
    public static Format parse(String value) {
        Format f;
        try {
            f = value == null || value.isBlank() ? Format.PDF : Format.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("format", "must be html, pdf, md or json, was '" + value + "'");
        }
        if (!FORMATS.contains(f)) {
            throw new BadRequestException("format", "must be html, pdf, md or json, was '" + value + "'");
        }
        return f;
    }
}
