package nl.ketenlens.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats Ketenlens imports; the lower-case name is the CLI and REST identifier. */
public enum ImportKind {
    COMPANIES, FACILITIES, LINKS, RISKS, OSH, CMRT, EMRT, FINANCING;

    /** The identifier used on the command line and in {@code /api/imports/{kind}}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the RMI Excel workbooks; all other kinds are CSV. */
    public boolean workbook() {
        return this == CMRT || this == EMRT;
    }

    public static Optional<ImportKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id().equals(wanted)).findFirst();
    }

    /** All identifiers, comma separated, for messages that name the valid choices. */
    public static String ids() {
        return Arrays.stream(values()).map(ImportKind::id).collect(Collectors.joining(", "));
    }
}
