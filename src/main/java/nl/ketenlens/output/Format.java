package nl.ketenlens.output;

import java.util.Locale;

/**
 * Every output format Ketenlens writes, from the CLI, the REST API and the briefing. A command or endpoint
 * accepts the subset it can render; {@link #fileExtension()} and {@link #mediaType()} name files and responses.
 */
public enum Format {
    TABLE("txt", "text/plain;charset=UTF-8"),
    CSV("csv", "text/csv;charset=UTF-8"),
    JSON("json", "application/json"),
    HTML("html", "text/html;charset=UTF-8"),
    PDF("pdf", "application/pdf"),
    MD("md", "text/markdown;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String fileExtension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Case-insensitive lookup for query parameters and options ({@code json}, {@code Json}, {@code markdown}). */
    public static Format parse(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.equals("MARKDOWN")) {
            return MD;
        }
        return valueOf(v);
    }
}
