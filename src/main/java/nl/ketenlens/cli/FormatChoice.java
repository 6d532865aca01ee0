package nl.ketenlens.cli;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenlens.output.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --format} values a command accepts: a subset of {@link Format}, spelled in any case ({@code json},
 * {@code JSON}). Serves as the option's converter and as its completion candidates (listed lower case in
 * {@code --help}); any other format is refused with the list of accepted ones.
 */
abstract class FormatChoice implements ITypeConverter<Format>, Iterable<String> {

    private final Set<Format> accepted;

    FormatChoice(Format... accepted) {
        this.accepted = new LinkedHashSet<>(List.of(accepted));
    }

    @Override
    public Format convert(String value) {
        Format format;
        try {
            format = Format.parse(value);
        } catch (IllegalArgumentException e) {
            format = null;
        }
        if (format == null || !accepted.contains(format)) {
            throw new TypeConversionException("'" + value + "' is not one of " + names() + " for this command");
        }
        return format;
    }

    @Override
    public Iterator<String> iterator() {
        return accepted.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
    }

    private String names() {
        return accepted.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** Reports: a table, JSON or CSV. */
    static final class TableJsonCsv extends FormatChoice {
        TableJsonCsv() {
            super(Format.TABLE, Format.JSON, Format.CSV);
        }
    }

    /** Summaries: a table or JSON. */
    static final class TableJson extends FormatChoice {
        TableJson() {
            super(Format.TABLE, Format.JSON);
        }
    }
}
